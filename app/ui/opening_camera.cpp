#include "app/ui/opening_camera.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

namespace pokin::ui {
namespace {

constexpr double kMargin = 24;  // pixels, as Camera::fit

// The size of the statement text of the boxes (the layout uses one size for all of them).
double statement_size(const Geometry& geometry) {
  for (const Box& box : geometry.boxes)
    for (const TextLine& line : box.lines)
      if (line.style == TextStyle::Statement || line.style == TextStyle::Heading) return line.size;
  return 10;
}

// The boxes at the top of the tree: the lowest level drawn (level 0, the Sasaran Strategis, when shown), in
// layout order.
std::vector<const Box*> top_boxes(const Geometry& geometry) {
  int top_level = std::numeric_limits<int>::max();
  for (const Box& box : geometry.boxes)
    if (box.kind != BoxKind::CollapsedStub) top_level = std::min(top_level, box.level);
  std::vector<const Box*> top;
  for (const Box& box : geometry.boxes)
    if (box.kind != BoxKind::CollapsedStub && box.level == top_level) top.push_back(&box);
  return top;
}

Rect bounds_of(const std::vector<const Box*>& boxes) {
  double left = std::numeric_limits<double>::max(), top = left;
  double right = std::numeric_limits<double>::lowest(), bottom = right;
  for (const Box* box : boxes) {
    left = std::min(left, box->rect.x);
    top = std::min(top, box->rect.y);
    right = std::max(right, box->rect.right());
    bottom = std::max(bottom, box->rect.bottom());
  }
  return {left, top, right - left, bottom - top};
}

}  // namespace

Camera opening_camera(const Geometry& geometry, double canvas_width, double canvas_height) {
  Camera camera;
  camera.fit(geometry.bounds, canvas_width, canvas_height);
  const double readable_zoom = kReadableStatementPixels / statement_size(geometry);
  if (geometry.boxes.empty() || camera.zoom >= readable_zoom) return camera;

  camera.zoom = std::clamp(readable_zoom, Camera::kMinZoom, Camera::kMaxZoom);
  const std::vector<const Box*> top = top_boxes(geometry);
  const Rect roots = bounds_of(top);
  // The first top box (leftmost or uppermost) where the row or column does not fit in the canvas.
  const Rect first = bounds_of({*std::min_element(top.begin(), top.end(), [](const Box* a, const Box* b) {
    return std::tie(a->rect.x, a->rect.y) < std::tie(b->rect.x, b->rect.y);
  })});
  const Rect shown = roots.width * camera.zoom <= canvas_width - 2 * kMargin &&
                             roots.height * camera.zoom <= canvas_height - 2 * kMargin
                         ? roots
                         : first;
  const double left_edge = geometry.bounds.x - kMargin / camera.zoom;
  const double top_edge = geometry.bounds.y - kMargin / camera.zoom;
  if (roots.width >= roots.height) {
    // A row at the top (tree and compact styles): centred across at the top, not scrolled past the tree's left
    // edge (a first Sasaran Strategis with few supporters then sits left of centre).
    camera.origin_x = std::max(left_edge, shown.x + shown.width / 2 - canvas_width / 2 / camera.zoom);
    camera.origin_y = roots.y - kMargin / camera.zoom;
  } else {
    // A column at the left (left-to-right style): the same, turned.
    camera.origin_x = roots.x - kMargin / camera.zoom;
    camera.origin_y = std::max(top_edge, shown.y + shown.height / 2 - canvas_height / 2 / camera.zoom);
  }
  return camera;
}

}  // namespace pokin::ui
