#include "core/layout/view_tree.h"

#include <algorithm>
#include <functional>
#include <tuple>
#include <unordered_set>

#include "core/text/bilingual.h"

namespace pokin {
namespace {

struct Forest {
  std::vector<Id> roots;
  std::unordered_map<Id, std::vector<Id>> children;
  std::unordered_map<Id, Id> parent;
  std::unordered_map<Id, EdgeKind> edge;
  std::unordered_map<Id, bool> suggested;
};

// Pre-order rank of every unit in the organisation, so sibling order follows the organisation chart.
std::unordered_map<Id, int> unit_ranks(const Document& document, const TreeIndex& index) {
  std::unordered_map<Id, int> rank;
  std::vector<Id> stack(index.root_units().rbegin(), index.root_units().rend());
  while (!stack.empty()) {
    Id unit = stack.back();
    stack.pop_back();
    if (!rank.emplace(unit, static_cast<int>(rank.size())).second) continue;
    const auto& children = index.child_units(unit);
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
  }
  for (const auto& [id, unit] : document.units) rank.emplace(id, static_cast<int>(rank.size()));
  return rank;
}

// Links each node to its parent; nodes whose parent chain loops (a corrupt file) become roots so nothing hides.
void finish_forest(Forest& forest, const std::vector<Id>& ids, const std::function<bool(Id, Id)>& before) {
  for (Id id : ids) {
    auto found = forest.parent.find(id);
    if (found == forest.parent.end()) forest.roots.push_back(id);
    else forest.children[found->second].push_back(id);
  }
  for (auto& [id, list] : forest.children) std::sort(list.begin(), list.end(), before);
  std::sort(forest.roots.begin(), forest.roots.end(), before);
  std::unordered_set<Id> reached;
  std::vector<Id> stack(forest.roots.begin(), forest.roots.end());
  while (!stack.empty()) {
    Id id = stack.back();
    stack.pop_back();
    if (!reached.insert(id).second) continue;
    for (Id child : forest.children[id]) stack.push_back(child);
  }
  for (Id id : ids)
    if (!reached.count(id)) {
      // Break the loop at this node.
      Id old_parent = forest.parent[id];
      auto& siblings = forest.children[old_parent];
      siblings.erase(std::remove(siblings.begin(), siblings.end(), id), siblings.end());
      forest.parent.erase(id);
      forest.roots.push_back(id);
      std::vector<Id> walk{id};
      while (!walk.empty()) {
        Id next = walk.back();
        walk.pop_back();
        if (!reached.insert(next).second) continue;
        for (Id child : forest.children[next]) walk.push_back(child);
      }
    }
}

Forest sasaran_forest(const Document& document, const TreeIndex& index, const std::unordered_map<Id, int>& rank) {
  Forest forest;
  std::vector<Id> ids;
  ids.reserve(document.sasaran.size());
  for (const auto& [id, sasaran] : document.sasaran) {
    ids.push_back(id);
    if (sasaran.parent != kNoId && sasaran.parent != id && document.sasaran.count(sasaran.parent)) {
      forest.parent[id] = sasaran.parent;
      forest.edge[id] = EdgeKind::Cascade;
      forest.suggested[id] = sasaran.link_origin == LinkOrigin::Suggested;
      continue;
    }
    // Not linked yet: show it under the first sasaran of the nearest unit above that has one.
    const Unit* unit = document.find_unit(sasaran.unit);
    Id above = unit ? unit->parent : kNoId;
    for (std::size_t steps = 0; above != kNoId && steps <= document.units.size(); ++steps) {
      const auto& owned = index.unit_sasaran(above);
      if (!owned.empty()) {
        forest.parent[id] = owned.front();
        forest.edge[id] = EdgeKind::Unlinked;
        break;
      }
      const Unit* next = document.find_unit(above);
      above = next ? next->parent : kNoId;
    }
  }
  auto key = [&](Id id) {
    const Sasaran& s = document.sasaran.at(id);
    auto r = rank.find(s.unit);
    return std::make_tuple(r == rank.end() ? 1 << 30 : r->second, s.order, id);
  };
  finish_forest(forest, ids, [&](Id a, Id b) { return key(a) < key(b); });
  return forest;
}

Forest unit_forest(const Document& document, const std::unordered_map<Id, int>& rank) {
  Forest forest;
  std::vector<Id> ids;
  for (const auto& [id, unit] : document.units) {
    ids.push_back(id);
    if (unit.parent != kNoId && unit.parent != id && document.units.count(unit.parent)) {
      forest.parent[id] = unit.parent;
      forest.edge[id] = EdgeKind::Cascade;
    }
  }
  finish_forest(forest, ids, [&](Id a, Id b) { return rank.at(a) < rank.at(b); });
  return forest;
}

int count_descendants(const Forest& forest, Id id, const std::function<bool(Id)>& included) {
  int count = 0;
  std::vector<Id> stack{id};
  while (!stack.empty()) {
    Id next = stack.back();
    stack.pop_back();
    auto found = forest.children.find(next);
    if (found == forest.children.end()) continue;
    for (Id child : found->second)
      if (included(child)) {
        ++count;
        stack.push_back(child);
      }
  }
  return count;
}

}  // namespace

ViewTree select_view(const Document& document, const TreeIndex& index, const LayoutView& view) {
  auto rank = unit_ranks(document, index);
  bool by_unit = view.granularity == Granularity::Unit;
  Forest forest = by_unit ? unit_forest(document, rank) : sasaran_forest(document, index, rank);

  std::vector<Id> starts = forest.roots;
  std::function<bool(Id)> included = [](Id) { return true; };
  if (view.branch != kNoId) {
    bool is_node = by_unit ? document.units.count(view.branch) > 0 : document.sasaran.count(view.branch) > 0;
    if (by_unit && document.sasaran.count(view.branch)) {
      starts = {document.sasaran.at(view.branch).unit};
    } else if (is_node) {
      starts = {view.branch};
    } else if (!by_unit && document.units.count(view.branch)) {
      // A unit branch in the sasaran view: the sasaran of the unit and every unit below it.
      Id branch = view.branch;
      auto in_branch = [&document, &index, branch](Id id) {
        return index.unit_is_ancestor(branch, document.sasaran.at(id).unit);
      };
      starts.clear();
      for (const auto& [id, sasaran] : document.sasaran) {
        if (!in_branch(id)) continue;
        auto parent = forest.parent.find(id);
        if (parent == forest.parent.end() || !in_branch(parent->second)) starts.push_back(id);
      }
      if (view.branch_supported) {
        // The supported sasaran replace the tops that support them as roots; the tops hang under them.
        std::unordered_set<Id> supported;
        std::vector<Id> roots;
        for (Id top : starts) {
          auto parent = forest.parent.find(top);
          if (parent == forest.parent.end()) roots.push_back(top);
          else if (supported.insert(parent->second).second) roots.push_back(parent->second);
        }
        starts = std::move(roots);
        included = [in_branch, supported = std::move(supported)](Id id) { return in_branch(id) || supported.count(id) > 0; };
      } else {
        included = in_branch;
      }
      auto key = [&](Id id) {
        const Sasaran& s = document.sasaran.at(id);
        return std::make_tuple(rank.at(s.unit), s.order, id);
      };
      std::sort(starts.begin(), starts.end(), [&](Id a, Id b) { return key(a) < key(b); });
    } else {
      std::string id = std::to_string(view.branch);
      throw UserError("Cabang " + id + " tidak ada dalam dokumen (bukan sasaran maupun unit).",
                      "Branch " + id + " is not in the document (neither a sasaran nor a unit).");
    }
  }

  ViewTree tree;
  BoxKind kind = by_unit ? BoxKind::Unit : BoxKind::Sasaran;
  // Iterative pre-order walk: 10,000-deep corrupt chains must not overflow the stack.
  struct Pending {
    Id id;
    int parent;
    int depth;
  };
  std::vector<Pending> stack;
  for (auto it = starts.rbegin(); it != starts.rend(); ++it) stack.push_back({*it, -1, 0});
  while (!stack.empty()) {
    auto [id, parent, depth] = stack.back();
    stack.pop_back();
    int index_of = static_cast<int>(tree.nodes.size());
    ViewNode node;
    node.id = id;
    node.kind = kind;
    node.depth = depth;
    node.parent = parent;
    if (parent >= 0) {
      node.edge_from_parent = forest.edge.count(id) ? forest.edge.at(id) : EdgeKind::Cascade;
      node.suggested = forest.suggested.count(id) && forest.suggested.at(id);
    }
    tree.nodes.push_back(node);
    tree.node_of[id] = index_of;
    if (parent >= 0) tree.nodes[parent].children.push_back(index_of);
    else tree.roots.push_back(index_of);

    std::vector<Id> children;
    if (auto found = forest.children.find(id); found != forest.children.end())
      for (Id child : found->second)
        if (included(child)) children.push_back(child);
    if (children.empty()) continue;
    bool cut = view.collapsed.count(id) || (view.max_levels > 0 && depth + 1 >= view.max_levels);
    if (cut) {
      ViewNode stub;
      stub.id = id;
      stub.kind = BoxKind::CollapsedStub;
      stub.depth = depth + 1;
      stub.parent = index_of;
      stub.hidden_count = count_descendants(forest, id, included);
      tree.nodes[index_of].children.push_back(static_cast<int>(tree.nodes.size()));
      tree.nodes.push_back(stub);
      continue;
    }
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, index_of, depth + 1});
  }
  return tree;
}

}  // namespace pokin
