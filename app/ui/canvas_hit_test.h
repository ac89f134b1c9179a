#pragma once
// Which box of a geometry lies under a layout point, and whether the point is on its collapse toggle.
#include "app/ui/camera.h"
#include "core/layout/geometry.h"
#include "core/model/tree_index.h"
#include "core/view/layout_view.h"

namespace pokin::ui {

struct CanvasHit {
  const Box* box = nullptr;
  bool on_toggle = false;
};

// Whether a box gets a collapse/expand toggle (it has something below it, or it is collapsed).
bool has_toggle(const Box& box, const TreeIndex& index, bool collapsed);
// Centre of the toggle in layout points: under the box (top-down, compact) or right of it (left-right).
Point toggle_centre(const Box& box, bool left_right);
// The toggle's radius in screen pixels.
inline constexpr double kToggleRadius = 7;

// Boxes drawn later lie on top, so the last hit wins. `zoom` converts the toggle radius to layout points.
CanvasHit hit_test(const Geometry& geometry, const TreeIndex& index, const LayoutView& view, Point world,
                   double zoom);

}  // namespace pokin::ui
