#pragma once
// The inspector: every field of the selected unit, sasaran or indicator (or the document's own data when nothing
// is selected), the target/realisasi grid, and the structural actions (add child, add indicator, delete, move,
// accept a suggested link, review the next one).
#include "app/ui/intents.h"
#include "app/ui/view_state.h"
#include "core/model/tree_index.h"

namespace pokin::ui {

// `suggestions_waiting`: how many suggested cascade links wait for review (DocumentCounts, cached per revision).
Intents inspector_view(const Document& document, const TreeIndex& index, ViewState& view,
                       std::size_t suggestions_waiting = 0);

// The next sasaran (after `after`, wrapping) whose link to its parent was suggested and waits for review.
Id next_suggested_link(const Document& document, Id after);

}  // namespace pokin::ui
