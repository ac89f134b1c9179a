#include "app/ui/assign_to_unit_view.h"

#include <imgui.h>

#include "app/ui/strings.h"

namespace pokin::ui {

Intents assign_to_unit_view(const Document& document, ViewState& view) {
  Intents intents;
  std::erase_if(view.multi_selected, [&](Id id) { return !document.find_sasaran(id); });
  if (view.multi_selected.empty()) return intents;
  ImGui::TextUnformatted(format(tr("outline.picked"), {std::to_string(view.multi_selected.size())}).c_str());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11);
  if (ImGui::BeginCombo("##assign_unit", tr("outline.assign_to_unit"))) {
    for (const auto& [id, unit] : document.units) {
      ImGui::PushID(static_cast<int>(id));
      std::string name = unit.name.empty() ? unit.jabatan : unit.name;
      if (ImGui::Selectable(name.empty() ? tr("outline.unnamed_unit") : name.c_str()))
        intents.push_back(AssignSasaranToUnit{{view.multi_selected.begin(), view.multi_selected.end()}, id});
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("outline.clear_picks"))) view.multi_selected.clear();
  return intents;
}

}  // namespace pokin::ui
