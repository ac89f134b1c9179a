#include "app/ui/new_document_dialog_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "app/ui/strings.h"

namespace pokin::ui {

void open_new_document_dialog(NewDocumentDialogState& state) {
  state.open = true;
  state.options = commands::NewDocumentOptions{};
  state.options.period_start = 2025;
  state.options.period_end = 2029;
}

std::optional<commands::NewDocumentOptions> new_document_dialog_view(NewDocumentDialogState& state) {
  std::optional<commands::NewDocumentOptions> created;
  const std::string title = std::string(tr("new.title")) + "###new_document";
  if (state.open && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return created;
  commands::NewDocumentOptions& options = state.options;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
  ImGui::InputText(tr("field.instansi"), &options.instansi);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
  ImGui::InputText(tr("field.pemda"), &options.pemda);
  int period[2] = {options.period_start, options.period_end};
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  if (ImGui::InputInt2(tr("field.period"), period)) {
    options.period_start = period[0];
    options.period_end = period[1];
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
  ImGui::InputText(tr("new.head_unit"), &options.head_unit);
  // commands::new_document checks the same again and explains; this only keeps an obvious mistake from a click.
  const bool valid = !options.instansi.empty() && !options.head_unit.empty() &&
                     options.period_end >= options.period_start && options.period_start > 1900 &&
                     options.period_end - options.period_start < kMaxPeriodYears;
  ImGui::BeginDisabled(!valid);
  if (ImGui::Button(tr("new.create"))) {
    created = options;
    state.open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(tr("dialog.cancel"))) {
    state.open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  return created;
}

}  // namespace pokin::ui
