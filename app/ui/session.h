#pragma once
// One open document: its Editor (document + history), the file it lives in, how it is being viewed, and the
// layout of the current view, computed on the layout thread. No window or GL: tests drive a Session directly.
#include <chrono>
#include <deque>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

#include "app/ui/view_state.h"
#include "core/checks/check_document.h"
#include "core/commands/document_replica.h"
#include "core/commands/editor.h"
#include "core/layout/layout_service.h"
#include "core/model/document_counts.h"
#include "core/model/tree_index.h"
#include "core/store/document_file.h"
#include "core/store/document_versions.h"

namespace pokin::ui {

class Session {
 public:
  // A document not yet saved anywhere (Save asks for a file).
  explicit Session(Document document = {});
  // Opens `path`; throws UserError when it cannot be read.
  static std::unique_ptr<Session> open(const std::filesystem::path& path);
  // Opens the version `name` saved inside `path` (Berkas > Versi…), read-only: the file is opened read-only, the
  // session has no path of its own (Save asks for a new file) and the shell refuses edits (version_name()).
  static std::unique_ptr<Session> open_version(const std::filesystem::path& path, const std::string& name);

  Editor editor;
  ViewState view;

  const Document& document() const { return editor.document(); }
  // Rebuilt when the shape of the tree changes (not when a text or a target is typed).
  const TreeIndex& index();
  // How much the document holds (status bar, inspector), counted once per revision.
  const DocumentCounts& counts();
  // The desk review (Checks panel, badges). It runs on its own thread for each new revision; until it finishes,
  // the previous report stays (as the previous layout does). `wait_for_checks` blocks (tests, screenshots).
  const CheckReport& checks();
  void wait_for_checks();
  // An immutable copy of the current document for other threads (layout, autosave), one per revision. Costs
  // what changed since a copy no thread reads any more was last brought up to date (see DocumentReplica).
  std::shared_ptr<const Document> snapshot();

  // Submits a layout when the document or the view changed, takes a finished one. Call once per frame.
  void pump_layout();
  const Geometry* geometry() const { return geometry_ ? &*geometry_ : nullptr; }
  // The view `geometry()` was laid out for (null with no geometry). While a new layout runs it is the view of the
  // step before: a fit waits until this equals `view.layout`.
  const LayoutView* geometry_view() const { return geometry_ ? &geometry_view_ : nullptr; }
  bool layout_busy() const;
  // Blocks until the layout of the current document and view is on hand (screenshots, tests, benches).
  void wait_for_layout();
  // The thread that owns Graphviz for this document, for a job that needs geometry of its own (an export). Shared,
  // so that a job still running when the session is replaced keeps it alive.
  std::shared_ptr<LayoutService> layout_service() const { return layout_; }

  const std::optional<std::filesystem::path>& path() const { return path_; }
  bool read_only() const { return version_name_ || (file_ && file_->read_only()); }
  // The saved version this session shows (read-only), if it shows one.
  const std::optional<std::string>& version_name() const { return version_name_; }
  // Berkas > Simpan versi…: records the document as it is now as a version inside its file (save_version);
  // throws UserError (no file yet, a read-only file, a name already used, a full disk...).
  store::VersionInfo save_version(const std::string& name, const std::string& nomor_sk, const std::string& date);
  // Berkas > Perbarui dari dokumen OPD…: records the document as it is now as the version `version_name`, then
  // makes the file hold `updated` (every row replaced; the versions stay), both in one transaction. This session is
  // then stale: the caller opens the file again. Throws UserError (no file, read-only, a used name, a full disk)
  // and leaves the file as it was, without the new version.
  store::VersionInfo replace_file_document(const Document& updated, const std::string& version_name);
  // The versions saved in this document's file (none without a file).
  std::vector<store::VersionInfo> versions();
  // The file the document (or the version shown) lives in.
  std::optional<std::filesystem::path> file_path() const;
  // Save to the document's file; throws UserError (also when there is no file yet: the caller asks Save as).
  void save();
  void save_as(const std::filesystem::path& path);
  // "Renstra DPMPTSP.pokin" or the untitled name, with " •" when modified; a version shown says so:
  // "Renstra DPMPTSP.pokin — Versi Perubahan 2023 (hanya baca)".
  std::string title() const;

 private:
  std::optional<std::filesystem::path> path_;
  std::optional<store::DocumentFile> file_;
  std::optional<std::string> version_name_;
  std::uint64_t file_revision_ = 0;  // the editor's revision the file holds: a save writes what changed since
  std::optional<TreeIndex> index_;
  std::uint64_t index_revision_ = ~0ull;
  void refresh_decorations();

  void pump_checks();
  // True once the document has not changed for a moment: a run of typing makes one copy for the other threads,
  // not one per key.
  bool settled();

  std::uint64_t seen_revision_ = 0;
  std::chrono::steady_clock::time_point changed_at_{};

  CheckReport checks_;
  std::uint64_t checks_revision_ = ~0ull;   // revision of `checks_`
  std::uint64_t checking_revision_ = ~0ull; // revision the running job reviews
  std::future<CheckReport> checks_job_;
  // What the decorations of the layout view were computed from.
  std::tuple<std::uint64_t, int, bool, Language> decorated_for_{~0ull, 0, false, Language::Indonesian};
  DocumentCounts counts_;
  std::uint64_t counts_revision_ = ~0ull;
  DocumentReplica replica_;
  std::shared_ptr<LayoutService> layout_;
  std::uint64_t submitted_revision_ = ~0ull;
  LayoutView submitted_view_;
  std::uint64_t submitted_generation_ = 0;
  std::optional<Geometry> geometry_;
  LayoutView geometry_view_;
  std::deque<std::pair<std::uint64_t, LayoutView>> views_in_flight_;  // by generation, oldest first
};

}  // namespace pokin::ui
