#include "app/ui/target_grid_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/ui/strings.h"

namespace pokin::ui {
namespace {

std::string value_text(const std::map<int, Value>& values, int year) {
  auto it = values.find(year);
  return it == values.end() ? std::string() : it->second.text;
}

}  // namespace

Intents target_grid_view(const DocumentInfo& info, const Indikator& indikator) {
  Intents intents;
  if (info.period_years() == 0) {
    ImGui::TextDisabled("%s", tr("inspector.no_period"));
    return intents;
  }
  ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("target_grid", 3, flags)) return intents;
  ImGui::TableSetupColumn(tr("inspector.year"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3.2f);
  ImGui::TableSetupColumn(tr("inspector.target"));
  ImGui::TableSetupColumn(tr("inspector.realisasi"));
  ImGui::TableHeadersRow();
  for (int year = info.period_start; year <= info.period_end; ++year) {
    ImGui::PushID(year);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%d", year);
    for (bool realisasi : {false, true}) {
      ImGui::TableNextColumn();
      std::string text = value_text(realisasi ? indikator.realisasi : indikator.target, year);
      ImGui::SetNextItemWidth(-1);
      if (ImGui::InputText(realisasi ? "##realisasi" : "##target", &text))
        intents.push_back(SetYearValue{indikator.id, year, realisasi, text});
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
  return intents;
}

}  // namespace pokin::ui
