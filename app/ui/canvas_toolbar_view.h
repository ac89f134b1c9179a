#pragma once
// The row above the canvas: fit, zoom, show to level N, box fields, sasaran/unit view, tree/left-right/compact,
// crosscutting links. Changes the layout view in the view state (the layout follows on its thread).
#include "app/ui/intents.h"
#include "app/ui/view_state.h"
#include "core/model/document.h"

namespace pokin::ui {

Intents canvas_toolbar_view(const Document& document, ViewState& view);

}  // namespace pokin::ui
