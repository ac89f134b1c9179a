#pragma once
// Global keys: Ctrl+S/N/O/F/Q, Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z, Delete, F2, Home (fit), and the arrows that move the
// selection to the parent (Up), first child (Down) and siblings (Left/Right). Keys that edit text are left to a
// focused text field.
#include "app/ui/intents.h"
#include "app/ui/view_state.h"
#include "core/model/tree_index.h"

namespace pokin::ui {

Intents keyboard_shortcuts(const Document& document, const TreeIndex& index, const ViewState& view);

// Where an arrow key moves the selection; kNoId when there is nowhere to go.
enum class Direction { Up, Down, Previous, Next };
Id neighbour(const Document& document, const TreeIndex& index, Id from, Direction direction);

}  // namespace pokin::ui
