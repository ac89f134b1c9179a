#pragma once
// LayoutStyle::Fitted: places a ViewTree so that the whole drawing, boxes at 100%, takes the proportions of an
// area (a page's content area, a screen), deciding per branch rather than once for the tree. Every subtree is a
// rectangle block built bottom-up:
//   - a parent whose children are all leaves stacks them (the compact block, leaf_stack.h);
//   - any other parent hangs its children's blocks in rows under itself; a row wider than the width budget wraps
//     into several rows of nearly equal count (18 children -> 3 rows of 6), joined by a trunk in a corridor at
//     the block's left and a bus above each row, so no edge crosses a box;
//   - a branch that would come out taller than wide turns left-to-right (children in a column to the right of
//     their parent) when that fits the budget and is lower.
// The budget is the one width, tried from the one-row width down in steps of 10%, whose drawing a page fit would
// scale least (max of min(fit.width / W, fit.height / H)). Each try is linear in the number of boxes (wrapping a
// row tries at most a few row counts), and there are O(log(widest / narrowest)) tries.
// An area with no size is taken as an A4 landscape page's (786 x 500 pt).
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
