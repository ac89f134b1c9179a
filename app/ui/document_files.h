#pragma once
// The open document and its files: which Session is open, opening, saving, Save as, the recent-files list, the
// recovery copy written in the background while there are unsaved changes (autosave), and the offer to open a
// recovery copy that is newer than the file. No ImGui: the shell asks the questions.
#include <cstdint>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>

#include "app/ui/session.h"
#include "app/ui/settings.h"

namespace pokin::ui {

class DocumentFiles {
 public:
  // Recovery copies live in `config_dir`/recovery; `settings` holds the recent files and the view preferences a
  // new session starts with (theme, minimap).
  DocumentFiles(std::filesystem::path config_dir, Settings& settings);
  ~DocumentFiles();  // waits for a running autosave
  DocumentFiles(const DocumentFiles&) = delete;
  DocumentFiles& operator=(const DocumentFiles&) = delete;

  // The open document. Always one once start() or start_with() has run.
  Session& session() { return *session_; }
  const Session& session() const { return *session_; }
  bool has_session() const { return session_ != nullptr; }

  // Opens `file`, else the last document, else the first bundled example in `examples_dir`, else an empty
  // document. Returns the message when `file` itself could not be opened.
  std::optional<Bilingual> start(const std::optional<std::filesystem::path>& file,
                                 const std::filesystem::path& examples_dir);
  // Replaces the open document with one that has no file yet (a new one, a generated one).
  void start_with(Document document);

  // Each throws UserError (and keeps the open document) when the file cannot be read or written.
  void open(const std::filesystem::path& path);  // also becomes the most recent file
  // Shows the version `name` saved inside `path`, read-only (Session::open_version); not a recent file.
  void open_version(const std::filesystem::path& path, const std::string& name);
  // Berkas > Perbarui dari dokumen OPD…: the open document's file gets `updated` after the version `version_name`
  // recorded the document as it was (Session::replace_file_document, one transaction), and is opened again. Throws
  // UserError and keeps the open session when the file cannot be written (saying that the file is as it was,
  // without the version) or read back.
  store::VersionInfo replace_with_update(const Document& updated, const std::string& version_name);
  // True when Save must ask where: no file yet, or the file is read-only.
  bool save_needs_path() const;
  void save();
  void save_as(const std::filesystem::path& path);  // also becomes the most recent file

  // The recovery copy of the open document (untitled documents share one).
  std::filesystem::path recovery_path() const;
  // Writes the recovery copy on a thread of its own when the document changed since the last one (a saved
  // document's copy is removed instead). One at a time; `wait` blocks until written.
  void autosave(bool wait = false);
  // The planner closes without saving: the recovery copy is no longer wanted.
  void discard_recovery();
  // Set when the opened file has a newer recovery copy; the shell asks, then calls one of the two below.
  bool recovery_offered() const { return recovery_offer_.has_value(); }
  // Opens the offered copy as an untitled document (Save asks where, so the original stays untouched until the
  // planner decides). Throws UserError when it cannot be read.
  void open_recovery();
  void ignore_recovery() { recovery_offer_.reset(); }

 private:
  void replace_session(std::unique_ptr<Session> session);

  std::filesystem::path config_dir_;
  Settings& settings_;
  std::unique_ptr<Session> session_;
  std::optional<std::filesystem::path> recovery_offer_;
  std::future<void> autosave_job_;
  std::uint64_t autosaved_revision_ = 0;
};

}  // namespace pokin::ui
