#include "core/model/ancestry.h"

#include <utility>

namespace pokin {

Ancestry::Ancestry(const std::vector<Id>& roots, const std::unordered_map<Id, std::vector<Id>>& children,
                   std::vector<std::vector<Id>> cycles)
    : cycles_(std::move(cycles)) {
  static const std::vector<Id> kNone;
  auto children_of = [&](Id id) -> const std::vector<Id>& {
    auto found = children.find(id);
    return found == children.end() ? kNone : found->second;
  };
  std::size_t nodes = roots.size();
  for (const auto& [parent, list] : children) nodes += list.size();
  places_.reserve(nodes);
  for (std::size_t c = 0; c < cycles_.size(); ++c)
    for (Id member : cycles_[c]) {
      Place& place = places_[member];
      place.cycle = static_cast<std::int32_t>(c);
      place.on_cycle = true;
    }

  // Iterative depth-first walk (a recursive one overflows the stack on a deep chain) from every root and from every
  // cycle member, never stepping onto a cycle member from below.
  std::uint32_t counter = 0;
  struct Frame {
    Id id;
    std::size_t next_child;
  };
  std::vector<Frame> stack;
  auto walk_from = [&](Id start, std::int32_t cycle) {
    Place& first = places_[start];
    first.enter = counter++;
    first.depth = 0;
    first.cycle = cycle;
    stack.push_back({start, 0});
    while (!stack.empty()) {
      Frame& frame = stack.back();
      const std::vector<Id>& list = children_of(frame.id);
      if (frame.next_child == list.size()) {
        places_[frame.id].exit = counter++;
        stack.pop_back();
        continue;
      }
      Id child = list[frame.next_child++];
      auto known = places_.find(child);
      if (known != places_.end() && known->second.on_cycle) continue;
      std::int32_t depth = places_[frame.id].depth + 1;
      Place& place = places_[child];
      place.enter = counter++;
      place.depth = depth;
      place.cycle = cycle;
      stack.push_back({child, 0});
    }
  };
  for (Id root : roots) walk_from(root, -1);
  for (std::size_t c = 0; c < cycles_.size(); ++c)
    for (Id member : cycles_[c]) walk_from(member, static_cast<std::int32_t>(c));
}

bool Ancestry::is_ancestor(Id ancestor, Id node) const {
  if (node == kNoId) return false;
  if (ancestor == node) return true;
  auto above = places_.find(ancestor);
  auto below = places_.find(node);
  if (above == places_.end() || below == places_.end()) return false;
  if (above->second.on_cycle) return below->second.cycle == above->second.cycle;
  return above->second.enter <= below->second.enter && below->second.exit <= above->second.exit;
}

int Ancestry::depth(Id node) const {
  auto found = places_.find(node);
  return found == places_.end() ? 0 : found->second.depth;
}

}  // namespace pokin
