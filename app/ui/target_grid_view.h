#pragma once
// The grid of target and realisasi per year of the period for one indicator: a row per year, typed text as
// the planner writes it ("≥ 80%", "5.200", "WTP"), read as a number by core.
#include "app/ui/intents.h"

namespace pokin::ui {

Intents target_grid_view(const DocumentInfo& info, const Indikator& indikator);

}  // namespace pokin::ui
