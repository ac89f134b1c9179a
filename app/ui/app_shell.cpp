#include "app/ui/app_shell.h"

#include <GLFW/glfw3.h>  // key codes only
#include <imgui.h>
#include <imgui_stdlib.h>

#include <chrono>
#include <cmath>
#include <functional>

#include "app/ui/apply_intent.h"
#include "app/ui/canvas_toolbar_view.h"
#include "app/ui/canvas_view.h"
#include "app/ui/checks_view.h"
#include "app/ui/history_view.h"
#include "app/ui/inspector_view.h"
#include "app/ui/keyboard_shortcuts.h"
#include "app/ui/meeting_view.h"
#include "app/ui/menu_bar_view.h"
#include "app/ui/outline_view.h"
#include "app/ui/palette.h"
#include "app/ui/search_view.h"
#include "app/ui/status_bar_view.h"
#include "app/ui/strings.h"
#include "core/model/document_counts.h"

namespace pokin::ui {
namespace {

constexpr double kAutosaveSeconds = 5;
constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

void place(const char* name, ImVec2 pos, ImVec2 size, ImGuiWindowFlags extra = 0) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin(name, nullptr, kPanelFlags | extra);
}

std::string file_stem_hash(const std::filesystem::path& path) {
  std::size_t hash = std::hash<std::string>{}(store::utf8_path(path));
  return store::utf8_path(path.stem()) + "-" + std::to_string(hash % 1000000007);
}

}  // namespace

AppShell::AppShell(ShellPaths paths, NativeFileDialog native_dialog)
    : paths_(std::move(paths)), native_dialog_(std::move(native_dialog)) {
  settings_ = load_settings(paths_.config_dir / "settings.ini");
  set_language(settings_.language);
}

AppShell::~AppShell() {
  if (autosave_job_.valid()) autosave_job_.wait();
}

void AppShell::start(const std::optional<std::filesystem::path>& file) {
  std::vector<std::filesystem::path> candidates;
  if (file) candidates.push_back(*file);
  else {
    if (!settings_.last_document.empty()) candidates.push_back(std::filesystem::u8path(settings_.last_document));
    std::error_code error;
    for (std::filesystem::directory_iterator it(paths_.examples_dir, error), end; !error && it != end; it.increment(error))
      if (it->path().extension() == ".pokin") candidates.push_back(it->path());
  }
  for (const auto& candidate : candidates) {
    try {
      replace_session(Session::open(candidate));
      if (file || candidate != candidates.back() || settings_.last_document == store::utf8_path(candidate))
        settings_.add_recent(store::utf8_path(std::filesystem::absolute(candidate)));
      break;
    } catch (const UserError& error) {
      if (file) show_file_error(error.message());
    }
  }
  if (!session_) replace_session(std::make_unique<Session>());
}

void AppShell::start_with(Document document) { replace_session(std::make_unique<Session>(std::move(document))); }

void AppShell::replace_session(std::unique_ptr<Session> session) {
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
  autosaved_revision_ = session_->editor.revision();
  std::error_code error;
  if (std::filesystem::exists(recovery_path(), error) && session_->path() &&
      std::filesystem::last_write_time(recovery_path(), error) > std::filesystem::last_write_time(*session_->path(), error))
    recovery_offer_ = recovery_path();
}

std::string AppShell::window_title() const { return session_->title() + " \xE2\x80\x94 Pokin"; }

bool AppShell::take_theme_change() {
  bool changed = theme_dirty_ || applied_theme_ != session_->view.theme;
  applied_theme_ = session_->view.theme;
  theme_dirty_ = false;
  return changed;
}

void AppShell::persist_settings() {
  settings_.language = current_language();
  settings_.theme = session_->view.theme;
  settings_.minimap = session_->view.canvas.minimap;
  save_settings(paths_.config_dir / "settings.ini", settings_);
}

std::filesystem::path AppShell::recovery_path() const {
  std::string name = session_ && session_->path() ? file_stem_hash(*session_->path()) : "untitled";
  return paths_.config_dir / "recovery" / (name + ".pokin");
}

void AppShell::autosave(bool wait) {
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
    } catch (const std::exception&) {
      // A failed recovery copy must not interrupt the planner; the next one tries again.
    }
  });
  if (wait) autosave_job_.wait();
}

bool AppShell::request_close() {
  if (!session_->editor.modified()) {
    quit_ = true;
    return true;
  }
  ask_close_ = true;
  return false;
}

void AppShell::show_file_error(const Bilingual& message) { file_error_ = message; }

