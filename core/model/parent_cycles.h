#pragma once
// The cycles among parent links (units or sasaran) in one pass: linear in the number of entities whatever the depth
// of the tree (each entity is walked over once). A document built through core/commands has none; a file edited by
// another tool or a hand-built document can, and a cycle makes every walk up the tree endless.
#include <algorithm>
#include <map>
#include <unordered_map>
#include <vector>

#include "core/model/ids.h"

namespace pokin {

// Each cycle's members sorted by id; the cycles in the order they are met walking the entities by id. A parent
// that is kNoId or not among `entities` ends a chain.
template <class T>
std::vector<std::vector<Id>> parent_cycles(const std::map<Id, T>& entities) {
  enum class Seen : unsigned char { No, OnPath, Done };
  std::unordered_map<Id, Seen> seen;
  seen.reserve(entities.size());
  std::vector<std::vector<Id>> cycles;
  std::vector<Id> path;
  for (const auto& [start, first] : entities) {
    if (seen[start] != Seen::No) continue;
    path.clear();
    for (Id current = start; current != kNoId;) {
      auto found = entities.find(current);
      if (found == entities.end()) break;
      Seen& state = seen[current];
      if (state == Seen::Done) break;
      if (state == Seen::OnPath) {
        std::vector<Id> cycle(std::find(path.begin(), path.end(), current), path.end());
        std::sort(cycle.begin(), cycle.end());
        cycles.push_back(std::move(cycle));
        break;
      }
      state = Seen::OnPath;
      path.push_back(current);
      current = found->second.parent;
    }
    for (Id id : path) seen[id] = Seen::Done;
  }
  return cycles;
}

}  // namespace pokin
