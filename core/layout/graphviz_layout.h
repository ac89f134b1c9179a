#pragma once
// The Graphviz layout engine (LayoutEngine::Graphviz): Graphviz `dot` places the boxes and routes the edges of the
// same view tree, with the same box contents and sizes, as Pokin's own engine, so the canvas and every export draw
// the result unchanged.
//  - Boxes are fixed-size (shape=box, fixedsize=true, width/height from core's text measurement) and carry no
//    label: no user text ever reaches Graphviz, so nothing in a statement (HTML-label syntax, quotes, backslashes)
//    can change or break the layout, and no font lookup makes it machine-dependent. The text lines are Pokin's
//    (box_content.h), moved with the box.
//  - rankdir TB (top-down and compact) or LR; newrank=true;
//    ordering=out (siblings in document order); splines=spline (never ortho: 10 s and 2.4 GB at 5,000 nodes).
//  - Compact: the leaf children of a parent hang below it in one column (up to four) or two, chained by invisible
//    edges, so a branch of 40 leaves is two boxes wide as in Pokin's engine (the rows follow dot's ranks).
//  - Cascade edges go where dot routes them (no ports); crosscutting links are constraint=false, dashed, with an
//    arrowhead into the sasaran helped.
//  - Graphviz's y-up points become Geometry's y-down points; curves are dot's cubic B-splines, their ends snapped
//    onto the box borders (dot clips to within half a point).
//
// THREADS: Graphviz is not thread-safe; the GraphvizSession this takes can only be held by a LayoutService, on its
// thread (graphviz_session.h). Everyone else asks a LayoutService (layout_service.h) for geometry.
//
// Throws UserError when the view names nothing (as pokin_layout) or Graphviz reports an error.
#include "core/layout/geometry.h"
#include "core/layout/graphviz_session.h"
#include "core/model/document.h"
#include "core/view/layout_view.h"

namespace pokin {

Geometry graphviz_layout(GraphvizSession& graphviz, const Document& document, const LayoutView& view);

}  // namespace pokin
