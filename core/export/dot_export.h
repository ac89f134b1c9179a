#pragma once
// The graph Pokin lays out, as DOT for other Graphviz tools: fixed-size boxes with their wrapped text,
// level colours, crosscutting links dashed with constraint=false, and each node's position from Pokin's layout
// (`neato -n2` reproduces the drawing; `dot` lays it out anew). Every user text is escaped for a quoted string.
#include <string>

#include "core/layout/geometry.h"
#include "core/view/layout_view.h"

namespace pokin {

std::string geometry_to_dot(const Geometry& geometry, const LayoutView& view, const std::string& graph_label);

// DOT node name of a box ("n12", or "stub12" for a collapsed subtree).
std::string dot_node_name(const Box& box);

}  // namespace pokin
