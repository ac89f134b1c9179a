// compute_layout: view -> selected tree -> measured boxes -> placed boxes -> routed edges -> bounds.
#include <algorithm>
#include <set>

#include "core/layout/box_content.h"
#include "core/layout/edge_routes.h"
#include "core/layout/layout_service.h"
#include "core/layout/tree_placement.h"
#include "core/layout/view_tree.h"
#include "core/model/tree_index.h"

namespace pokin {
namespace {

constexpr double kCornerRadius = 6;

Point bottom_centre(const Rect& r) { return {r.x + r.width / 2, r.bottom()}; }
Point top_centre(const Rect& r) { return {r.x + r.width / 2, r.y}; }

std::vector<Point> cascade_curve(const ViewTree& tree, const Placement& placement, const std::vector<Box>& boxes,
                                 LayoutStyle style, int child) {
  const ViewNode& node = tree.nodes[child];
  const Rect& p = boxes[node.parent].rect;
  const Rect& c = boxes[child].rect;
  if (placement.stacked[child]) {
    // Down the spine under the parent, then across to the near side of the child.
    Point start = bottom_centre(p);
    if (std::abs(c.x + c.width / 2 - start.x) < 1) return rounded_polyline({start, top_centre(c)}, kCornerRadius);
    double y = c.y + std::min(c.height / 2, 14.0);
    double side = c.x > start.x ? c.x : c.right();
    return rounded_polyline({start, {start.x, y}, {side, y}}, kCornerRadius);
  }
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

void add_crosscutting(const Document& document, const TreeIndex& index, const LayoutView& view,
                      const ViewTree& tree, Geometry& geometry) {
  std::set<std::pair<Id, Id>> drawn;
  for (const auto& [id, link] : document.links) {
    if (link.to == kNoId || link.status == LinkStatus::Ditolak) continue;
    Id from = link.from, to = link.to;
    if (view.granularity == Granularity::Unit) {
      const Sasaran* a = document.find_sasaran(from);
      const Sasaran* b = document.find_sasaran(to);
      if (!a || !b) continue;
      from = a->unit;
      to = b->unit;
    }
    auto a = tree.node_of.find(from), b = tree.node_of.find(to);
    if (a == tree.node_of.end() || b == tree.node_of.end() || from == to) continue;
    if (!drawn.insert({from, to}).second) continue;
    Edge edge;
    edge.from = from;
    edge.to = to;
    edge.kind = EdgeKind::Crosscutting;
    edge.status = link.status;
    // Drawn from the helper to the sasaran it helps, the arrow pointing at the one helped.
    edge.curve = link_curve(geometry.boxes[b->second].rect, geometry.boxes[a->second].rect,
                             view.style == LayoutStyle::LeftRight);
    edge.arrowhead = arrowhead_at_end(edge.curve);
    geometry.edges.push_back(std::move(edge));
  }
}

void normalise(Geometry& geometry) {
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
  for (Box& box : geometry.boxes) {
    box.rect.x += dx;
    box.rect.y += dy;
    for (auto& line : box.lines) {
      line.x += dx;
      line.baseline += dy;
    }
    for (auto& divider : box.dividers) divider += dy;
  }
  for (Edge& edge : geometry.edges) {
    for (Point& p : edge.curve) p = {p.x + dx, p.y + dy};
    for (Point& p : edge.arrowhead) p = {p.x + dx, p.y + dy};
  }
  geometry.bounds = {0, 0, right - left + 2 * Spacing::kMargin, bottom - top + 2 * Spacing::kMargin};
}

}  // namespace

Geometry compute_layout(const Document& document, const LayoutView& view) {
  TreeIndex index(document);
  ViewTree tree = select_view(document, index, view);
  Geometry geometry;
  geometry.boxes.reserve(tree.nodes.size());
  for (const ViewNode& node : tree.nodes) geometry.boxes.push_back(build_box(document, index, view, node));
  Placement placement = place_tree(tree, view.style, geometry.boxes);

  geometry.edges.reserve(tree.nodes.size());
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    const ViewNode& node = tree.nodes[i];
    if (node.parent < 0) continue;
    Edge edge;
    edge.from = tree.nodes[node.parent].id;
    edge.to = node.id;
    edge.kind = node.edge_from_parent;
    edge.curve = cascade_curve(tree, placement, geometry.boxes, view.style, static_cast<int>(i));
    geometry.edges.push_back(std::move(edge));
  }
  if (view.crosscutting) add_crosscutting(document, index, view, tree, geometry);
  normalise(geometry);
  return geometry;
}

}  // namespace pokin
