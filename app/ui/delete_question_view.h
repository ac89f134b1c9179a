#pragma once
// The question before a unit, sasaran or indikator is deleted (view.delete_question). A sasaran with supporting
// sasaran: lift them to its parent or delete the whole branch. A unit: its sub-units move up or go too, and the
// sasaran it owns (with its sub-units' when they go) move to another unit, by default the parent unit, or are
// deleted with their indikator. The answer is a DeleteNode intent; Cancel (or Esc) returns nothing. Either way
// the question closes.
#include <vector>

#include "app/ui/intents.h"
#include "app/ui/view_state.h"
#include "core/model/tree_index.h"

namespace pokin::ui {

Intents delete_question_view(const Document& document, const TreeIndex& index, ViewState& view);

// The units that can take over the sasaran of `question.id` when it is deleted with `question.children`: every
// unit that stays, the parent unit first.
std::vector<Id> units_receiving_sasaran(const Document& document, const TreeIndex& index,
                                        const DeleteQuestion& question);

}  // namespace pokin::ui
