#include "app/ui/menu_bar_view.h"

#include <imgui.h>

#include "app/ui/strings.h"
#include "core/model/pemda_structure.h"

namespace pokin::ui {
namespace {

void item(Intents& intents, const char* key, const char* shortcut, AppAction action, bool enabled = true) {
  if (ImGui::MenuItem(tr(key), shortcut, false, enabled)) intents.push_back(RequestAction{action});
}

}  // namespace

Intents menu_bar_view(const Editor& editor, ViewState& view, const std::vector<std::string>& recent_files) {
  Intents intents;
  if (!ImGui::BeginMainMenuBar()) return intents;
  if (ImGui::BeginMenu(tr("menu.file"))) {
    item(intents, "menu.new", "Ctrl+N", AppAction::New);
    item(intents, "menu.open", "Ctrl+O", AppAction::Open);
    if (ImGui::BeginMenu(tr("menu.open_recent"), !recent_files.empty())) {
      for (const std::string& path : recent_files)
        if (ImGui::MenuItem(path.c_str())) intents.push_back(OpenFile{path});
      ImGui::EndMenu();
    }
    ImGui::Separator();
    item(intents, "menu.save", "Ctrl+S", AppAction::Save);
    item(intents, "menu.save_as", "Ctrl+Shift+S", AppAction::SaveAs);
    item(intents, "menu.save_version", nullptr, AppAction::SaveVersion);
    item(intents, "menu.versions", nullptr, AppAction::Versions);
    ImGui::Separator();
    item(intents, "menu.import", nullptr, AppAction::Import);
    item(intents, "menu.export", nullptr, AppAction::Export);
    item(intents, "menu.export_form", nullptr, AppAction::ExportForm);
    ImGui::Separator();
    item(intents, "menu.compare", nullptr, AppAction::Compare);
    ImGui::Separator();
    item(intents, "menu.merge_opd", nullptr, AppAction::MergeOpd);
    item(intents, "menu.update_from_opd", nullptr, AppAction::UpdateFromOpd, is_pemda_document(editor.document()));
    ImGui::Separator();
    item(intents, "menu.quit", "Ctrl+Q", AppAction::Quit);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr("menu.edit"))) {
    if (ImGui::MenuItem(tr("menu.undo"), "Ctrl+Z", false, editor.can_undo())) intents.push_back(Undo{});
    if (ImGui::MenuItem(tr("menu.redo"), "Ctrl+Y", false, editor.can_redo())) intents.push_back(Redo{});
    ImGui::Separator();
    item(intents, "menu.find", "Ctrl+F", AppAction::Find);
    item(intents, "menu.edit_selected", "F2", AppAction::EditSelected, view.selected != kNoId);
    item(intents, "menu.delete", "Del", AppAction::DeleteSelected, view.selected != kNoId);
    ImGui::Separator();
    if (ImGui::MenuItem(tr("menu.history"))) {
      view.left_tab = LeftTab::History;
      view.left_tab_switch = true;
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr("menu.view"))) {
    item(intents, "menu.fit_all", "Home", AppAction::FitAll);
    item(intents, "menu.zoom_selection", nullptr, AppAction::ZoomToSelection, view.selected != kNoId);
    ImGui::MenuItem(tr("menu.minimap"), nullptr, &view.canvas.minimap);
    ImGui::MenuItem(tr("menu.grid"), nullptr, &view.canvas.grid);
    ImGui::Separator();
    item(intents, "menu.meeting", "F11", AppAction::ToggleMeeting);
    ImGui::Separator();
    if (ImGui::BeginMenu(tr("menu.theme"))) {
      if (ImGui::MenuItem(tr("theme.light"), nullptr, view.theme == Theme::Light)) view.theme = Theme::Light;
      if (ImGui::MenuItem(tr("theme.dark"), nullptr, view.theme == Theme::Dark)) view.theme = Theme::Dark;
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr("menu.language"))) {
      if (ImGui::MenuItem("Bahasa Indonesia", nullptr, current_language() == Language::Indonesian))
        set_language(Language::Indonesian);
      if (ImGui::MenuItem("English", nullptr, current_language() == Language::English))
        set_language(Language::English);
      ImGui::EndMenu();
    }
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
  return intents;
}

}  // namespace pokin::ui
