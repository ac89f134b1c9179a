#pragma once
// Depth and "is above" over one kind of parent links (units, or sasaran), answered in constant time after one
// depth-first pass: checks and layout ask these for every node, and walking up the parent chain each time made them
// quadratic on deep trees (a 20,000-deep chain took 99 s to check). Cycles (a damaged document) are handled: the
// members of a cycle are all above each other and above everything that hangs below the cycle.
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "core/model/ids.h"

namespace pokin {

class Ancestry {
 public:
  Ancestry() = default;
  // `roots`: the nodes whose parent is kNoId or unknown; `children`: for each node, the nodes naming it as parent
  // (cycle members included); `cycles`: parent_cycles() of the same links. Linear in the number of nodes.
  Ancestry(const std::vector<Id>& roots, const std::unordered_map<Id, std::vector<Id>>& children,
           std::vector<std::vector<Id>> cycles);

  // True when `ancestor` is `node` itself or lies above it; false when either is unknown (and not equal) and for
  // node kNoId.
  bool is_ancestor(Id ancestor, Id node) const;
  // Steps up to a root: 0 for a root, a cycle member or an unknown node; below a cycle, steps up to the cycle.
  int depth(Id node) const;
  const std::vector<std::vector<Id>>& cycles() const { return cycles_; }

 private:
  struct Place {
    std::uint32_t enter = 0;  // depth-first numbering: a node's descendants lie in [enter, exit]
    std::uint32_t exit = 0;
    std::int32_t depth = 0;
    std::int32_t cycle = -1;  // the cycle this node is on or hangs below, -1 for none
    bool on_cycle = false;
  };
  std::unordered_map<Id, Place> places_;
  std::vector<std::vector<Id>> cycles_;
};

}  // namespace pokin
