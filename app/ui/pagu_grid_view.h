#pragma once
// The budget of one sasaran: a row per year of the period with its pagu and realisasi pagu (Rp, typed as the
// planner writes them, "1.250.000.000", read as a number by core) and a last row ("Akhir") with the pagu at the
// end of the period. Beside the target grid of its indicators in the inspector.
#include "app/ui/intents.h"

namespace pokin::ui {

Intents pagu_grid_view(const DocumentInfo& info, const Sasaran& sasaran);

}  // namespace pokin::ui
