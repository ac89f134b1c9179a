#include "app/ui/document_files.h"

#include <chrono>
#include <functional>
#include <vector>

#include "app/ui/pemda_scope.h"
#include "app/ui/strings.h"
#include "core/text/utf8_path.h"

namespace pokin::ui {
namespace {

std::string file_stem_hash(const std::filesystem::path& path) {
  std::size_t hash = std::hash<std::string>{}(utf8_path(path));
  return utf8_path(path.stem()) + "-" + std::to_string(hash % 1000000007);
}

std::string absolute_utf8(const std::filesystem::path& path) {
  return utf8_path(std::filesystem::absolute(path));
}

}  // namespace

DocumentFiles::DocumentFiles(std::filesystem::path config_dir, Settings& settings)
    : config_dir_(std::move(config_dir)), settings_(settings) {}

DocumentFiles::~DocumentFiles() {
  if (autosave_job_.valid()) autosave_job_.wait();
}

std::optional<Bilingual> DocumentFiles::start(const std::optional<std::filesystem::path>& file,
                                              const std::filesystem::path& examples_dir) {
  std::optional<Bilingual> failure;
  std::vector<std::filesystem::path> candidates;
  if (file) candidates.push_back(*file);
  else {
    if (!settings_.last_document.empty()) candidates.push_back(path_from_utf8(settings_.last_document));
    std::error_code error;
    for (std::filesystem::directory_iterator it(examples_dir, error), end; !error && it != end; it.increment(error))
      if (it->path().extension() == ".pokin") candidates.push_back(it->path());
  }
  for (const auto& candidate : candidates) {
    try {
      replace_session(Session::open(candidate));
      if (file || candidate != candidates.back() || settings_.last_document == utf8_path(candidate))
        settings_.add_recent(absolute_utf8(candidate));
      break;
    } catch (const UserError& error) {
      if (file) failure = error.message();
    }
  }
  if (!session_) replace_session(std::make_unique<Session>());
  return failure;
}

void DocumentFiles::start_with(Document document) { replace_session(std::make_unique<Session>(std::move(document))); }

void DocumentFiles::replace_session(std::unique_ptr<Session> session) {
  ViewState kept;
  if (session_) {
    kept = session_->view;
    autosave(true);
  } else {
    kept.theme = settings_.theme;
    kept.canvas.minimap = settings_.minimap;
  }
  session_ = std::move(session);
  session_->view.theme = kept.theme;
  session_->view.canvas.minimap = kept.canvas.minimap;
  session_->view.canvas.grid = kept.canvas.grid;
  open_pemda_overview(session_->document(), session_->view);
  autosaved_revision_ = session_->editor.revision();
  recovery_offer_.reset();
  std::error_code error;
  if (std::filesystem::exists(recovery_path(), error) && session_->path() &&
      std::filesystem::last_write_time(recovery_path(), error) > std::filesystem::last_write_time(*session_->path(), error))
    recovery_offer_ = recovery_path();
}

void DocumentFiles::open(const std::filesystem::path& path) {
  replace_session(Session::open(path));
  settings_.add_recent(absolute_utf8(path));
}

void DocumentFiles::open_version(const std::filesystem::path& path, const std::string& name) {
  replace_session(Session::open_version(path, name));
}

store::VersionInfo DocumentFiles::replace_with_update(const Document& updated, const std::string& version_name) {
  const std::optional<std::filesystem::path> path = session_->path();
  store::VersionInfo version;
  try {
    version = session_->replace_file_document(updated, version_name);
  } catch (const UserError& error) {  // one transaction: the file is as it was, without the version
    const Bilingual lead = tr_both("merge.update_not_written", {utf8_path(path->filename())});
    throw UserError(lead.id + " " + error.message().id, lead.en + " " + error.message().en);
  }
  std::unique_ptr<Session> reopened = Session::open(*path);
  // The state before is kept as the version: no recovery copy of it, and none offered for the updated file.
  autosaved_revision_ = session_->editor.revision();
  discard_recovery();
  replace_session(std::move(reopened));
  return version;
}

bool DocumentFiles::save_needs_path() const { return !session_->path() || session_->read_only(); }

void DocumentFiles::save() {
  session_->save();
  std::error_code error;
  std::filesystem::remove(recovery_path(), error);
  autosaved_revision_ = session_->editor.revision();
}

void DocumentFiles::save_as(const std::filesystem::path& path) {
  std::filesystem::path old_recovery = recovery_path();
  session_->save_as(path);
  std::error_code error;
  std::filesystem::remove(old_recovery, error);
  autosaved_revision_ = session_->editor.revision();
  settings_.add_recent(absolute_utf8(path));
}

std::filesystem::path DocumentFiles::recovery_path() const {
  std::string name = session_ && session_->path() ? file_stem_hash(*session_->path()) : "untitled";
  return config_dir_ / "recovery" / (name + ".pokin");
}

void DocumentFiles::autosave(bool wait) {
  if (autosave_job_.valid() && autosave_job_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
    if (!wait) return;
    autosave_job_.wait();
  }
  if (!session_ || session_->editor.revision() == autosaved_revision_) return;
  std::error_code error;
  if (!session_->editor.modified()) {
    std::filesystem::remove(recovery_path(), error);  // saved: no recovery copy needed
    autosaved_revision_ = session_->editor.revision();
    return;
  }
  autosaved_revision_ = session_->editor.revision();
  std::shared_ptr<const Document> snapshot = session_->snapshot();
  std::filesystem::path target = recovery_path();
  autosave_job_ = std::async(std::launch::async, [snapshot, target] {
    try {
      std::error_code ignored;
      std::filesystem::create_directories(target.parent_path(), ignored);
      store::DocumentFile::save_as(target, *snapshot);
    } catch (...) {
      // A failed recovery copy must not interrupt the planner (nor end the app); the next one tries again.
    }
  });
  if (wait) autosave_job_.wait();
}

void DocumentFiles::discard_recovery() {
  std::error_code error;
  std::filesystem::remove(recovery_path(), error);
}

void DocumentFiles::open_recovery() {
  if (!recovery_offer_) return;
  std::filesystem::path recovery = *recovery_offer_;
  recovery_offer_.reset();
  Document recovered;
  store::DocumentFile::open(recovery, recovered);
  replace_session(std::make_unique<Session>(std::move(recovered)));
}

}  // namespace pokin::ui
