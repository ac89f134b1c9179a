#include "app/ui/pagu_grid_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/ui/strings.h"
#include "app/ui/year_value_grid.h"

namespace pokin::ui {

Intents pagu_grid_view(const DocumentInfo& info, const Sasaran& sasaran) {
  Intents intents;
  auto pagu_akhir_row = [&] {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr("inspector.end_of_period"));
    ImGui::TableNextColumn();
    Sasaran edited = sasaran;
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputText("##pagu_akhir", &edited.pagu_akhir.text))
      intents.push_back(EditSasaran{edited, "sasaran:" + std::to_string(sasaran.id) + ":pagu_akhir"});
  };
  year_value_grid("pagu_grid", info, {tr("inspector.pagu"), "##pagu", sasaran.pagu},
                  {tr("inspector.realisasi_pagu"), "##realisasi_pagu", sasaran.realisasi_pagu},
                  [&](int year, bool realisasi, const std::string& text) {
                    intents.push_back(SetPaguValue{sasaran.id, year, realisasi, text});
                  },
                  pagu_akhir_row);
  return intents;
}

}  // namespace pokin::ui
