#include "core/compare/tree_order.h"

#include <unordered_set>

namespace pokin {
namespace {

template <typename Nodes, typename Children>
std::vector<Id> preorder(const Nodes& nodes, const std::vector<Id>& roots, Children children) {
  std::vector<Id> order;
  order.reserve(nodes.size());
  std::unordered_set<Id> seen;
  std::vector<Id> stack(roots.rbegin(), roots.rend());
  auto visit = [&] {
    while (!stack.empty()) {
      Id id = stack.back();
      stack.pop_back();
      if (!seen.insert(id).second) continue;
      order.push_back(id);
      const std::vector<Id>& below = children(id);
      stack.insert(stack.end(), below.rbegin(), below.rend());
    }
  };
  visit();
  for (const auto& entry : nodes)
    if (!seen.count(entry.first)) {
      stack.push_back(entry.first);
      visit();
    }
  return order;
}

}  // namespace

std::vector<Id> units_in_tree_order(const Document& document, const TreeIndex& index) {
  return preorder(document.units, index.root_units(), [&](Id id) -> const std::vector<Id>& { return index.child_units(id); });
}

std::vector<Id> sasaran_in_tree_order(const Document& document, const TreeIndex& index) {
  return preorder(document.sasaran, index.root_sasaran(),
                  [&](Id id) -> const std::vector<Id>& { return index.child_sasaran(id); });
}

}  // namespace pokin
