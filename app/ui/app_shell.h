#pragma once
// The application without its window: frame and dispatch. Each frame it draws the panels (main_window_view.h)
// or meeting mode, the questions, the dialogs and the progress of background work, then runs what they asked
// for: document intents through apply_intent, the rest (files, import, export, meeting mode, quitting) here, over
// the parts that do each job: DocumentFiles (open, save, autosave, recovery), FileChooser, BackgroundJob. The
// platform layer (GLFW, GL) calls frame() between ImGui::NewFrame() and ImGui::Render(); tests do the same in a
// plain ImGui context.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "app/ui/background_job.h"
#include "app/ui/comparison.h"
#include "app/ui/document_files.h"
#include "app/ui/export_dialog_view.h"
#include "app/ui/file_chooser.h"
#include "app/ui/import_preview.h"
#include "app/ui/kept_review.h"
#include "app/ui/intents.h"
#include "app/ui/merge_dialog_view.h"
#include "app/ui/merge_report_view.h"
#include "app/ui/new_document_dialog_view.h"
#include "app/ui/questions_view.h"
#include "app/ui/session.h"
#include "app/ui/settings.h"
#include "app/ui/versions_dialog_view.h"
#include "core/import/import_document.h"

namespace pokin::ui {

struct ShellPaths {
  std::filesystem::path config_dir;    // settings.ini and recovery/ live here
  std::filesystem::path examples_dir;  // the bundled example documents
};

class AppShell {
 public:
  AppShell(ShellPaths paths, NativeFileDialog native_dialog, ImportReader read_import = import::import_file);

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
  bool wants_fullscreen() const { return files_.session().view.meeting; }

  Session& session() { return files_.session(); }
  Settings& settings() { return settings_; }
  std::string window_title() const;
  // Whether the theme changed since the last call (the platform then restyles ImGui).
  bool take_theme_change();
  // Saves settings (window size etc.) now.
  void persist_settings();
  // Writes the recovery copy if the document changed since the last one (also called by frame() every few s).
  void autosave(bool wait = false) { files_.autosave(wait); }
  std::filesystem::path recovery_path() const { return files_.recovery_path(); }
  // The failure the error question shows until the planner presses OK (a file, an import, an export).
  const std::optional<Bilingual>& shown_error() const { return questions_.error; }

  void handle(const Intent& intent);
  // File > Import once the file is chosen: reads `path` into a scratch result on the background job and opens the
  // preview; the document changes only when the planner presses "Terapkan" there (one undo step).
  void start_import(const std::filesystem::path& path);
  // The import preview while it is being read or shown (tests steer it; nothing outside changes the document).
  ImportPreview* import_preview() { return import_preview_ ? &*import_preview_ : nullptr; }
  // Berkas > Simpan versi… and Versi… (tests read the refusal the dialog shows).
  const VersionDialogsState& version_dialogs() const { return versions_; }
  // Writes `request` (the format and page choices of the Export dialog) to `path` on the background job with the
  // current view (and the selected branch when the dialog asked for it); frame() reports the result.
  void plan_book_preview();  // the export dialog's figure-book pages, on the background job
  void start_export(ExportRequest request, const std::filesystem::path& path);
  // What the export takes from the canvas: the view, the branch, the colouring and its year, the interface
  // language (for messages).
  void follow_canvas(ExportRequest& request);
  // The Compare view against an old side from any source: `read_old` runs on the background job and returns the
  // old document (a .pokin file for Berkas > Bandingkan dengan…; a saved version of this document); `old_name`
  // names it. The diff, its figure and their layout are made on the job too; the view opens when they are ready.
  // With `sides` (the open document has a file), the review kept from an earlier comparison of the same sides
  // (kept_review.h) comes back: the diff is made with its rejected pairs from the start; each change of the review
  // is kept again as the planner makes it.
  void start_compare(std::function<Document()> read_old, std::string old_name,
                     std::optional<ComparedSides> sides = std::nullopt);
  void start_compare_with_file(const std::filesystem::path& path);
  // The Compare view against a version saved inside this document's file (Berkas > Versi… > Bandingkan).
  void start_compare_with_version(const std::string& name);
  // The Compare view while it is shown (tests steer it), else null.
  CompareState* compare() { return compare_.comparison ? &compare_ : nullptr; }
  // The comparison made again without the matches the planner rejected there, on the background job; the view
  // keeps its camera and review when it is ready.
  void start_compare_remake();
  // Berkas > Gabungkan dokumen OPD… / Perbarui dari dokumen OPD…: the dialog (tests and screenshots fill it), and
  // the merge of what it lists on the background job. A new Pemda document is written to the chosen file and
  // opened; an update records the open document as a version in its file, then writes the merged one there and
  // opens it again (the command history cannot hold a merge: it keeps no parts or origins). Either way the report
  // shows afterwards; any failure shows as a message and leaves the open document and its file as they were.
  MergeDialogState& merge_dialog() { return merge_dialog_; }
  void start_merge();
  bool busy() const { return job_.busy(); }
  // The report of the last merge while it is shown, else null.
  const MergeReportShown* merge_report() const { return merge_report_ ? &*merge_report_ : nullptr; }

