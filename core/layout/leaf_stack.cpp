#include "core/layout/leaf_stack.h"

#include <algorithm>

#include "core/layout/tree_placement.h"

namespace pokin {

LeafStack stack_leaves(const Rect& own, const std::vector<const Rect*>& leaves) {
  LeafStack stack;
  double child_width = 0;
  for (const Rect* r : leaves) child_width = std::max(child_width, r->width);
  int columns = static_cast<int>(leaves.size()) <= Spacing::kSingleColumnMax ? 1 : 2;
  stack.width = columns == 1 ? std::max(own.width, Spacing::kIndent + child_width)
                             : std::max(own.width, 2 * child_width + Spacing::kSpine);
  double spine = columns == 1 ? Spacing::kIndent / 2 : stack.width / 2;
  double y = own.height + Spacing::kStackTop;
  stack.child_offsets.resize(leaves.size());
  for (std::size_t k = 0; k < leaves.size(); k += columns) {
    double row_height = 0;
    for (int col = 0; col < columns && k + col < leaves.size(); ++col) {
      const Rect& r = *leaves[k + col];
      double x = columns == 1 ? Spacing::kIndent
                 : col == 0   ? spine - Spacing::kSpine / 2 - r.width
                              : spine + Spacing::kSpine / 2;
      stack.child_offsets[k + col] = {x, y};
      row_height = std::max(row_height, r.height);
    }
    y += row_height + Spacing::kStackRow;
  }
  stack.height = y - Spacing::kStackRow;
  stack.box_offset = columns == 1 ? 0 : (stack.width - own.width) / 2;
  stack.spine = columns == 1 ? spine : own.width / 2;
  return stack;
}

}  // namespace pokin
