#include "core/layout/view_edges.h"

#include <set>
#include <utility>

namespace pokin {

std::vector<ViewEdge> view_edges(const Document& document, const LayoutView& view, const ViewTree& tree) {
  std::vector<ViewEdge> edges;
  edges.reserve(tree.nodes.size());
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    const ViewNode& node = tree.nodes[i];
    if (node.parent < 0) continue;
    ViewEdge out;
    out.edge.from = tree.nodes[node.parent].id;
    out.edge.to = node.id;
    out.edge.kind = node.edge_from_parent;
    out.start = node.parent;
    out.end = static_cast<int>(i);
    edges.push_back(std::move(out));
  }
  if (!view.crosscutting) return edges;
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
    ViewEdge out;
    out.edge.from = from;
    out.edge.to = to;
    out.edge.kind = EdgeKind::Crosscutting;
    out.edge.status = link.status;
    // Drawn from the helper to the sasaran it helps, the arrow pointing at the one helped.
    out.start = b->second;
    out.end = a->second;
    edges.push_back(std::move(out));
  }
  return edges;
}

}  // namespace pokin