 private:
  void run_action(AppAction action);
  void choose_file(FilePurpose purpose, const std::string& extension);
  void file_chosen(const ChosenFile& chosen);
  void save(bool choose_path);
  void profile_chosen(const ChosenFile& chosen);  // save or load the import preview's profile
  void saved();
  void show_error(Bilingual message);
  void toggle_meeting();
  void start_import_run();
  void import_preview_finished(std::uint64_t generation, const std::shared_ptr<const ImportPreviewRun>& run);
  void apply_import_preview();
  void save_version(const SaveVersionRequest& request);  // Berkas > Simpan versi…, the dialog's answer
  void open_version(const std::string& name);            // Berkas > Versi…, read-only
  void open_merge(bool update);
  // The sides of a comparison whose review is kept (kept_review.h), from the open document's file; none without one.
  std::optional<ComparedSides> kept_sides(const std::function<ComparedSides(const std::filesystem::path&)>& with_document);
  void keep_review(bool always = false);  // writes the Compare view's review when it changed since it was kept
  void merge_chosen(const ChosenFile& chosen);

  ShellPaths paths_;
  Settings settings_;
  DocumentFiles files_;
  FileChooser chooser_;
  ImportReader read_import_;
  BackgroundJob job_;  // one at a time: an import or an export
  QuestionsState questions_;
  NewDocumentDialogState new_document_;
  ExportDialogState export_dialog_;
  VersionDialogsState versions_;
  std::optional<ExportRequest> pending_export_;  // waiting for the file chooser
  std::optional<ImportPreview> import_preview_;
  std::uint64_t import_generation_ = 0;
  std::optional<std::string> import_report_;  // after "Terapkan", when the merge dropped values (see apply_imports)
  bool quit_ = false;
  bool closing_after_save_ = false;
  Theme applied_theme_ = Theme::Light;
  bool theme_dirty_ = true;
  // The view as it was when meeting mode began; leaving restores it.
  std::optional<ViewState> view_before_meeting_;
  double last_autosave_time_ = 0;
  CompareState compare_;  // shown while it holds a comparison
  // Where the shown comparison's review is kept and what was kept last (kept_review.h); none for a document
  // without a file.
  struct KeptReviewPlace {
    ComparedSides sides;
    std::filesystem::path file;
    std::string old_fingerprint, new_fingerprint;  // of the two documents as compared
    std::vector<NodePair> rejected;
    std::set<NodePair> accepted;
  };
  std::optional<KeptReviewPlace> kept_review_;
  MergeDialogState merge_dialog_;
  std::optional<MergeReportShown> merge_report_;
};

}  // namespace pokin::ui
