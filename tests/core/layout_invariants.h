#pragma once
// The layout invariants every engine must keep, checked with doctest: shared by the layout tests of both engines.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <vector>

#include "core/layout/geometry.h"
#include "core/layout/layout_service.h"
#include "core/layout/text_metrics.h"
#include "core/model/document.h"
#include "core/view/layout_view.h"

namespace pokin::test {

inline bool overlap(const Rect& a, const Rect& b) {
  return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

inline bool on_border(const Rect& r, Point p) {
  const double e = 0.01;
  bool inside = p.x >= r.x - e && p.x <= r.right() + e && p.y >= r.y - e && p.y <= r.bottom() + e;
  bool at_edge = std::abs(p.x - r.x) < e || std::abs(p.x - r.right()) < e || std::abs(p.y - r.y) < e ||
                 std::abs(p.y - r.bottom()) < e;
  return inside && at_edge;
}

// Boxes of a geometry by id; a stub shares the id of the node it collapses, so it is keyed apart.
inline std::map<std::pair<Id, BoxKind>, const Box*> by_id(const Geometry& g) {
  std::map<std::pair<Id, BoxKind>, const Box*> map;
  for (const Box& box : g.boxes) map[{box.id, box.kind}] = &box;
  return map;
}

inline void check_invariants(const Document& document, const Geometry& g, LayoutStyle style) {
  REQUIRE(g.error.empty());
  // No two boxes overlap (sweep over x so big documents stay quick).
  std::vector<const Box*> sorted;
  for (const Box& box : g.boxes) sorted.push_back(&box);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->rect.x < b->rect.x; });
  int overlaps = 0;
  for (std::size_t i = 0; i < sorted.size(); ++i)
    for (std::size_t j = i + 1; j < sorted.size() && sorted[j]->rect.x < sorted[i]->rect.right(); ++j)
      if (overlap(sorted[i]->rect, sorted[j]->rect)) ++overlaps;
  CHECK(overlaps == 0);
  // Bounds hold everything.
  for (const Box& box : g.boxes) {
    CHECK(g.bounds.contains({box.rect.x, box.rect.y}));
    CHECK(g.bounds.contains({box.rect.right(), box.rect.bottom()}));
    for (const TextLine& line : box.lines) {
      CHECK(line.baseline > box.rect.y);
      CHECK(line.baseline < box.rect.bottom());
      CHECK(line.x + text_width(line.text, line.size, line.bold) <= box.rect.right() + 0.01);
    }
  }
  auto boxes = by_id(g);
  auto node_box = [&](Id id) {
    return boxes.count({id, BoxKind::Sasaran}) ? boxes.at({id, BoxKind::Sasaran}) : boxes.at({id, BoxKind::Unit});
  };
  for (const Edge& edge : g.edges) {
    for (Point p : edge.curve) CHECK(g.bounds.contains(p));
    REQUIRE(edge.curve.size() >= 4);
    CHECK((edge.curve.size() - 1) % 3 == 0);
    if (edge.kind == EdgeKind::Crosscutting) {
      // Drawn from the helper (to) into the helped (from).
      CHECK(on_border(node_box(edge.to)->rect, edge.curve.front()));
      CHECK(on_border(node_box(edge.from)->rect, edge.curve.back()));
      continue;
    }
    const Box* parent = node_box(edge.from);
    const Box* child = edge.from == edge.to ? boxes.at({edge.to, BoxKind::CollapsedStub}) : node_box(edge.to);
    CHECK(on_border(parent->rect, edge.curve.front()));
    CHECK(on_border(child->rect, edge.curve.back()));
    if (style == LayoutStyle::Fitted) CHECK((parent->rect.bottom() < child->rect.y || parent->rect.right() < child->rect.x));
    else if (style != LayoutStyle::LeftRight) CHECK(parent->rect.bottom() < child->rect.y);
    if (style == LayoutStyle::LeftRight) CHECK(parent->rect.right() < child->rect.x);
  }
  (void)document;
}

// Siblings (children of one parent, in document order) run left to right, or top to bottom in left-right.
inline void check_sibling_order(const Document& document, const Geometry& g, bool across) {
  auto boxes = by_id(g);
  std::map<Id, std::vector<const Sasaran*>> children;
  for (const auto& [id, s] : document.sasaran)
    if (s.parent != kNoId && boxes.count({id, BoxKind::Sasaran})) children[s.parent].push_back(&s);
  for (auto& [parent, list] : children) {
    // Expected order: by unit, then order, then id - units here are created in organisation order.
    std::sort(list.begin(), list.end(), [&](auto* a, auto* b) {
      return std::tie(a->unit, a->order, a->id) < std::tie(b->unit, b->order, b->id);
    });
    for (std::size_t i = 1; i < list.size(); ++i) {
      const Rect& a = boxes.at({list[i - 1]->id, BoxKind::Sasaran})->rect;
      const Rect& b = boxes.at({list[i]->id, BoxKind::Sasaran})->rect;
      if (across) CHECK(a.bottom() <= b.y);
      else CHECK(a.right() <= b.x);
    }
  }
}

// How wide the boxes spread, from the leftmost left edge to the rightmost right edge (compact: at most two boxes).
// Lays `document` out with `view` as a sasaran view and as a unit view and checks the invariants of both; returns
// the sasaran-view geometry for further checks.
inline Geometry check_both_views(const Document& document, LayoutView view) {
  Geometry sasaran_view = compute_layout(document, view);
  CHECK(sasaran_view.boxes.size() == document.sasaran.size());
  check_invariants(document, sasaran_view, view.style);
  view.granularity = Granularity::Unit;
  Geometry unit_view = compute_layout(document, view);
  CHECK(unit_view.boxes.size() == document.units.size());
  check_invariants(document, unit_view, view.style);
  return sasaran_view;
}

inline double boxes_span(const Geometry& g) {
  double left = 1e300, right = -1e300;
  for (const Box& box : g.boxes) {
    left = std::min(left, box.rect.x);
    right = std::max(right, box.rect.right());
  }
  return right - left;
}

}  // namespace pokin::test
