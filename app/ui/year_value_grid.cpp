#include "app/ui/year_value_grid.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/ui/strings.h"

namespace pokin::ui {

void year_value_grid(const char* id, const DocumentInfo& info, const YearColumn& first, const YearColumn& second,
                     const std::function<void(int year, bool second_column, const std::string& text)>& edited,
                     const std::function<void()>& extra_rows) {
  if (info.period_years() == 0) {
    ImGui::TextDisabled("%s", tr("inspector.no_period"));
    return;
  }
  ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable(id, 3, flags)) return;
  ImGui::TableSetupColumn(tr("inspector.year"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3.2f);
  ImGui::TableSetupColumn(first.header, ImGuiTableColumnFlags_WidthStretch, 1);
  ImGui::TableSetupColumn(second.header, ImGuiTableColumnFlags_WidthStretch, 1);
  ImGui::TableHeadersRow();
  for (int year = info.period_start; year <= info.period_end; ++year) {
    ImGui::PushID(year);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%d", year);
    for (const YearColumn* column : {&first, &second}) {
      ImGui::TableNextColumn();
      auto found = column->values.find(year);
      std::string text = found == column->values.end() ? std::string() : found->second.text;
      ImGui::SetNextItemWidth(-1);
      if (ImGui::InputText(column->input_id, &text)) edited(year, column == &second, text);
    }
    ImGui::PopID();
  }
  if (extra_rows) extra_rows();
  ImGui::EndTable();
}

}  // namespace pokin::ui
