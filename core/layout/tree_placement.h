#pragma once
// Places the boxes of a ViewTree: a tidy tree (each subtree packed against its left neighbour by comparing
// contours level by level, parents centred over their children, boxes of one depth top-aligned in one band),
// grown downwards or to the right. In the compact style a node whose children are all leaves takes them into a
// block under itself: up to four in one column, indented, hanging from a spine at the parent's left; more in
// two columns either side of a spine under the parent's centre, so a branch of 40 leaves is two boxes wide. No Graphviz involved: linear in the number of boxes times the depth.
#include <vector>

#include "core/layout/geometry.h"
#include "core/layout/view_tree.h"
#include "core/view/layout_view.h"

namespace pokin {

struct Spacing {
  static constexpr double kSibling = 18;   // between neighbouring boxes
  static constexpr double kSubtree = 30;   // between neighbouring subtrees below the first level
  static constexpr double kRoots = 48;     // between trees of the forest
  static constexpr double kRank = 44;      // between the bands of two depths
  static constexpr double kSpine = 28;     // compact: between the two columns
  static constexpr double kIndent = 22;    // compact: a single column's indent under its parent
  static constexpr int kSingleColumnMax = 4;  // compact: more leaves than this go in two columns
  static constexpr double kStackRow = 10;  // compact: between rows of a column
  static constexpr double kStackTop = 18;  // compact: between the parent and its first row
  static constexpr double kMargin = 24;    // around the drawing
  static constexpr double kWrapRow = 36;   // fitted: between wrapped rows of one parent's children (a bus runs in it)
  static constexpr double kCorridor = 24;  // fitted: left of wrapped rows, where the trunk joining them runs
  static constexpr double kBeside = 44;    // fitted: between a turned parent and its column of children
};

struct Placement {
  std::vector<bool> stacked;        // node sits in its parent's compact block
  std::vector<double> spine;        // for a compact parent: x of its spine relative to its box's left edge
  std::vector<double> band_start;   // per depth: where its band starts (y top-down, x left-right); not fitted
  // Fitted style only (fitted_placement.h; empty otherwise): how each child that is not stacked hangs from its
  // parent, in absolute points.
  std::vector<bool> beside;       // child: sits right of its parent (a deep narrow branch turned left-to-right)
  std::vector<double> bus;        // child: y of the bus its row drops from; for `beside`, x of the vertical bus
  std::vector<double> first_bus;  // parent: y of the bus of its first row of children
  std::vector<double> trunk;      // parent: x of the trunk joining its wrapped rows' buses; NaN for one row
};

// Moves every box (given at origin with its size) to its place; boxes[i] belongs to tree.nodes[i]. Fitted is
// placed by place_fitted (fitted_placement.h); given here, it is placed like Compact.
Placement place_tree(const ViewTree& tree, LayoutStyle style, std::vector<Box>& boxes);

}  // namespace pokin
