#pragma once
// Search (Ctrl+F): a query box and the result list. Up/Down move through the results, Enter jumps to one
// (selects, centres and highlights its alignment path), a click does the same.
#include "app/ui/intents.h"
#include "app/ui/view_state.h"

namespace pokin::ui {

Intents search_view(const Document& document, ViewState& view);

}  // namespace pokin::ui
