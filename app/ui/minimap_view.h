#pragma once
// The minimap in the canvas's bottom-right corner: the whole geometry small, the visible part as a frame;
// a click or drag in it moves the camera there.
#include "app/ui/view_state.h"
#include "core/layout/geometry.h"

struct ImDrawList;

namespace pokin::ui {

// Returns true when the mouse is over the minimap (the canvas then ignores the mouse).
bool minimap_view(ImDrawList* draw_list, const Geometry& geometry, CanvasState& canvas, Theme theme,
                  float canvas_min_x, float canvas_min_y, float canvas_width, float canvas_height);

}  // namespace pokin::ui
