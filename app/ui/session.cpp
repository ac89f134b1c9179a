#include "app/ui/session.h"

#include <chrono>
#include <tuple>
#include <thread>

#include "app/ui/apply_intent.h"
#include "app/ui/job_failure.h"
#include "app/ui/strings.h"
#include "core/commands/changed_rows_since.h"
#include "core/capaian/capaian_decorations.h"
#include "core/capaian/capaian_warning.h"
#include "core/commands/change_effects.h"
#include "core/checks/finding_badges.h"
#include "core/text/utf8_path.h"

namespace pokin::ui {

Session::Session(Document document) : editor(std::move(document)), layout_(std::make_shared<LayoutService>()) {
  view.achievement_year = 0;
}

std::unique_ptr<Session> Session::open(const std::filesystem::path& path) {
  Document document;
  store::DocumentFile file = store::DocumentFile::open(path, document);
  auto session = std::make_unique<Session>(std::move(document));
  session->path_ = path;
  session->file_.emplace(std::move(file));
  session->file_revision_ = session->editor.revision();
  return session;
}

std::unique_ptr<Session> Session::open_version(const std::filesystem::path& path, const std::string& name) {
  Document current;
  store::DocumentFile file = store::DocumentFile::open(path, current, store::OpenMode::ReadOnly);
  auto session = std::make_unique<Session>(store::read_version(file, name));
  session->file_.emplace(std::move(file));
  session->version_name_ = name;
  session->file_revision_ = session->editor.revision();
  return session;
}

store::VersionInfo Session::save_version(const std::string& name, const std::string& nomor_sk, const std::string& date) {
  if (!file_) throw UserError(tr_both("version.needs_file"));
  return store::save_version(*file_, editor.document(), name, nomor_sk, date);
}

store::VersionInfo Session::replace_file_document(const Document& updated, const std::string& version_name) {
  if (!file_) throw UserError(tr_both("version.needs_file"));
  if (version_name_) throw UserError(tr_both("version.read_only"));
  // One transaction: a write that fails leaves the file without the version too.
  store::VersionInfo version = store::replace_document_after_version(*file_, editor.document(), updated, version_name);
  // The file no longer holds this editor's state: should this session save again, it writes every row.
  file_revision_ = ~0ull;
  return version;
}

std::vector<store::VersionInfo> Session::versions() {
  if (!file_) return {};
  return store::list_versions(*file_);
}

std::optional<std::filesystem::path> Session::file_path() const {
  if (!file_) return std::nullopt;
  return file_->path();
}

const TreeIndex& Session::index() {
  if (!index_ || index_revision_ != editor.revision()) {
    // The editor's journal says whether anything moved; typing into a field leaves the index (tens of
    // milliseconds to build on a Pemda-size document) as it is.
    auto applied = index_ ? editor.changes_since(index_revision_) : std::nullopt;
    if (!applied || changes_tree_shape(*applied)) {
      index_.reset();
      index_.emplace(editor.document());
    }
    index_revision_ = editor.revision();
  }
  return *index_;
}

const DocumentCounts& Session::counts() {
  if (counts_revision_ != editor.revision()) {
    auto applied = counts_revision_ != ~0ull ? editor.changes_since(counts_revision_) : std::nullopt;
    counts_ = applied ? counts_after(std::move(counts_), *applied, editor.document()) : count_document(editor.document());
    counts_revision_ = editor.revision();
  }
  return counts_;
}

std::shared_ptr<const Document> Session::snapshot() { return replica_.snapshot(editor); }

bool Session::settled() {
  constexpr auto kQuiet = std::chrono::milliseconds(150);
  auto now = std::chrono::steady_clock::now();
  if (seen_revision_ != editor.revision()) {
    seen_revision_ = editor.revision();
    changed_at_ = now;
  }
  return now - changed_at_ >= kQuiet || !geometry_;
}

void Session::pump_checks() {
  if (checks_job_.valid() && checks_job_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
    try {
      checks_ = checks_job_.get();
    } catch (...) {
      // The previous findings stay; the review is not retried until the document changes again.
      show_message(view, job_failure_message(std::current_exception()), true);
    }
    checks_revision_ = checking_revision_;
  }
  if (!checks_job_.valid() && checks_revision_ != editor.revision() && settled()) {
    checking_revision_ = editor.revision();
    std::shared_ptr<const Document> document = snapshot();
    checks_job_ = std::async(std::launch::async, [document] { return check_document(*document); });
  }
}

const CheckReport& Session::checks() {
  pump_checks();
  return checks_;
}

void Session::wait_for_checks() {
  pump_checks();
  while (checks_revision_ != editor.revision()) {
    if (checks_job_.valid())
      checks_job_.wait();
    else
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    pump_checks();
  }
}

void Session::refresh_decorations() {
  pump_checks();
  // Keyed by the revision the findings belong to: badges follow the review when it finishes.
  std::tuple<std::uint64_t, int, bool, Language> key{checks_revision_ ^ (editor.revision() << 32),
                                                     view.achievement_year, view.finding_badges, current_language()};
  if (key == decorated_for_) return;
  decorated_for_ = key;
  view.layout.decorations.clear();
  if (view.finding_badges) apply_finding_badges(view.layout, editor.document(), checks_.findings);
  view.achievement_warning.reset();
  if (view.achievement_year != 0) {
    apply_capaian_decorations(view.layout, editor.document(), view.achievement_year, current_language());
    view.achievement_warning = capaian_year_warning(editor.document(), view.achievement_year);
  }
}

void Session::pump_layout() {
  refresh_decorations();
  view.layout.fields.language = current_language();
  const bool document_changed = submitted_revision_ != editor.revision();
  if ((document_changed && settled()) || (!document_changed && !(submitted_view_ == view.layout))) {
    submitted_generation_ = layout_->submit(snapshot(), view.layout);
    submitted_revision_ = editor.revision();
    submitted_view_ = view.layout;
    views_in_flight_.emplace_back(submitted_generation_, view.layout);
  }
  while (auto finished = layout_->take_latest()) {
    if (geometry_ && finished->generation < geometry_->generation) continue;
    while (!views_in_flight_.empty() && views_in_flight_.front().first < finished->generation)
      views_in_flight_.pop_front();
    if (!views_in_flight_.empty() && views_in_flight_.front().first == finished->generation) {
      geometry_view_ = std::move(views_in_flight_.front().second);
      views_in_flight_.pop_front();
    }
    geometry_ = std::move(*finished);
  }
}

bool Session::layout_busy() const {
  return !geometry_ || geometry_->generation < submitted_generation_ || submitted_revision_ != editor.revision();
}

void Session::wait_for_layout() {
  pump_layout();
  while (layout_busy()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    pump_layout();
  }
}

void Session::save() {
  if (!file_) throw UserError(tr_both("error.no_file_yet"));
  if (version_name_) throw UserError(tr_both("version.read_only"));  // never written back
  // Only the rows the journal names since the last save; the whole document when it no longer reaches back.
  std::optional<store::ChangedRows> changed = commands::changed_rows_since(editor, file_revision_);
  file_->save(editor.document(), changed ? &*changed : nullptr);
  file_revision_ = editor.revision();
  editor.mark_saved();
}

void Session::save_as(const std::filesystem::path& path) {
  // The versions saved in the old file go along: they belong to the document.
  store::DocumentFile file = store::DocumentFile::save_as(path, editor.document(), file_ ? &*file_ : nullptr);
  file_.reset();
  file_.emplace(std::move(file));
  version_name_.reset();  // the copy is an ordinary, editable document
  file_revision_ = editor.revision();
  path_ = path;
  editor.mark_saved();
}

std::string Session::title() const {
  if (version_name_ && file_)
    return format(tr("version.title"), {utf8_path(file_->path().filename()), *version_name_});
  std::string name = path_ ? utf8_path(path_->filename()) : std::string(tr("document.untitled"));
  if (editor.modified()) name += " \xE2\x80\xA2";  // a bullet: unsaved changes
  return name;
}

}  // namespace pokin::ui