void AppShell::open_document(const std::filesystem::path& path) {
  try {
    replace_session(Session::open(path));
    settings_.add_recent(store::utf8_path(std::filesystem::absolute(path)));
    persist_settings();
  } catch (const UserError& error) {
    show_file_error(error.message());
  }
}

void AppShell::choose_file(bool saving, const std::string& purpose, const std::string& extension) {
  const char* title = saving ? tr("browser.save_title") : tr("browser.open_title");
  NativeDialogResult result = native_dialog_ ? native_dialog_(saving, title, extension) : NativeDialogResult{};
  if (result.available) {
    if (result.path) file_chosen(purpose, *result.path);
    return;
  }
  browser_.open = true;
  browser_.saving = saving;
  browser_.purpose = purpose;
  browser_.extension = extension;
  browser_.file_name.clear();
  browser_.recent_folders.clear();
  for (const auto& recent : settings_.recent_files) {
    std::string folder = store::utf8_path(std::filesystem::u8path(recent).parent_path());
    if (std::find(browser_.recent_folders.begin(), browser_.recent_folders.end(), folder) == browser_.recent_folders.end())
      browser_.recent_folders.push_back(folder);
  }
  if (!browser_.recent_folders.empty() && browser_.folder.empty())
    browser_.folder = std::filesystem::u8path(browser_.recent_folders.front());
}

void AppShell::file_chosen(const std::string& purpose, const std::filesystem::path& path) {
  if (purpose == "open") {
    open_document(path);
  } else if (purpose == "import") {
    start_import(path);
  } else if (purpose == "export") {
    if (pending_export_) start_export(*pending_export_, path);
    pending_export_.reset();
  } else if (purpose == "save_as") {
    try {
      std::filesystem::path old_recovery = recovery_path();
      session_->save_as(path);
      std::error_code error;
      std::filesystem::remove(old_recovery, error);
      settings_.add_recent(store::utf8_path(std::filesystem::absolute(path)));
      persist_settings();
      show_message(session_->view, tr_both("message.saved"), false);
      if (closing_after_save_) quit_ = true;
    } catch (const UserError& error) {
      show_file_error(error.message());
    }
  }
}

void AppShell::save(bool choose_path) {
  if (choose_path || !session_->path() || session_->read_only()) {
    choose_file(true, "save_as", ".pokin");
    return;
  }
  try {
    session_->save();
    std::error_code error;
    std::filesystem::remove(recovery_path(), error);
    autosaved_revision_ = session_->editor.revision();
    show_message(session_->view, tr_both("message.saved"), false);
    if (closing_after_save_) quit_ = true;
  } catch (const UserError& error) {
    show_file_error(error.message());
  }
}

void AppShell::run_action(AppAction action) {
  ViewState& view = session_->view;
  switch (action) {
    case AppAction::New:
      new_dialog_ = true;
      new_info_ = DocumentInfo{};
      new_info_.period_start = 2025;
      new_info_.period_end = 2029;
      break;
    case AppAction::Open: choose_file(false, "open", ".pokin"); break;
    case AppAction::Save: save(false); break;
    case AppAction::SaveAs: save(true); break;
    case AppAction::Import: choose_file(false, "import", ""); break;
    case AppAction::Export: export_dialog_.open = true; break;
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
    case AppAction::ToggleMeeting:
      if (!view.meeting) {
        view_before_meeting_ = view;
        enter_meeting(session_->document(), view);
      } else {
        Theme theme = view.theme;
        ViewState restored = view_before_meeting_ ? *view_before_meeting_ : ViewState{};
        restored.theme = theme;
        restored.meeting = false;
        session_->view = std::move(restored);
        view_before_meeting_.reset();
      }
      break;
  }
}

void AppShell::handle(const Intent& intent) {
  if (apply_intent(*session_, intent)) return;
  if (const auto* action = std::get_if<RequestAction>(&intent)) run_action(action->action);
  if (const auto* open = std::get_if<OpenFile>(&intent)) open_document(std::filesystem::u8path(open->path));
}

