#include "app/ui/pagu_grid_view.h"

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

Intents pagu_grid_view(const DocumentInfo& info, const Sasaran& sasaran) {
  Intents intents;
  if (info.period_years() == 0) {
    ImGui::TextDisabled("%s", tr("inspector.no_period"));
    return intents;
  }
  ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("pagu_grid", 3, flags)) return intents;
  ImGui::TableSetupColumn(tr("inspector.year"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3.2f);
  ImGui::TableSetupColumn(tr("inspector.pagu"), ImGuiTableColumnFlags_WidthStretch, 1);
  ImGui::TableSetupColumn(tr("inspector.realisasi_pagu"), ImGuiTableColumnFlags_WidthStretch, 1);
  ImGui::TableHeadersRow();
  for (int year = info.period_start; year <= info.period_end; ++year) {
    ImGui::PushID(year);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%d", year);
    for (bool realisasi : {false, true}) {
      ImGui::TableNextColumn();
      std::string text = value_text(realisasi ? sasaran.realisasi_pagu : sasaran.pagu, year);
      ImGui::SetNextItemWidth(-1);
      if (ImGui::InputText(realisasi ? "##realisasi_pagu" : "##pagu", &text))
        intents.push_back(SetPaguValue{sasaran.id, year, realisasi, text});
    }
    ImGui::PopID();
  }
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(tr("inspector.end_of_period"));
  ImGui::TableNextColumn();
  Sasaran edited = sasaran;
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputText("##pagu_akhir", &edited.pagu_akhir.text))
    intents.push_back(EditSasaran{edited, "sasaran:" + std::to_string(sasaran.id) + ":pagu_akhir"});
  ImGui::EndTable();
  return intents;
}

}  // namespace pokin::ui
