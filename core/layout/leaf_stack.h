#pragma once
// The compact block of a parent whose children are all leaves: the parent's box with its leaves stacked under
// it, up to Spacing::kSingleColumnMax in one indented column hanging from a spine at the parent's left, more in
// two columns either side of a spine under the parent's centre (so 40 leaves are two boxes wide). Shared by the
// compact and the fitted placements, so a stacked branch looks the same in both.
#include <vector>

#include "core/layout/geometry.h"

namespace pokin {

struct LeafStack {
  double width = 0;       // of the whole block
  double height = 0;
  double box_offset = 0;  // x of the parent's box inside the block
  double spine = 0;       // x of the spine relative to the parent's box's left edge
  std::vector<Point> child_offsets;  // top-left of each leaf inside the block, in the order given
};

LeafStack stack_leaves(const Rect& parent, const std::vector<const Rect*>& leaves);

}  // namespace pokin
