#include "app/ui/canvas_hit_test.h"

#include <cmath>

#include "app/ui/canvas_detail.h"

namespace pokin::ui {

bool has_toggle(const Box& box, const TreeIndex& index, bool collapsed) {
  if (box.kind == BoxKind::CollapsedStub) return false;
  if (collapsed) return true;
  if (box.kind == BoxKind::Sasaran) return !index.child_sasaran(box.id).empty();
  return !index.child_units(box.id).empty();
}

Point toggle_centre(const Box& box, bool left_right) {
  if (left_right) return {box.rect.right(), box.rect.y + box.rect.height / 2};
  return {box.rect.x + box.rect.width / 2, box.rect.bottom()};
}

CanvasHit hit_test(const Geometry& geometry, const TreeIndex& index, const LayoutView& view, Point world,
                   double zoom) {
  const double radius = kToggleRadius / zoom;
  const bool left_right = view.style == LayoutStyle::LeftRight;
  for (auto it = geometry.boxes.rbegin(); it != geometry.boxes.rend(); ++it) {
    const Box& box = *it;
    if (toggle_shown(box, zoom) && has_toggle(box, index, view.collapsed.count(box.id) > 0)) {
      Point centre = toggle_centre(box, left_right);
      if (std::hypot(world.x - centre.x, world.y - centre.y) <= radius) return {&box, true};
    }
    if (box.rect.contains(world)) return {&box, false};
  }
  return {};
}

}  // namespace pokin::ui
