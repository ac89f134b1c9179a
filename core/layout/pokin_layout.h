#pragma once
// Pokin's own layout engine (LayoutEngine::Pokin): view -> selected tree -> measured boxes -> tidy-tree placement
// (tree_placement.h) -> elbow edges (edge_routes.h) -> bounds. Linear in the size of the view, deterministic, and
// free of Graphviz, so any thread may call it; the canvas, exports and the command line still go through a
// LayoutService (layout_service.h), which picks the engine the view names.
//
// Throws UserError when the view names nothing (an unknown branch).
#include "core/layout/geometry.h"
#include "core/model/document.h"
#include "core/view/layout_view.h"

namespace pokin {

Geometry pokin_layout(const Document& document, const LayoutView& view);

}  // namespace pokin
