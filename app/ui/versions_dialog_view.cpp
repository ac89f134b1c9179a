#include "app/ui/versions_dialog_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/ui/strings.h"

namespace pokin::ui {

void open_save_version_dialog(VersionDialogsState& state, const std::string& nomor_sk) {
  state.save_open = true;
  state.name.clear();
  state.nomor_sk = nomor_sk;
  state.date.clear();
  state.save_error.reset();
}

std::optional<SaveVersionRequest> save_version_dialog_view(VersionDialogsState& state) {
  std::optional<SaveVersionRequest> request;
  const std::string title = std::string(tr("version.save_title")) + "###save_version";
  if (state.save_open && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return request;
  if (!state.save_open) {  // closed by the shell after a successful save
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return request;
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
  ImGui::InputText(tr("version.name"), &state.name);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
  ImGui::InputText(tr("version.nomor_sk"), &state.nomor_sk);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  ImGui::InputTextWithHint(tr("version.date"), "2023-06-30", &state.date);
  if (state.save_error) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.15f, 1), "%s", state.save_error->in(current_language()).c_str());
    ImGui::PopTextWrapPos();
  }
  // The store checks the name again and explains (empty, used already); this keeps an obvious mistake from a click.
  ImGui::BeginDisabled(state.name.find_first_not_of(" \t") == std::string::npos);
  if (ImGui::Button(tr("version.save"))) request = SaveVersionRequest{state.name, state.nomor_sk, state.date};
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(tr("dialog.cancel"))) {
    state.save_open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  return request;
}

std::optional<VersionChoice> versions_dialog_view(VersionDialogsState& state) {
  std::optional<VersionChoice> chosen;
  const std::string title = std::string(tr("version.list_title")) + "###versions";
  if (state.list_open && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return chosen;
  if (state.list_error)
    ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.15f, 1), "%s", state.list_error->in(current_language()).c_str());
  else if (state.versions.empty())
    ImGui::TextUnformatted(tr("version.none"));
  for (const store::VersionInfo& version : state.versions) {
    // One button per version with a fixed id ("###open<id>"), directly in the dialog: a test finds it by label.
    std::string open = std::string(tr("version.open")) + "###open" + std::to_string(version.id);
    if (ImGui::Button(open.c_str())) chosen = VersionChoice{version.name, false};
    ImGui::SameLine();
    std::string compare = std::string(tr("version.compare")) + "###compare" + std::to_string(version.id);
    if (ImGui::Button(compare.c_str())) chosen = VersionChoice{version.name, true};
    ImGui::SameLine();
    std::string line = version.saved_at + "  " + version.name;
    if (!version.nomor_sk.empty()) line += "  (SK " + version.nomor_sk + ")";
    ImGui::TextUnformatted(line.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s", format(tr("version.counts"), {std::to_string(version.sasaran_count),
                                                            std::to_string(version.indikator_count)}).c_str());
  }
  if (ImGui::Button(tr("dialog.close")) || chosen) {
    state.list_open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  return chosen;
}

bool changes_document(const Intent& intent) {
  if (std::holds_alternative<SelectNode>(intent) || std::holds_alternative<ToggleCollapse>(intent) ||
      std::holds_alternative<OpenFile>(intent))
    return false;
  if (const auto* request = std::get_if<RequestAction>(&intent))
    return request->action == AppAction::Import || request->action == AppAction::DeleteSelected ||
           request->action == AppAction::UpdateFromOpd;
  return true;
}

}  // namespace pokin::ui
