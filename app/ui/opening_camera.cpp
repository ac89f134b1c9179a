#include "app/ui/opening_camera.h"

#include <algorithm>
#include <limits>

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

// The boxes at the top of the tree: the lowest level drawn (level 0, the Sasaran Strategis, when shown).
Rect roots_bounds(const Geometry& geometry) {
  int top_level = std::numeric_limits<int>::max();
  for (const Box& box : geometry.boxes)
    if (box.kind != BoxKind::CollapsedStub) top_level = std::min(top_level, box.level);
  double left = std::numeric_limits<double>::max(), top = left;
  double right = std::numeric_limits<double>::lowest(), bottom = right;
  for (const Box& box : geometry.boxes) {
    if (box.kind == BoxKind::CollapsedStub || box.level != top_level) continue;
    left = std::min(left, box.rect.x);
    top = std::min(top, box.rect.y);
    right = std::max(right, box.rect.right());
    bottom = std::max(bottom, box.rect.bottom());
  }
  if (left > right) return geometry.bounds;
  return {left, top, right - left, bottom - top};
}

}  // namespace

Camera opening_camera(const Geometry& geometry, double canvas_width, double canvas_height) {
  Camera camera;
  camera.fit(geometry.bounds, canvas_width, canvas_height);
  const double readable_zoom = kReadableStatementPixels / statement_size(geometry);
  if (geometry.boxes.empty() || camera.zoom >= readable_zoom) return camera;

  camera.zoom = std::clamp(readable_zoom, Camera::kMinZoom, Camera::kMaxZoom);
  const Rect roots = roots_bounds(geometry);
  const double usable_width = canvas_width - 2 * kMargin, usable_height = canvas_height - 2 * kMargin;
  if (roots.width >= roots.height) {
    // A row at the top (tree and compact styles): centred across, at the top; when the row is wider than the
    // canvas, the tree from its left edge, so the first Sasaran Strategis and its first supporters show whole.
    camera.origin_x = roots.width * camera.zoom <= usable_width
                          ? roots.x + roots.width / 2 - canvas_width / 2 / camera.zoom
                          : geometry.bounds.x - kMargin / camera.zoom;
    camera.origin_y = roots.y - kMargin / camera.zoom;
  } else {
    // A column at the left (left-to-right style): at the left, centred down when it fits, else the tree from
    // its top edge.
    camera.origin_x = roots.x - kMargin / camera.zoom;
    camera.origin_y = roots.height * camera.zoom <= usable_height
                          ? roots.y + roots.height / 2 - canvas_height / 2 / camera.zoom
                          : geometry.bounds.y - kMargin / camera.zoom;
  }
  return camera;
}

}  // namespace pokin::ui
