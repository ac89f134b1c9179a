#include "app/ui/app_shell.h"

#include <imgui.h>

#include "app/ui/apply_intent.h"
#include "app/ui/compare_view.h"
#include "app/ui/delete_question_view.h"
#include "app/ui/import_preview_view.h"
#include "app/ui/import_report_view.h"
#include "app/ui/main_window_view.h"
#include "app/ui/meeting_view.h"
#include "app/ui/opd_merge.h"
#include "app/ui/strings.h"
#include "core/export/output_file.h"
#include "core/model/pemda_structure.h"
#include "core/pemda/document_fingerprint.h"
#include "core/store/document_file.h"
#include "core/text/utc_timestamp.h"
#include "core/text/utf8_path.h"
#include "core/commands/new_document.h"

namespace pokin::ui {
namespace {

constexpr double kAutosaveSeconds = 5;
constexpr const char* kProfileExtension = ".profil";  // as `pokin import --save-profile renstra.profil`
// What import_text reads: text and tables, Excel workbooks, Word documents (offered also in capitals).
constexpr const char* kImportExtensions = ".txt .md .csv .tsv .xlsx .docx .pdf .html .htm .xls";

}  // namespace

AppShell::AppShell(ShellPaths paths, NativeFileDialog native_dialog, ImportReader read_import)
    : paths_(std::move(paths)),
      settings_(load_settings(paths_.config_dir / "settings.ini")),
      files_(paths_.config_dir, settings_),
      chooser_(std::move(native_dialog)),
      read_import_(std::move(read_import)) {
  set_language(settings_.language);
}

void AppShell::start(const std::optional<std::filesystem::path>& file) {
  if (auto failure = files_.start(file, paths_.examples_dir)) show_error(*failure);
}

void AppShell::start_with(Document document) { files_.start_with(std::move(document)); }

std::string AppShell::window_title() const { return files_.session().title() + " \xE2\x80\x94 Pokin"; }

bool AppShell::take_theme_change() {
  const Theme theme = session().view.theme;
  bool changed = theme_dirty_ || applied_theme_ != theme;
  applied_theme_ = theme;
  theme_dirty_ = false;
  return changed;
}

void AppShell::persist_settings() {
  settings_.language = current_language();
  settings_.theme = session().view.theme;
  settings_.minimap = session().view.canvas.minimap;
  save_settings(paths_.config_dir / "settings.ini", settings_);
}

bool AppShell::request_close() {
  if (!session().editor.modified()) {
    quit_ = true;
    return true;
  }
  questions_.unsaved_changes = true;
  return false;
}

void AppShell::show_error(Bilingual message) {
  questions_.error = std::move(message);
  closing_after_save_ = false;  // a failed save must not close the window
}

void AppShell::choose_file(FilePurpose purpose, const std::string& extension) {
  if (auto chosen = chooser_.choose(purpose, extension, settings_.recent_files)) file_chosen(*chosen);
}

void AppShell::file_chosen(const ChosenFile& chosen) {
  try {
    switch (chosen.purpose) {
      case FilePurpose::Open:
        files_.open(chosen.path);
        persist_settings();
        break;
      case FilePurpose::SaveAs:
        files_.save_as(chosen.path);
        persist_settings();
        saved();
        break;
      case FilePurpose::Import: start_import(chosen.path); break;
      case FilePurpose::Export:
        if (pending_export_) start_export(*pending_export_, chosen.path);
        pending_export_.reset();
        break;
      case FilePurpose::SaveProfile:
      case FilePurpose::LoadProfile: profile_chosen(chosen); break;
      case FilePurpose::Compare: start_compare_with_file(chosen.path); break;
      case FilePurpose::MergeOpd:
      case FilePurpose::MergeRpjmd:
      case FilePurpose::MergeOutput: merge_chosen(chosen); break;
    }
  } catch (const UserError& error) {
    show_error(error.message());
  }
}

void AppShell::profile_chosen(const ChosenFile& chosen) {
  if (!import_preview_) return;
  ImportPreview& preview = *import_preview_;
  // The preview is a modal: its problem line, not the error dialog, says what went wrong.
  preview.profile_note.reset();
  preview.profile_failed = false;
  try {
    if (chosen.purpose == FilePurpose::SaveProfile) {
      write_output_file(chosen.path, import::write_import_profile(profile_of(preview)));
      preview.profile_note = tr_both("preview.profile_saved", {utf8_path(chosen.path)});
    } else {
      use_profile(preview, import::read_import_profile_file(chosen.path));
    }
  } catch (const UserError& error) {
    preview.profile_note = error.message();
    preview.profile_failed = true;
  }
}

void AppShell::save(bool choose_path) {
  if (choose_path || files_.save_needs_path()) {
    choose_file(FilePurpose::SaveAs, ".pokin");
    return;
  }
  try {
    files_.save();
    saved();
  } catch (const UserError& error) {
    show_error(error.message());
  }
}

void AppShell::saved() {
  show_message(session().view, tr_both("message.saved"), false);
  if (closing_after_save_) quit_ = true;
}

void AppShell::toggle_meeting() {
  ViewState& view = session().view;
  if (!view.meeting) {
    view_before_meeting_ = view;
    enter_meeting(session().document(), view);
    return;
  }
  ViewState restored = view_before_meeting_ ? *view_before_meeting_ : ViewState{};
  restored.theme = view.theme;
  restored.meeting = false;
  view = std::move(restored);
  view_before_meeting_.reset();
}

void AppShell::run_action(AppAction action) {
  ViewState& view = session().view;
  switch (action) {
    case AppAction::New: open_new_document_dialog(new_document_); break;
    case AppAction::Open: choose_file(FilePurpose::Open, ".pokin"); break;
    case AppAction::Save: save(false); break;
    case AppAction::SaveAs: save(true); break;
    case AppAction::Import: choose_file(FilePurpose::Import, kImportExtensions); break;
    case AppAction::Export:
      export_dialog_.open = true;
      export_dialog_.form_chosen = false;
      export_dialog_.request.form.reset();
      if (export_dialog_.request.format == ExportFormat::Xlsx) export_dialog_.request.format = ExportFormat::Svg;
      break;
    case AppAction::ExportForm:
      export_dialog_.open = true;
      export_dialog_.form_chosen = true;
      export_dialog_.request.format = ExportFormat::Xlsx;
      break;
    case AppAction::Quit: request_close(); break;
    case AppAction::Find:
      view.left_tab = LeftTab::Search;
      view.left_tab_switch = true;
      view.search.focus_input = true;
      break;
    case AppAction::FitAll: view.canvas.fit_pending = true; break;
    case AppAction::ZoomToSelection:
      if (view.selected != kNoId) {
        view.canvas.camera.zoom = 1.5;
        view.canvas.center_pending = view.selected;
      }
      break;
    case AppAction::EditSelected: view.focus_inspector = true; break;
    case AppAction::DeleteSelected:
      if (view.selected != kNoId) view.delete_question = DeleteQuestion{view.selected};
      break;
    case AppAction::ToggleMeeting: toggle_meeting(); break;
    case AppAction::SaveAndQuit:
      closing_after_save_ = true;
      save(false);
      break;
    case AppAction::QuitWithoutSaving:
      files_.discard_recovery();
      quit_ = true;
      break;
    case AppAction::OpenRecovery:
      try {
        files_.open_recovery();
      } catch (const UserError& error) {
        show_error(error.message());
      }
      break;
    case AppAction::IgnoreRecovery: files_.ignore_recovery(); break;
    case AppAction::SaveVersion: open_save_version_dialog(versions_, session().document().info.nomor_sk); break;
    case AppAction::Versions:
      versions_.list_open = true;
      versions_.list_error.reset();
      try {
        versions_.versions = session().versions();
      } catch (const UserError& error) {
        versions_.list_error = error.message();
      }
      break;
    case AppAction::Compare: choose_file(FilePurpose::Compare, ".pokin"); break;
    case AppAction::LeaveCompare:
      keep_review();
      compare_ = CompareState{};
      kept_review_.reset();
      break;
    case AppAction::MergeOpd: open_merge(false); break;
    case AppAction::UpdateFromOpd: open_merge(true); break;
  }
}

void AppShell::save_version(const SaveVersionRequest& request) {
  try {
    store::VersionInfo saved = session().save_version(request.name, request.nomor_sk, request.date);
    versions_.save_open = false;
    show_message(session().view, tr_both("version.saved", {saved.name}), false);
  } catch (const UserError& error) {
    versions_.save_error = error.message();  // shown in the dialog, which stays open
  }
}

void AppShell::open_version(const std::string& name) {
  std::optional<std::filesystem::path> file = session().file_path();
  if (!file) return;
  try {
    files_.open_version(*file, name);
    show_message(session().view, tr_both("version.opened", {name}), false);
  } catch (const UserError& error) {
    show_error(error.message());
  }
}

void AppShell::handle(const Intent& intent) {
  if (session().version_name() && changes_document(intent)) {  // a saved version is shown read-only
    show_message(session().view, tr_both("version.read_only_edit"), true);
    return;
  }
  if (apply_intent(session(), intent)) return;
  if (const auto* action = std::get_if<RequestAction>(&intent)) run_action(action->action);
  if (const auto* open = std::get_if<OpenFile>(&intent)) file_chosen({FilePurpose::Open, path_from_utf8(open->path), {}});
}

void AppShell::start_import(const std::filesystem::path& path) {
  ImportPreview preview;
  preview.path = path;
  preview.source = utf8_path(path.filename());
  preview.options.period_start = session().document().info.period_start;
  preview.options.period_end = session().document().info.period_end;
  preview.generation = ++import_generation_;
  import_preview_ = std::move(preview);
  start_import_run();
}

void AppShell::start_import_run() {
  ImportPreview& preview = *import_preview_;
  // The first reading shows the progress modal; later ones run while the preview stays live (it says so itself).
  const char* title = preview.shown ? nullptr : "import.progress_title";
  const bool started = job_.start<std::shared_ptr<const ImportPreviewRun>>(
      title, format(tr("import.reading"), {preview.source}),
      [read = read_import_, path = preview.path, options = preview.options, table = preview.table] {
        return ui::run_import_preview(read, path, options, table);
      },
      [this, generation = preview.generation](std::shared_ptr<const ImportPreviewRun>& run) {
        import_preview_finished(generation, run);
      });
  if (!started) return;  // another job runs: frame() starts this one once it is free
  preview.run_wanted = false;
  preview.running = true;
}

void AppShell::import_preview_finished(std::uint64_t generation, const std::shared_ptr<const ImportPreviewRun>& run) {
  if (!import_preview_ || import_preview_->generation != generation) return;  // cancelled meanwhile
  ImportPreview& preview = *import_preview_;
  preview.running = false;
  preview.run = run;
  preview.table = run->table;
  if (preview.shown) return;
  // Nothing to steer (not a table, or not text at all): the failure is the answer, as before the preview.
  const bool steerable = run->table->of_cells && !run->table->rows.empty();
  if (run->failure && !steerable) {
    Bilingual failure = *run->failure;
    import_preview_.reset();
    show_error(std::move(failure));
    return;
  }
  preview.shown = true;
}

void AppShell::apply_import_preview() {
  std::shared_ptr<const ImportPreviewRun> run = import_preview_->run;
  import_preview_.reset();
  if (!run || !run->result) return;
  std::vector<import::ImportResult> results{*run->result};
  const std::size_t notes_before = results.front().report.notes.size();
  import::apply_imports(session().editor, results);
  const import::ImportResult& applied = results.front();
  // The preview showed the report already; it shows again only for what the merge itself left out.
  if (applied.report.notes.size() > notes_before)
    import_report_ = import::render_report(run->result->document, applied.report, current_language());
  show_message(session().view,
               tr_both("import.applied", {std::to_string(applied.document.sasaran.size()),
                                          std::to_string(applied.document.indikator.size())}),
               false);
  session().view.canvas.open_pending = true;  // an imported tree opens readable, as a document does
}

void AppShell::follow_canvas(ExportRequest& request) {
  request.view = session().view.layout;
  Id branch = export_dialog_.selected_branch_only ? session().view.selected : kNoId;
  if (const Indikator* indikator = session().document().find_indikator(branch)) branch = indikator->sasaran;
  request.view.branch = branch;
  // The colouring follows the canvas (the band legend when coloured by achievement); the badges and the figure's
  // language are the dialog's own choice: an export is a document, not a copy of the screen.
  request.colour = session().view.achievement_year != 0 ? BoxColour::Achievement : BoxColour::Level;
  request.capaian_year = session().view.achievement_year;
  request.language = current_language();
}

void AppShell::plan_book_preview() {
  export_dialog_.book_wanted = false;
  ExportRequest request = export_dialog_.request;
  follow_canvas(request);
  std::string key = book_preview_key(request);
  std::shared_ptr<const Document> document = session().snapshot();
  std::shared_ptr<LayoutService> layout = session().layout_service();
  // No modal: the dialog stays live and says the pages are being planned.
  export_dialog_.book_planning = job_.start<BookPreview>(
      nullptr, "", [document, request, layout] { return preview_book(*document, request, *layout); },
      [this, key](BookPreview& preview) {
        export_dialog_.book = std::make_shared<const BookPreview>(std::move(preview));
        export_dialog_.book_key = key;
        export_dialog_.book_planning = false;
      });
}

void AppShell::start_export(ExportRequest request, const std::filesystem::path& path) {
  request.output = path;
  follow_canvas(request);
  const std::string target = utf8_path(path);
  std::shared_ptr<const Document> document = session().snapshot();
  std::shared_ptr<LayoutService> layout = session().layout_service();  // Graphviz stays on its thread
  job_.start<ExportResult>(
      "export.title", tr("export.working"),
      [document, request, layout] { return export_document(*document, request, *layout); },
      [this, target](ExportResult& result) {
        // What the planner should know about the written file (text too small, a year without realisasi)
        // follows the confirmation.
        Bilingual message = tr_both("export.done", {target});
        if (result.files.size() > 1 || (!result.files.empty() && result.pages > 1)) {  // a figure book
          message.id += " " + std::to_string(result.pages) + " halaman, " + std::to_string(result.files.size()) + " berkas.";
          message.en += " " + std::to_string(result.pages) + " pages, " + std::to_string(result.files.size()) +
                        (result.files.size() == 1 ? " file." : " files.");
        }
        for (const Bilingual& warning : result.warnings) {
          message.id += " " + warning.id;
          message.en += " " + warning.en;
        }
        show_message(session().view, message, false);
      });
}

void AppShell::start_compare(std::function<Document()> read_old, std::string old_name,
                             std::optional<ComparedSides> sides) {
  std::shared_ptr<const Document> document = session().snapshot();
  std::shared_ptr<LayoutService> layout = session().layout_service();  // Graphviz stays on its thread
  std::string new_name = files_.session().path() ? utf8_path(files_.session().path()->filename())
                                                 : std::string(tr("compare.this_document"));
  const LayoutView view = session().view.layout;
  const Language language = current_language();
  // The review kept from an earlier comparison of these sides; a file that cannot be read is said in the view and
  // the comparison goes on without it.
  std::filesystem::path kept_file;
  std::optional<KeptReview> kept;
  std::optional<Bilingual> kept_failure;
  if (sides) {
    kept_file = kept_review_file(paths_.config_dir, *sides);
    try {
      kept = read_kept_review(kept_file, *sides);
    } catch (const UserError& error) {
      kept_failure = error.message();
    }
  }
  struct Opened {
    std::shared_ptr<const Comparison> comparison;
    RestoredReview review;
    std::string old_fingerprint, new_fingerprint;
  };
  job_.start<Opened>(
      "compare.progress_title", format(tr("compare.working"), {old_name}),
      [read_old = std::move(read_old), old_name, document, new_name, view, language, layout, kept] {
        auto old_document = std::make_shared<const Document>(read_old());
        Opened opened;
        opened.old_fingerprint = pemda::document_fingerprint(*old_document);
        opened.new_fingerprint = pemda::document_fingerprint(*document);
        if (kept)
          opened.review = restore_review(*kept, *old_document, opened.old_fingerprint, *document, opened.new_fingerprint);
        opened.comparison =
            make_comparison(old_document, old_name, document, new_name, view, language, *layout, opened.review.rejected);
        return opened;
      },
      [this, sides, kept_file, kept_failure, restored_any = kept.has_value()](Opened& opened) {
        open_comparison(compare_, opened.comparison, session().view.theme);
        compare_.accepted = opened.review.accepted;
        kept_review_.reset();
        if (sides)
          kept_review_ = KeptReviewPlace{*sides, kept_file, opened.old_fingerprint, opened.new_fingerprint,
                                         compare_.rejected, compare_.accepted};
        const RestoredReview& review = opened.review;
        if (restored_any && (!review.rejected.empty() || !review.accepted.empty()))
          compare_.review_notes.push_back({tr_both("compare.review_restored", {std::to_string(review.accepted.size()),
                                                                              std::to_string(review.rejected.size())})});
        if (review.dropped > 0) {
          compare_.review_notes.push_back({tr_both("compare.review_dropped", {std::to_string(review.dropped)}), true});
          keep_review(true);  // the file keeps what is left, against the documents as they are now
        }
        if (kept_failure) compare_.review_notes.push_back({*kept_failure, true});
      });
}

void AppShell::keep_review(bool always) {
  if (!kept_review_ || !compare_.comparison) return;
  KeptReviewPlace& place = *kept_review_;
  if (!always && place.rejected == compare_.rejected && place.accepted == compare_.accepted) return;
  place.rejected = compare_.rejected;
  place.accepted = compare_.accepted;
  const Comparison& comparison = *compare_.comparison;
  try {
    write_kept_review(place.file, place.sides,
                      review_to_keep(*comparison.old_document, place.old_fingerprint, *comparison.new_document,
                                     place.new_fingerprint, place.rejected, place.accepted));
  } catch (const UserError& error) {
    // Shown once in the view; the review goes on and is tried again at its next change.
    Bilingual note = tr_both("compare.review_not_kept");
    note.id = format(note.id, {error.message().id});
    note.en = format(note.en, {error.message().en});
    compare_.review_notes.push_back({std::move(note), true});
  }
}

void AppShell::start_compare_remake() {
  compare_.remake_wanted = false;
  std::shared_ptr<const Comparison> comparison = compare_.comparison;
  if (!comparison) return;
  std::shared_ptr<LayoutService> layout = session().layout_service();  // Graphviz stays on its thread
  const LayoutView view = session().view.layout;
  const Language language = current_language();
  job_.start<std::shared_ptr<const Comparison>>(
      "compare.progress_title", tr("compare.remaking"),
      [comparison, rejected = compare_.rejected, view, language, layout] {
        return std::shared_ptr<const Comparison>(remake_comparison(*comparison, rejected, view, language, *layout));
      },
      [this](std::shared_ptr<const Comparison>& remade) {
        if (compare_.comparison) replace_comparison(compare_, remade);  // unless the planner left meanwhile
      });
}

std::optional<ComparedSides> AppShell::kept_sides(
    const std::function<ComparedSides(const std::filesystem::path&)>& with_document) {
  // A review is kept only for a document with a file of its own: an untitled one has no identity, and a saved
  // version shown read-only is not the document the planner works on.
  if (!session().path() || session().version_name()) return std::nullopt;
  return with_document(*session().path());
}

void AppShell::start_compare_with_file(const std::filesystem::path& path) {
  start_compare(
      [path] {
        Document old_document;
        store::DocumentFile::open(path, old_document, store::OpenMode::ReadOnly);
        return old_document;
      },
      utf8_path(path.filename()),
      kept_sides([&](const std::filesystem::path& document) { return sides_with_file(document, path); }));
}

void AppShell::start_compare_with_version(const std::string& name) {
  std::optional<std::filesystem::path> file = session().file_path();
  if (!file) return;
  start_compare(
      [path = *file, name] {
        Document ignored;
        store::DocumentFile opened = store::DocumentFile::open(path, ignored, store::OpenMode::ReadOnly);
        return store::read_version(opened, name);
      },
      format(tr("version.compare_name"), {name}),
      kept_sides([&](const std::filesystem::path& document) { return sides_with_version(document, name); }));
}

void AppShell::open_merge(bool update) {
  if (update && !is_pemda_document(session().document())) {
    show_error(tr_both("merge.not_pemda"));
    return;
  }
  if (update && (!session().path() || session().read_only())) {
    show_error(tr_both("merge.update_needs_file"));
    return;
  }
  open_merge_dialog(merge_dialog_, update);
  if (update) {
    merge_dialog_.document_name = utf8_path(session().path()->filename());
    merge_dialog_.document_path = utf8_path(*session().path());
  }
}

void AppShell::merge_chosen(const ChosenFile& chosen) {
  const std::string path = utf8_path(chosen.path);
  if (chosen.purpose == FilePurpose::MergeOpd) {
    std::vector<std::string> paths{path};
    for (const std::filesystem::path& more : chosen.more) paths.push_back(utf8_path(more));
    add_merge_opd(merge_dialog_, paths);
  }
  if (chosen.purpose == FilePurpose::MergeRpjmd) merge_dialog_.rpjmd = path;
  if (chosen.purpose == FilePurpose::MergeOutput) {
    std::filesystem::path output = chosen.path;
    if (output.extension().empty()) output += ".pokin";
    merge_dialog_.output = utf8_path(output);
  }
  merge_dialog_.refusal.reset();
}

void AppShell::start_merge() {
  MergeDialogState& dialog = merge_dialog_;
  dialog.refusal = merge_dialog_refusal(dialog);
  if (dialog.refusal) return;
  const bool update = dialog.update;
  if (update && (!session().path() || session().read_only())) {
    dialog.refusal = tr_both("merge.update_needs_file");
    return;
  }
  OpdMergeFiles files;
  files.pemda = dialog.pemda;
  if (!dialog.rpjmd.empty()) files.rpjmd = path_from_utf8(dialog.rpjmd);
  for (const std::string& opd : dialog.opd) files.opd.push_back(path_from_utf8(opd));
  // Updating merges into the document as it is now (with unsaved edits); the version recorded before the file
  // changes holds that same state.
  std::shared_ptr<const Document> previous = update ? session().snapshot() : nullptr;
  const std::uint64_t revision = session().editor.revision();
  const Session* started_on = &session();
  const std::filesystem::path output = update ? *session().path() : path_from_utf8(dialog.output);
  const std::string merged_at = utc_timestamp();
  using Result = std::shared_ptr<pemda::MergeResult>;
  const bool started = job_.start<Result>(
      "merge.progress_title", format(tr("merge.working"), {std::to_string(files.opd.size())}),
      [files, previous, output, merged_at] {
        auto result = std::make_shared<pemda::MergeResult>(merge_opd_files(files, previous.get(), merged_at));
        if (!previous) store::DocumentFile::create(output, result->document);  // refuses an existing file
        return result;
      },
      [this, update, output, revision, started_on, merged_at](Result& result) {
        MergeReportShown shown{std::move(result->report), utf8_path(output.filename()), {}};
        if (!update) {
          files_.open(output);
          persist_settings();
        } else {
          // Edits made while the merge ran would be lost by the update: it is refused, nothing is written.
          if (&session() != started_on || session().editor.revision() != revision)
            throw UserError(tr_both("merge.changed_meanwhile"));
          std::vector<std::string> used;
          for (const store::VersionInfo& version : session().versions()) used.push_back(version.name);
          const std::string base = format(tr("merge.version_name"), {merged_at.substr(0, 10) + " " + merged_at.substr(11, 5)});
          shown.version = files_.replace_with_update(result->document, unused_version_name(base, used)).name;
        }
        merge_dialog_ = MergeDialogState{};
        merge_report_ = std::move(shown);
        show_message(session().view, tr_both(update ? "merge.updated" : "merge.created", {merge_report_->document}), false);
      });
  if (started) dialog.open = false;
}

void AppShell::frame() {
  Session& current = session();
  current.pump_layout();
  Intents intents = current.view.meeting  ? meeting_screen_view(current)
                    : compare_.comparison ? compare_screen_view(compare_)
                                          : main_window_view(current, settings_.recent_files);
  for (const Intent& intent : delete_question_view(current.document(), current.index(), current.view))
    intents.push_back(intent);
  for (const Intent& intent : questions_view(questions_, current.title(), files_.recovery_offered()))
    intents.push_back(intent);
  keep_review();  // each decision kept as it is made: a crash or a closed window loses none
  for (const Intent& intent : intents) handle(intent);

  if (auto options = new_document_dialog_view(new_document_)) {
    try {
      files_.start_with(commands::new_document(*options));
    } catch (const UserError& error) {
      show_error(error.message());
    }
  }
  if (auto request = save_version_dialog_view(versions_)) save_version(*request);
  if (auto chosen = versions_dialog_view(versions_)) {
    if (chosen->compare)
      start_compare_with_version(chosen->name);
    else
      open_version(chosen->name);
  }
  if (export_dialog_.open) follow_canvas(export_dialog_.request);
  if (auto request = export_dialog_view(export_dialog_, session().document(), session().geometry(),
                                        session().view.selected)) {
    pending_export_ = *request;
    choose_file(FilePurpose::Export, export_extension(request->format));
  }
  if (export_dialog_.book_wanted && !job_.busy()) plan_book_preview();
  if (compare_.comparison && compare_.remake_wanted && !job_.busy()) start_compare_remake();
  if (auto failure = job_.frame()) {
    export_dialog_.book_planning = false;
    if (compare_.comparison) compare_.rejected = compare_.comparison->rejected;  // the review as the view shows it
    if (import_preview_ && import_preview_->running) import_preview_.reset();  // the document stays as it was
    show_error(*failure);
  }
  if (import_preview_ && !chooser_.browsing()) {  // the in-app browser asks for a profile file over the preview
    switch (import_preview_view(*import_preview_)) {
      case ImportPreviewAnswer::Apply: apply_import_preview(); break;
      case ImportPreviewAnswer::Cancel: import_preview_.reset(); break;
      case ImportPreviewAnswer::SaveProfile: choose_file(FilePurpose::SaveProfile, kProfileExtension); break;
      case ImportPreviewAnswer::LoadProfile: choose_file(FilePurpose::LoadProfile, kProfileExtension); break;
      case ImportPreviewAnswer::None: break;
    }
  }
  if (import_preview_ && import_preview_->run_wanted && !job_.busy()) start_import_run();
  import_report_view(import_report_, session().view);
  if (merge_dialog_.open && !chooser_.browsing()) {  // the in-app browser picks the files over the dialog
    // A merge reads an OPD's (or the RPJMD's) document, or any table the import reads.
    const std::string merge_extensions = std::string(".pokin ") + kImportExtensions;
    switch (merge_dialog_view(merge_dialog_)) {
      case MergeDialogAnswer::AddOpd: choose_file(FilePurpose::MergeOpd, merge_extensions); break;
      case MergeDialogAnswer::ChooseRpjmd: choose_file(FilePurpose::MergeRpjmd, merge_extensions); break;
      case MergeDialogAnswer::ChooseOutput: choose_file(FilePurpose::MergeOutput, ".pokin"); break;
      case MergeDialogAnswer::Start: start_merge(); break;
      case MergeDialogAnswer::None: break;
    }
  }
  merge_report_view(merge_report_, session().view);
  if (auto chosen = chooser_.frame()) file_chosen(*chosen);
  if (ImGui::GetTime() - last_autosave_time_ > kAutosaveSeconds) {
    last_autosave_time_ = ImGui::GetTime();
    files_.autosave();
  }
}

}  // namespace pokin::ui
