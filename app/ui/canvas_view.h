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
  // The view `geometry` was laid out for (Session::geometry_view()); null: taken to be the current one. A fit
  // asked for waits until the geometry of the view asked for is on screen, never fits the step before.
  const LayoutView* laid_out = nullptr;
};

// Whether `geometry` laid out for `laid_out` (null: unknown, taken as current) is the layout of `wanted`.
bool geometry_is_current(const LayoutView* laid_out, const LayoutView& wanted);

Intents canvas_view(const CanvasInput& input, ViewState& view);

// Drag-to-reparent: may `source` be put under `target`? (Not itself, not one of its own descendants.)
bool can_drop_on(const Document& document, const TreeIndex& index, Id source, Id target);

}  // namespace pokin::ui