void AppShell::draw_panels() {
  Session& session = *session_;
  ViewState& view = session.view;
  Intents intents = menu_bar_view(session.editor, view, settings_.recent_files);
  const ImGuiIO& io = ImGui::GetIO();
  const float menu_height = ImGui::GetFrameHeight();
  const float status_height = ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y;
  const float font = ImGui::GetFontSize();
  const float left_width = std::min(font * 22, io.DisplaySize.x * 0.28f);
  const float right_width = std::min(font * 25, io.DisplaySize.x * 0.3f);
  const float body_height = io.DisplaySize.y - menu_height - status_height;
  auto append = [&intents](Intents more) {
    for (Intent& intent : more) intents.push_back(std::move(intent));
  };
  const Document& document = session.document();
  const TreeIndex& index = session.index();

  place("##left", ImVec2(0, menu_height), ImVec2(left_width, body_height));
  if (ImGui::BeginTabBar("left_tabs")) {
    auto tab = [&](LeftTab which, const char* key) {
      ImGuiTabItemFlags flags = view.left_tab_switch && view.left_tab == which ? ImGuiTabItemFlags_SetSelected : 0;
      bool open = ImGui::BeginTabItem(tr(key), nullptr, flags);
      if (open && !view.left_tab_switch) view.left_tab = which;
      return open;
    };
    if (tab(LeftTab::Outline, "tab.outline")) {
      append(outline_view(document, index, view));
      ImGui::EndTabItem();
    }
    if (tab(LeftTab::Search, "tab.search")) {
      append(search_view(document, view));
      ImGui::EndTabItem();
    }
    if (tab(LeftTab::Checks, "tab.checks")) {
      append(checks_view(document, session.checks(), view));
      ImGui::EndTabItem();
    }
    if (tab(LeftTab::History, "tab.history")) {
      append(history_view(session.editor));
      ImGui::EndTabItem();
    }
    view.left_tab_switch = false;
    ImGui::EndTabBar();
  }
  ImGui::End();

  place("##inspector", ImVec2(io.DisplaySize.x - right_width, menu_height), ImVec2(right_width, body_height));
  append(inspector_view(document, index, view, session.counts().suggested_links));
  ImGui::End();

  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  place("##canvas", ImVec2(left_width, menu_height), ImVec2(io.DisplaySize.x - left_width - right_width, body_height),
        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x, ImGui::GetStyle().FramePadding.y + 2));
  append(canvas_toolbar_view(document, view));
  ImGui::SetCursorPosX(0);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 2);
  append(canvas_view(CanvasInput{document, index, session.geometry(), session.layout_busy()}, view));
  ImGui::End();

  place("##status", ImVec2(0, io.DisplaySize.y - status_height), ImVec2(io.DisplaySize.x, status_height),
        ImGuiWindowFlags_NoScrollbar);
  status_bar_view(document, session.counts(), session.title(), view);
  ImGui::End();

  append(keyboard_shortcuts(document, index, view));
  for (const Intent& intent : intents) handle(intent);
}

