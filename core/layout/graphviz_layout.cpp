#include "core/layout/graphviz_layout.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "core/layout/box_content.h"
#include "core/layout/edge_routes.h"
#include "core/layout/graphviz_handles.h"
#include "core/layout/normalise_geometry.h"
#include "core/layout/tree_placement.h"
#include "core/layout/view_edges.h"
#include "core/layout/view_tree.h"
#include "core/model/tree_index.h"
#include "core/text/bilingual.h"

namespace pokin {
namespace {

std::string inches(double points) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", points / 72);
  return buffer;
}

// The nearest point on the border of `r`; the neighbouring control point moves along so the tangent is kept.
void snap_end(const Rect& r, Point& end, Point& control) {
  Point p{std::clamp(end.x, r.x, r.right()), std::clamp(end.y, r.y, r.bottom())};
  if (p == end) {  // inside: out through the nearest side
    double left = p.x - r.x, right = r.right() - p.x, top = p.y - r.y, bottom = r.bottom() - p.y;
    double nearest = std::min({left, right, top, bottom});
    if (nearest == top) p.y = r.y;
    else if (nearest == bottom) p.y = r.bottom();
    else if (nearest == left) p.x = r.x;
    else p.x = r.right();
  }
  control = {control.x + p.x - end.x, control.y + p.y - end.y};
  end = p;
}

double distance_to(const Rect& r, Point p) {
  double dx = std::max({r.x - p.x, 0.0, p.x - r.right()}), dy = std::max({r.y - p.y, 0.0, p.y - r.bottom()});
  return std::hypot(dx, dy);
}

void append_straight(std::vector<Point>& curve, Point to) {
  if (curve.empty()) {
    curve.push_back(to);
    return;
  }
  if (curve.back() == to) return;
  std::vector<Point> segment = rounded_polyline({curve.back(), to}, 0);
  curve.insert(curve.end(), segment.begin() + 1, segment.end());
}

// dot's spline of an edge in y-down points (`top` is the graph's upper y), from its tail to the arrow's tip.
std::vector<Point> spline_of(Agedge_t* edge, double top) {
  std::vector<Point> curve;
  const splines* spl = ED_spl(edge);
  if (!spl) return curve;
  auto flip = [top](pointf p) { return Point{p.x, top - p.y}; };
  for (int i = 0; i < spl->size; ++i) {
    const bezier& part = spl->list[i];
    if (part.size < 4) continue;
    if (part.sflag) append_straight(curve, flip(part.sp));
    append_straight(curve, flip(part.list[0]));
    for (int k = 1; k < part.size; ++k) curve.push_back(flip(part.list[k]));
    if (part.eflag) append_straight(curve, flip(part.ep));
  }
  if ((curve.size() - 1) % 3 != 0) curve.clear();  // not a Bézier chain: never expected from dot
  return curve;
}

}  // namespace

