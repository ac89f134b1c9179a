#include "app/ui/target_grid_view.h"

#include "app/ui/strings.h"
#include "app/ui/year_value_grid.h"

namespace pokin::ui {

Intents target_grid_view(const DocumentInfo& info, const Indikator& indikator) {
  Intents intents;
  year_value_grid("target_grid", info, {tr("inspector.target"), "##target", indikator.target},
                  {tr("inspector.realisasi"), "##realisasi", indikator.realisasi},
                  [&](int year, bool realisasi, const std::string& text) {
                    intents.push_back(SetYearValue{indikator.id, year, realisasi, text});
                  });
  return intents;
}

}  // namespace pokin::ui
