#pragma once
// The edges a view shows, before any engine routes them: a cascade edge into every node that has a parent (in
// node order), then the crosscutting links between two shown boxes (in unit view, between their units), one per
// pair, rejected links and links to partners outside the document left out. Both layout engines draw exactly
// these edges, so they differ only in where boxes and curves go.
#include <vector>

#include "core/layout/geometry.h"
#include "core/layout/view_tree.h"
#include "core/model/document.h"
#include "core/view/layout_view.h"

namespace pokin {

struct ViewEdge {
  Edge edge;       // ids, kind and link status; curve and arrowhead still empty
  int start = -1;  // node the curve leaves: the parent, or for a crosscutting link the helper
  int end = -1;    // node the curve enters: the child, or the sasaran that is helped (the arrow points at it)
};

std::vector<ViewEdge> view_edges(const Document& document, const LayoutView& view, const ViewTree& tree);

}  // namespace pokin