Geometry graphviz_layout(GraphvizSession& graphviz, const Document& document, const LayoutView& view) {
  TreeIndex index(document);
  ViewTree tree = select_view(document, index, view);
  Geometry geometry;
  geometry.boxes = build_boxes(document, index, view, tree);
  std::vector<ViewEdge> edges = view_edges(document, view, tree);
  if (geometry.boxes.empty()) {
    normalise_geometry(geometry);
    return geometry;
  }
  const bool across = view.style == LayoutStyle::LeftRight;

  namespace gv = graphviz;
  gv::ErrorCapture errors(graphviz);
  if (!graphviz.context()) throw UserError("Graphviz tidak dapat dijalankan.", "Graphviz could not be started.");
  gv::Graph graph = gv::open_directed_graph(graphviz, "pohon_kinerja");
  Agraph_t* g = graph.get();
  gv::declare(g, AGRAPH, "rankdir", across ? "LR" : "TB");
  gv::declare(g, AGRAPH, "newrank", "true");
  gv::declare(g, AGRAPH, "splines", "spline");
  gv::declare(g, AGRAPH, "ordering", "out");
  gv::declare(g, AGRAPH, "nodesep", inches(Spacing::kSibling).c_str());
  gv::declare(g, AGRAPH, "ranksep", inches(Spacing::kRank).c_str());
  gv::declare(g, AGNODE, "shape", "box");
  gv::declare(g, AGNODE, "fixedsize", "true");
  gv::declare(g, AGNODE, "label", "");
  Agsym_t* width = gv::declare(g, AGNODE, "width", "1");
  Agsym_t* height = gv::declare(g, AGNODE, "height", "1");
  Agsym_t* arrowhead = gv::declare(g, AGEDGE, "arrowhead", "none");
  Agsym_t* constraint = gv::declare(g, AGEDGE, "constraint", "true");
  Agsym_t* style = gv::declare(g, AGEDGE, "style", "");

  // Node names are the view-tree positions: a stub shares its id with the node it collapses.
  std::vector<Agnode_t*> nodes(tree.nodes.size());
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    std::string name = "v" + std::to_string(i);
    nodes[i] = agnode(g, gv::chars(name.c_str()), 1);
    gv::set(nodes[i], width, inches(geometry.boxes[i].rect.width));
    gv::set(nodes[i], height, inches(geometry.boxes[i].rect.height));
  }
  // Compact: dot cannot stack boxes, but it keeps a chain in one column. The children of a parent whose children
  // are all leaves hang in one column (up to Spacing::kSingleColumnMax) or two, each below the one before it
  // through an invisible edge; the cascade edges into the lower rows then leave the ranking to that chain.
  // Fitted is drawn as Compact here: dot ranks by depth and cannot wrap a row of siblings or turn one branch,
  // so the page-fitted placement (fitted_placement.h) is Pokin's engine's alone.
  std::vector<bool> chained(tree.nodes.size(), false);
  if (view.style == LayoutStyle::Compact || view.style == LayoutStyle::Fitted) {
    for (const ViewNode& node : tree.nodes) {
      const auto& children = node.children;
      if (children.size() < 2 || !std::all_of(children.begin(), children.end(),
                                              [&](int c) { return tree.nodes[c].children.empty(); }))
        continue;
      std::size_t columns = children.size() <= Spacing::kSingleColumnMax ? 1 : 2;
      for (std::size_t k = columns; k < children.size(); ++k) {
        Agedge_t* chain = agedge(g, nodes[children[k - columns]], nodes[children[k]], nullptr, 1);
        gv::set(chain, style, "invis");
        chained[children[k]] = true;
      }
    }
  }
  std::vector<Agedge_t*> graph_edges(edges.size());
  for (std::size_t i = 0; i < edges.size(); ++i) {
    Agedge_t* edge = agedge(g, nodes[edges[i].start], nodes[edges[i].end], nullptr, 1);
    graph_edges[i] = edge;
    if (edges[i].edge.kind == EdgeKind::Crosscutting) {
      gv::set(edge, constraint, "false");
      gv::set(edge, style, "dashed");
      gv::set(edge, arrowhead, "normal");
    } else if (chained[edges[i].end]) {
      gv::set(edge, constraint, "false");
    }
    // Cascade edges get no ports: with compass ports (s -> n) the curves of a wide fan-out bend sideways through
    // the narrow band between ranks and cross each other; left free, dot draws them without crossings.
  }

  int status = 0;
  gv::Layout layout(graphviz, g, "dot", status);
  if (status != 0 || errors.failed()) {
    std::string detail = errors.messages();
    while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
    throw UserError("Graphviz gagal menata pohon kinerja: " + detail,
                    "Graphviz could not lay out the pohon kinerja: " + detail);
  }

  const double top = GD_bb(g).UR.y;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    Box& box = geometry.boxes[i];
    pointf centre = ND_coord(nodes[i]);
    move_box(box, centre.x - box.rect.width / 2, top - centre.y - box.rect.height / 2);
  }
  geometry.edges.reserve(edges.size());
  for (std::size_t i = 0; i < edges.size(); ++i) {
    Edge edge = std::move(edges[i].edge);
    const Rect& start = geometry.boxes[edges[i].start].rect;
    const Rect& end = geometry.boxes[edges[i].end].rect;
    edge.curve = spline_of(graph_edges[i], top);
    if (edge.curve.size() < 4) {
      // dot routes every edge of a tree; should one come back without a spline, a plain connector keeps it visible.
      edge.curve = link_curve(start, end, across);
    } else if (distance_to(start, edge.curve.back()) + distance_to(end, edge.curve.front()) <
               distance_to(start, edge.curve.front()) + distance_to(end, edge.curve.back())) {
      std::reverse(edge.curve.begin(), edge.curve.end());
    }
    snap_end(start, edge.curve[0], edge.curve[1]);
    snap_end(end, edge.curve[edge.curve.size() - 1], edge.curve[edge.curve.size() - 2]);
    if (edge.kind == EdgeKind::Crosscutting) edge.arrowhead = arrowhead_at_end(edge.curve);
    geometry.edges.push_back(std::move(edge));
  }
  normalise_geometry(geometry);
  return geometry;
}

}  // namespace pokin