void AppShell::draw_questions() {
  ViewState& view = session_->view;
  const Document& document = session_->document();
  const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();

  if (view.delete_question && !ImGui::IsPopupOpen("###delete")) ImGui::OpenPopup(("" + std::string(tr("question.delete_title")) + "###delete").c_str());
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal((std::string(tr("question.delete_title")) + "###delete").c_str(), nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize)) {
    Id id = view.delete_question ? view.delete_question->id : kNoId;
    bool has_children = false;
    std::string what;
    if (const Sasaran* sasaran = document.find_sasaran(id)) {
      has_children = !session_->index().child_sasaran(id).empty();
      what = sasaran->code.empty() ? sasaran->statement : sasaran->code;
    } else if (const Unit* unit = document.find_unit(id)) {
      has_children = !session_->index().child_units(id).empty();
      what = unit->name;
    } else if (const Indikator* indikator = document.find_indikator(id)) {
      what = indikator->name;
    }
    ImGui::TextUnformatted(format(tr("question.delete_text"), {what}).c_str());
    ImGui::Spacing();
    auto finish = [&](std::optional<commands::ChildPolicy> policy) {
      if (policy) handle(DeleteNode{id, *policy});
      view.delete_question.reset();
      ImGui::CloseCurrentPopup();
    };
    if (has_children) {
      if (ImGui::Button(tr("question.delete_lift"))) finish(commands::ChildPolicy::LiftChildren);
      ImGui::SameLine();
      if (ImGui::Button(tr("question.delete_subtree"))) finish(commands::ChildPolicy::DeleteSubtree);
    } else if (ImGui::Button(tr("action.delete"))) {
      finish(commands::ChildPolicy::LiftChildren);
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("dialog.cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) finish({});
    if (!view.delete_question) {}
    ImGui::EndPopup();
  }

  const std::string close_title = std::string(tr("question.unsaved_title")) + "###unsaved";
  if (ask_close_ && !ImGui::IsPopupOpen(close_title.c_str())) ImGui::OpenPopup(close_title.c_str());
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(close_title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(format(tr("question.unsaved_text"), {session_->title()}).c_str());
    ImGui::Spacing();
    if (ImGui::Button(tr("question.save"))) {
      ask_close_ = false;
      closing_after_save_ = true;
      ImGui::CloseCurrentPopup();
      save(false);
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("question.discard"))) {
      ask_close_ = false;
      quit_ = true;
      std::error_code error;
      std::filesystem::remove(recovery_path(), error);
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("dialog.cancel"))) {
      ask_close_ = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  const std::string error_title = std::string(tr("question.error_title")) + "###file_error";
  if (file_error_ && !ImGui::IsPopupOpen(error_title.c_str())) ImGui::OpenPopup(error_title.c_str());
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(error_title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextUnformatted(file_error_ ? file_error_->in(current_language()).c_str() : "");
    ImGui::PopTextWrapPos();
    if (ImGui::Button("OK")) {
      file_error_.reset();
      closing_after_save_ = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  const std::string recovery_title = std::string(tr("question.recovery_title")) + "###recovery";
  if (recovery_offer_ && !ImGui::IsPopupOpen(recovery_title.c_str())) ImGui::OpenPopup(recovery_title.c_str());
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(recovery_title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextUnformatted(tr("question.recovery_text"));
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr("question.recovery_open"))) {
      std::filesystem::path recovery = *recovery_offer_;
      recovery_offer_.reset();
      ImGui::CloseCurrentPopup();
      try {
        // Opened as an untitled copy: Save asks where, so the original stays untouched until the planner decides.
        Document recovered;
        store::DocumentFile::open(recovery, recovered);
        replace_session(std::make_unique<Session>(std::move(recovered)));
      } catch (const UserError& error) {
        show_file_error(error.message());
      }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("question.recovery_ignore"))) {
      recovery_offer_.reset();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

void AppShell::draw_new_document_dialog() {
  const std::string title = std::string(tr("new.title")) + "###new_document";
  if (new_dialog_ && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
  ImGui::InputText(tr("field.instansi"), &new_info_.instansi);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
  ImGui::InputText(tr("field.pemda"), &new_info_.pemda);
  int period[2] = {new_info_.period_start, new_info_.period_end};
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  if (ImGui::InputInt2(tr("field.period"), period)) {
    new_info_.period_start = period[0];
    new_info_.period_end = period[1];
  }
  bool valid = !new_info_.instansi.empty() && new_info_.period_end >= new_info_.period_start &&
               new_info_.period_start > 1900 && new_info_.period_years() <= kMaxPeriodYears;
  ImGui::BeginDisabled(!valid);
  if (ImGui::Button(tr("new.create"))) {
    Document document;
    try {
      apply_forward(document, commands::set_info(document, new_info_).changes);
      Unit head;
      head.kind = UnitKind::Head;
      head.name = tr("new.head_unit");
      apply_forward(document, commands::add_unit(document, head).changes);
      replace_session(std::make_unique<Session>(std::move(document)));
    } catch (const UserError& error) {
      show_file_error(error.message());
    }
    new_dialog_ = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(tr("dialog.cancel"))) {
    new_dialog_ = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void AppShell::draw_meeting() {
  Session& session = *session_;
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  place("##meeting", ImVec2(0, 0), io.DisplaySize, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  Intents intents = meeting_view(
      MeetingInput{session.document(), session.index(), session.geometry(), session.layout_busy()}, session.view);
  ImGui::End();
  if (ImGui::IsKeyPressed(GLFW_KEY_F11)) intents.push_back(RequestAction{AppAction::ToggleMeeting});
  for (const Intent& intent : intents) handle(intent);
}

void AppShell::start_import(const std::filesystem::path& path) {
  if (import_job_.valid()) return;
  import::ImportOptions options;
  options.period_start = session_->document().info.period_start;
  options.period_end = session_->document().info.period_end;
  import_source_ = store::utf8_path(path.filename());
  import_job_ = std::async(std::launch::async, [path, options] { return import::import_file(path, options); });
}

void AppShell::draw_import() {
  const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
  const std::string progress_title = std::string(tr("import.progress_title")) + "###import_progress";
  if (import_job_.valid()) {
    if (!ImGui::IsPopupOpen(progress_title.c_str())) ImGui::OpenPopup(progress_title.c_str());
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal(progress_title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
      ImGui::TextUnformatted(format(tr("import.reading"), {import_source_}).c_str());
      // The importer gives no fraction: an indeterminate bar that keeps moving shows the app is alive.
      float phase = static_cast<float>(std::fmod(ImGui::GetTime(), 1.5) / 1.5);
      ImGui::ProgressBar(phase, ImVec2(ImGui::GetFontSize() * 22, 0), "");
      if (import_job_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        ImGui::CloseCurrentPopup();
        try {
          std::vector<import::ImportResult> results;
          results.push_back(import_job_.get());
          Document imported = results.front().document;
          import::apply_imports(session_->editor, results);
          import_report_ = import::render_report(imported, results.front().report, current_language());
          session_->view.canvas.open_pending = true;  // an imported tree opens readable, as a document does
        } catch (const UserError& error) {
          show_file_error(error.message());
        }
      }
      ImGui::EndPopup();
    }
  }
  const std::string report_title = std::string(tr("import.report_title")) + "###import_report";
  if (import_report_ && !ImGui::IsPopupOpen(report_title.c_str())) ImGui::OpenPopup(report_title.c_str());
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 46, ImGui::GetFontSize() * 30), ImGuiCond_Appearing);
  if (ImGui::BeginPopupModal(report_title.c_str(), nullptr)) {
    ImGui::TextWrapped("%s", tr("import.report_intro"));
    ImGui::BeginChild("report", ImVec2(0, -ImGui::GetFrameHeightWithSpacing()), true,
                      ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::TextUnformatted(import_report_ ? import_report_->c_str() : "");
    ImGui::EndChild();
    if (ImGui::Button(tr("import.copy"))) ImGui::SetClipboardText(import_report_ ? import_report_->c_str() : "");
    ImGui::SameLine();
    if (ImGui::Button(tr("import.review"))) {
      session_->view.left_tab = LeftTab::Checks;
      session_->view.left_tab_switch = true;
      import_report_.reset();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("OK")) {
      import_report_.reset();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

void AppShell::start_export(ExportRequest request, const std::filesystem::path& path) {
  if (export_job_.valid()) return;
  request.output = path;
  request.view = session_->view.layout;
  Id branch = export_dialog_.selected_branch_only ? session_->view.selected : kNoId;
  if (const Indikator* indikator = session_->document().find_indikator(branch)) branch = indikator->sasaran;
  request.view.branch = branch;
  // What the canvas shows is what is exported, legend included: the band legend when coloured by achievement,
  // the badge entry when findings are on the boxes.
  if (session_->view.achievement_year != 0) {
    request.colour = BoxColour::Achievement;
    request.capaian_year = session_->view.achievement_year;
  }
  request.badges = session_->view.finding_badges;
  request.language = current_language();
  export_target_ = store::utf8_path(path);
  std::shared_ptr<const Document> document = session_->snapshot();
  std::shared_ptr<LayoutService> layout = session_->layout_service();  // Graphviz stays on its thread
  export_job_ = std::async(std::launch::async,
                           [document, request, layout] { return export_document(*document, request, *layout); });
}

void AppShell::draw_export() {
  if (auto request = export_dialog_view(export_dialog_, session_->geometry(), session_->view.selected)) {
    pending_export_ = *request;
    choose_file(true, "export", export_extension(request->format));
  }
  if (!export_job_.valid()) return;
  const std::string title = std::string(tr("export.title")) + "###export_progress";
  if (!ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(tr("export.working"));
    ImGui::ProgressBar(static_cast<float>(std::fmod(ImGui::GetTime(), 1.5) / 1.5), ImVec2(ImGui::GetFontSize() * 22, 0), "");
    if (export_job_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
      ImGui::CloseCurrentPopup();
      try {
        export_job_.get();
        Bilingual done = tr_both("export.done");
        done.id = format(done.id, {export_target_});
        done.en = format(done.en, {export_target_});
        show_message(session_->view, done, false);
      } catch (const UserError& error) {
        show_file_error(error.message());
      }
    }
    ImGui::EndPopup();
  }
}

void AppShell::frame() {
  session_->pump_layout();
  if (session_->view.meeting)
    draw_meeting();
  else
    draw_panels();
  draw_questions();
  draw_new_document_dialog();
  draw_import();
  draw_export();
  if (auto chosen = file_browser_view(browser_)) file_chosen(browser_.purpose, *chosen);
  if (ImGui::GetTime() - last_autosave_time_ > kAutosaveSeconds) {
    last_autosave_time_ = ImGui::GetTime();
    autosave();
  }
}

}  // namespace pokin::ui
