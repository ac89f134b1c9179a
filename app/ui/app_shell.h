#pragma once
// The application without its window: the open Session, the user's settings, the panels laid out in the window,
// the questions (delete, unsaved changes, errors), the file actions and autosave. The platform layer (GLFW, GL)
// calls frame() between ImGui::NewFrame() and ImGui::Render(); tests can do the same in a plain ImGui context.
#include <atomic>
#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>

#include "app/ui/export_dialog_view.h"
#include "app/ui/file_browser_view.h"
#include "app/ui/intents.h"
#include "app/ui/session.h"
#include "app/ui/settings.h"
#include "core/import/import_document.h"

namespace pokin::ui {

struct ShellPaths {
  std::filesystem::path config_dir;    // settings.ini and recovery/ live here
  std::filesystem::path examples_dir;  // the bundled example documents
};

// A native file dialog: `available` false when the desktop has none (the in-app browser is used instead).
struct NativeDialogResult {
  bool available = false;
  std::optional<std::filesystem::path> path;  // empty: cancelled
};
using NativeFileDialog =
    std::function<NativeDialogResult(bool saving, const std::string& title, const std::string& extension)>;

class AppShell {
 public:
  AppShell(ShellPaths paths, NativeFileDialog native_dialog);
  ~AppShell();

  // Opens `file`, else the last document, else the bundled example, else an empty document.
  void start(const std::optional<std::filesystem::path>& file);
  // Starts on a document that has no file (a generated one for benchmarks, a new one).
  void start_with(Document document);
  // Builds one frame of the whole UI and runs what it asked for.
  void frame();

  // The window's close button: true when it may close now; otherwise the unsaved-changes question shows.
  bool request_close();
  bool wants_to_quit() const { return quit_; }
  // Meeting mode asks the platform for the whole screen.
  bool wants_fullscreen() const { return session_->view.meeting; }

  Session& session() { return *session_; }
  Settings& settings() { return settings_; }
  std::string window_title() const;
  // Whether the theme changed since the last call (the platform then restyles ImGui).
  bool take_theme_change();
  // Saves settings (window size etc.) now.
  void persist_settings();
  // Writes the recovery copy if the document changed since the last one (also called by frame() every few s).
  void autosave(bool wait = false);
  std::filesystem::path recovery_path() const;

  void handle(const Intent& intent);
  // Writes `request` (the format and page choices of the Export dialog) to `path` on a worker thread with the
  // current view (and the selected branch when the dialog asked for it); frame() reports the result.
  void start_export(ExportRequest request, const std::filesystem::path& path);

 private:
  void run_action(AppAction action);
  void open_document(const std::filesystem::path& path);
  void replace_session(std::unique_ptr<Session> session);
  void save(bool choose_path);
  void choose_file(bool saving, const std::string& purpose, const std::string& extension);
  void file_chosen(const std::string& purpose, const std::filesystem::path& path);
  void show_file_error(const Bilingual& message);
  void draw_panels();
  void draw_meeting();
  void draw_questions();
  void draw_new_document_dialog();
  void start_import(const std::filesystem::path& path);
  void draw_import();
  void draw_export();

  ShellPaths paths_;
  NativeFileDialog native_dialog_;
  Settings settings_;
  std::unique_ptr<Session> session_;
  FileBrowserState browser_;
  bool quit_ = false;
  bool ask_close_ = false;
  bool closing_after_save_ = false;
  std::optional<Bilingual> file_error_;
  bool new_dialog_ = false;
  DocumentInfo new_info_;
  Theme applied_theme_ = Theme::Light;
  bool theme_dirty_ = true;
  std::optional<std::filesystem::path> recovery_offer_;
  // The view as it was when meeting mode began; leaving restores it.
  std::optional<ViewState> view_before_meeting_;
  // Import reads the source on its own thread (a progress bar shows meanwhile); the merge runs here.
  std::future<import::ImportResult> import_job_;
  std::string import_source_;
  std::optional<std::string> import_report_;
  // Export: the dialog's choices, then the writing on its own thread with the document snapshot.
  ExportDialogState export_dialog_;
  std::optional<ExportRequest> pending_export_;
  std::future<ExportResult> export_job_;
  std::string export_target_;
  // Autosave runs on its own thread with a snapshot; one at a time.
  std::future<void> autosave_job_;
  std::uint64_t autosaved_revision_ = 0;
  double last_autosave_time_ = 0;
};

}  // namespace pokin::ui
