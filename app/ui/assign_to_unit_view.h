#pragma once
// The bar above the outline while several sasaran are picked (ctrl-click): how many, "Pindahkan ke unit..." (a
// list of units; choosing one gives them all to it in one undo step) and a button that drops the picks. Program
// and kegiatan rows an import left with the OPD head are handed to their bidang this way.
#include "app/ui/intents.h"
#include "app/ui/view_state.h"

namespace pokin::ui {

// Draws nothing when fewer than one sasaran is picked. Picks that no longer name a sasaran (after an undo) are
// dropped from `view.multi_selected` first.
Intents assign_to_unit_view(const Document& document, ViewState& view);

}  // namespace pokin::ui
