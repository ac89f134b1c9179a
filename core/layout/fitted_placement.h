#pragma once
// LayoutStyle::Fitted: places a ViewTree so that the whole drawing, boxes at 100%, takes the proportions of an
// area (a page's content area, a screen), deciding per branch rather than once for the tree. Every subtree is a
// rectangle block built bottom-up:
//   - a parent whose children are all leaves stacks them (the compact block, leaf_stack.h);
//   - any other parent hangs its children's blocks in rows under itself: one row, or several of nearly equal
//     count (18 children -> 3 rows of 6) joined by a trunk in a corridor at the block's left and a bus above
//     each row, so no edge crosses a box. Of the cuts no wider than the width budget, it takes the one whose
//     block is shaped most like the area (made wider by a branch-shape factor);
//   - a branch turns left-to-right (its children in a column right of it) when that fits the budget and is
//     shaped more like that area, as a deep narrow branch on a landscape page is.
// Branch-shape factors 1, 2, 4, 16 and width budgets from the one-row width down in 10% steps are all tried; the
// drawing kept is the one a page fit would shrink least (the largest min(fit.width / W, fit.height / H)). Each
// try is linear in the number of boxes (a row tries at most 10 cuts), and there are 4 x O(log(one-row width /
// widest box)) tries.
// An area with no size is taken as an A4 landscape page's content area (786 x 497 pt).
#include <vector>

#include "core/layout/geometry.h"
#include "core/layout/tree_placement.h"
#include "core/layout/view_tree.h"
#include "core/view/layout_view.h"

namespace pokin {

// Moves every box (given at origin with its size) to its place; boxes[i] belongs to tree.nodes[i]. Fills
// Placement's stacked, spine, beside, bus, first_bus and trunk (band_start stays empty).
Placement place_fitted(const ViewTree& tree, const LayoutView::FitArea& fit, std::vector<Box>& boxes);

}  // namespace pokin
