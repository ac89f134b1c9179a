#include "core/compare/change_order.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/compare/tree_order.h"

namespace pokin {
namespace {

constexpr long kAtTheEnd = std::numeric_limits<long>::max() / 2;

// Positions of a document's nodes in reading order, and where each node's subtree ends.
struct Walk {
  std::unordered_map<Id, long> position;
  std::unordered_map<Id, long> subtree_end;    // the last position of the node and everything below it
  std::unordered_map<Id, long> head_end;       // sasaran: the last of its indikator and links
  std::unordered_map<Id, long> indikator_end;  // sasaran: the last of its indikator
  long units_end = -1;                         // the last unit's position

  Walk(const Document& document, const TreeIndex& index) {
    long next = 0;
    std::vector<Id> units = units_in_tree_order(document, index);
    for (Id id : units) position[id] = next++;
    units_end = next - 1;
    std::vector<Id> sasaran = sasaran_in_tree_order(document, index);
    for (Id id : sasaran) {
      position[id] = next++;
      for (Id indikator : index.sasaran_indikator(id)) position[indikator] = subtree_end[indikator] = next++;
      indikator_end[id] = next - 1;
      for (Id link : index.links_from(id)) position[link] = subtree_end[link] = next++;
      head_end[id] = next - 1;
    }
    for (auto unit = units.rbegin(); unit != units.rend(); ++unit) {
      long end = position[*unit];
      for (Id child : index.child_units(*unit)) end = std::max(end, end_of(child, position[*unit]));
      subtree_end[*unit] = end;
    }
    for (auto id = sasaran.rbegin(); id != sasaran.rend(); ++id) {
      long end = head_end[*id];
      for (Id child : index.child_sasaran(*id)) end = std::max(end, end_of(child, head_end[*id]));
      subtree_end[*id] = end;
    }
  }

  long at(const std::unordered_map<Id, long>& map, Id id, long otherwise) const {
    auto found = map.find(id);
    return found == map.end() ? otherwise : found->second;
  }
  long end_of(Id id, long otherwise) const { return at(subtree_end, id, otherwise); }
};

class RemovedPlaces {
 public:
  RemovedPlaces(const Document& old_document, const NodeMatching& matching, const Walk& new_walk)
      : old_(old_document), index_(old_document), matching_(matching), walk_(new_walk) {}

  // The position in the new walk after which the removed old node stands.
  long anchor(Id id) {
    auto known = anchors_.find(id);
    if (known != anchors_.end()) return known->second;
    if (!visiting_.insert(id).second) return kAtTheEnd;  // a parent cycle in a damaged document
    long place = compute(id);
    visiting_.erase(id);
    anchors_[id] = place;
    return place;
  }

 private:
  long compute(Id id) {
    static const std::vector<Id> kNone;
    Id parent = kNoId;
    const std::vector<Id>* siblings = &kNone;
    const std::unordered_map<Id, long>* after_parent = &walk_.position;
    long at_top = kAtTheEnd;
    if (const Unit* unit = old_.find_unit(id)) {
      parent = old_.find_unit(unit->parent) ? unit->parent : kNoId;
      siblings = parent != kNoId ? &index_.child_units(parent) : &index_.root_units();
      at_top = -1;
    } else if (const Sasaran* sasaran = old_.find_sasaran(id)) {
      parent = old_.find_sasaran(sasaran->parent) ? sasaran->parent : kNoId;
      siblings = parent != kNoId ? &index_.child_sasaran(parent) : &index_.root_sasaran();
      after_parent = &walk_.head_end;
      at_top = walk_.units_end;
    } else if (const Indikator* indikator = old_.find_indikator(id)) {
      parent = old_.find_sasaran(indikator->sasaran) ? indikator->sasaran : kNoId;
      if (parent != kNoId) siblings = &index_.sasaran_indikator(parent);
    } else if (const CrosscuttingLink* link = old_.find_link(id)) {
      parent = old_.find_sasaran(link->from) ? link->from : kNoId;
      if (parent != kNoId) siblings = &index_.links_from(parent);
      after_parent = &walk_.indikator_end;
    }
    if (parent != kNoId && !matching_.old_matched(parent)) return anchor(parent);
    auto self = std::find(siblings->begin(), siblings->end(), id);
    for (auto sibling = self; sibling != siblings->begin();) {
      --sibling;
      Id kept = matching_.new_of(*sibling);
      if (kept != kNoId && walk_.subtree_end.count(kept)) return walk_.subtree_end.at(kept);
    }
    if (parent != kNoId) return walk_.at(*after_parent, matching_.new_of(parent), kAtTheEnd);
    return at_top;
  }

  const Document& old_;
  TreeIndex index_;
  const NodeMatching& matching_;
  const Walk& walk_;
  std::unordered_map<Id, long> anchors_;
  std::unordered_set<Id> visiting_;
};

}  // namespace

void order_changes(const Document& old_document, const Document& new_document, const NodeMatching& matching,
                   std::vector<Change>& changes) {
  const Walk new_walk(new_document, TreeIndex(new_document));
  const Walk old_walk(old_document, TreeIndex(old_document));
  RemovedPlaces places(old_document, matching, new_walk);
  using Key = std::tuple<long, int, long, std::size_t>;
  std::vector<std::pair<Key, std::size_t>> keyed;
  keyed.reserve(changes.size());
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const Change& change = changes[i];
    Key key = change.new_node != kNoId
                  ? Key{new_walk.at(new_walk.position, change.new_node, kAtTheEnd), 0, 0, i}
                  : Key{places.anchor(change.old_node), 1, old_walk.at(old_walk.position, change.old_node, kAtTheEnd), i};
    keyed.emplace_back(key, i);
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<Change> ordered;
  ordered.reserve(changes.size());
  for (const auto& entry : keyed) ordered.push_back(std::move(changes[entry.second]));
  changes = std::move(ordered);
}

}  // namespace pokin
