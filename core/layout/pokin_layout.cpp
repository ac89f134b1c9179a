#include "core/layout/pokin_layout.h"

#include <algorithm>
#include <cmath>

#include "core/layout/box_content.h"
#include "core/layout/edge_routes.h"
#include "core/layout/fitted_placement.h"
#include "core/layout/normalise_geometry.h"
#include "core/layout/tree_placement.h"
#include "core/layout/view_edges.h"
#include "core/layout/view_tree.h"
#include "core/model/tree_index.h"

namespace pokin {
namespace {

constexpr double kCornerRadius = 6;

Point bottom_centre(const Rect& r) { return {r.x + r.width / 2, r.bottom()}; }
Point top_centre(const Rect& r) { return {r.x + r.width / 2, r.y}; }

// Fitted (fitted_placement.h): a child beside its parent hangs from a vertical bus right of the parent; a child
// in the first row drops from the bus under the parent; a child in a wrapped row is reached along that bus to the
// trunk in the corridor at the block's left, down the trunk, and along its own row's bus.
std::vector<Point> fitted_curve(const Placement& placement, const Rect& p, const Rect& c, int parent, int child) {
  if (placement.beside[child]) {
    Point start{p.right(), p.y + std::min(p.height / 2, 14.0)}, end{c.x, c.y + std::min(c.height / 2, 14.0)};
    double x = placement.bus[child];
    return rounded_polyline({start, {x, start.y}, {x, end.y}, end}, kCornerRadius);
  }
  Point start = bottom_centre(p), end = top_centre(c);
  double first = placement.first_bus[parent], bus = placement.bus[child];
  if (bus == first) return rounded_polyline({start, {start.x, bus}, {end.x, bus}, end}, kCornerRadius);
  double trunk = placement.trunk[parent];
  return rounded_polyline({start, {start.x, first}, {trunk, first}, {trunk, bus}, {end.x, bus}, end}, kCornerRadius);
}

std::vector<Point> cascade_curve(const ViewTree& tree, const Placement& placement, const std::vector<Box>& boxes,
                                 LayoutStyle style, int child) {
  const ViewNode& node = tree.nodes[child];
  const Rect& p = boxes[node.parent].rect;
  const Rect& c = boxes[child].rect;
  if (placement.stacked[child]) {
    // Down the spine under the parent, then across to the near side of the child.
    Point start{p.x + placement.spine[node.parent], p.bottom()};
    double y = c.y + std::min(c.height / 2, 14.0);
    double side = c.x > start.x ? c.x : c.right();
    return rounded_polyline({start, {start.x, y}, {side, y}}, kCornerRadius);
  }
  if (style == LayoutStyle::Fitted) return fitted_curve(placement, p, c, node.parent, child);
  double band = placement.band_start[node.depth];
  if (style == LayoutStyle::LeftRight) {
    Point start{p.right(), p.y + p.height / 2}, end{c.x, c.y + c.height / 2};
    double x = band - Spacing::kRank / 2;
    return rounded_polyline({start, {x, start.y}, {x, end.y}, end}, kCornerRadius);
  }
  Point start = bottom_centre(p), end = top_centre(c);
  double y = band - Spacing::kRank / 2;
  return rounded_polyline({start, {start.x, y}, {end.x, y}, end}, kCornerRadius);
}

}  // namespace

Geometry pokin_layout(const Document& document, const LayoutView& view) {
  TreeIndex index(document);
  ViewTree tree = select_view(document, index, view);
  Geometry geometry;
  geometry.boxes = build_boxes(document, index, view, tree);
  Placement placement = view.style == LayoutStyle::Fitted ? place_fitted(tree, view.fit, geometry.boxes)
                                                          : place_tree(tree, view.style, geometry.boxes);

  std::vector<ViewEdge> edges = view_edges(document, view, tree);
  geometry.edges.reserve(edges.size());
  for (ViewEdge& edge : edges) {
    if (edge.edge.kind == EdgeKind::Crosscutting) {
      edge.edge.curve = link_curve(geometry.boxes[edge.start].rect, geometry.boxes[edge.end].rect,
                                   view.style == LayoutStyle::LeftRight);
      edge.edge.arrowhead = arrowhead_at_end(edge.edge.curve);
    } else {
      edge.edge.curve = cascade_curve(tree, placement, geometry.boxes, view.style, edge.end);
    }
    geometry.edges.push_back(std::move(edge.edge));
  }
  normalise_geometry(geometry);
  return geometry;
}

}  // namespace pokin
