#pragma once
// Which nodes a LayoutView shows and how they hang together: the first step of either layout engine, free of any
// geometry. Sibling order is document order: by the owner unit's place in the organisation (pre-order), then
// `order`, then id, so the boxes of one bidang stay side by side.
#include <unordered_map>
#include <vector>

#include "core/layout/geometry.h"
#include "core/model/document.h"
#include "core/model/tree_index.h"
#include "core/view/layout_view.h"

namespace pokin {

struct ViewNode {
  Id id = kNoId;  // sasaran or unit; for a stub, the node whose subtree it stands for
  BoxKind kind = BoxKind::Sasaran;
  int depth = 0;  // 0 = a root of the view
  int parent = -1;
  std::vector<int> children;
  EdgeKind edge_from_parent = EdgeKind::Cascade;
  bool suggested = false;  // the link to the parent is a suggestion waiting for review
  int hidden_count = 0;    // stub only
};

struct ViewTree {
  std::vector<ViewNode> nodes;  // pre-order: parents before children, siblings in document order
  std::vector<int> roots;
  std::unordered_map<Id, int> node_of;  // sasaran/unit id -> its node (stubs are not listed)
};

// Throws UserError when view.branch names nothing in the document.
ViewTree select_view(const Document& document, const TreeIndex& index, const LayoutView& view);

}  // namespace pokin
