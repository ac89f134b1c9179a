#include "core/layout/normalise_geometry.h"

#include <algorithm>

#include "core/layout/box_content.h"
#include "core/layout/tree_placement.h"

namespace pokin {

void normalise_geometry(Geometry& geometry) {
  if (geometry.boxes.empty()) {
    geometry.bounds = {0, 0, 2 * Spacing::kMargin, 2 * Spacing::kMargin};
    return;
  }
  double left = 1e300, top = 1e300, right = -1e300, bottom = -1e300;
  auto take = [&](Point p) {
    left = std::min(left, p.x);
    top = std::min(top, p.y);
    right = std::max(right, p.x);
    bottom = std::max(bottom, p.y);
  };
  for (const Box& box : geometry.boxes) {
    take({box.rect.x, box.rect.y});
    take({box.rect.right(), box.rect.bottom()});
  }
  for (const Edge& edge : geometry.edges) {
    for (Point p : edge.curve) take(p);
    for (Point p : edge.arrowhead) take(p);
  }
  double dx = Spacing::kMargin - left, dy = Spacing::kMargin - top;
  for (Box& box : geometry.boxes) move_box(box, box.rect.x + dx, box.rect.y + dy);
  for (Edge& edge : geometry.edges) {
    for (Point& p : edge.curve) p = {p.x + dx, p.y + dy};
    for (Point& p : edge.arrowhead) p = {p.x + dx, p.y + dy};
  }
  geometry.bounds = {0, 0, right - left + 2 * Spacing::kMargin, bottom - top + 2 * Spacing::kMargin};
}

}  // namespace pokin
