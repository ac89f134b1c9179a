#pragma once
// The canvas: draws the laid-out tree inside the current ImGui window's remaining space and turns mouse and
// wheel input into camera moves (view state) and intents (select, collapse, reparent by drag and drop).
#include "app/ui/intents.h"
#include "app/ui/view_state.h"
#include "core/layout/geometry.h"
#include "core/model/tree_index.h"

namespace pokin::ui {

struct CanvasInput {
  const Document& document;
  const TreeIndex& index;
  const Geometry* geometry = nullptr;  // null until the first layout arrives
  bool busy = false;                   // a layout is running (the previous geometry stays on screen)
};

Intents canvas_view(const CanvasInput& input, ViewState& view);

// Drag-to-reparent: may `source` be put under `target`? (Not itself, not one of its own descendants.)
bool can_drop_on(const Document& document, const TreeIndex& index, Id source, Id target);

}  // namespace pokin::ui
