#include "core/layout/tree_placement.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/layout/box_content.h"
#include "core/layout/leaf_stack.h"

namespace pokin {
namespace {

struct Extent {
  double low;
  double high;
};
using Contour = std::vector<Extent>;  // per relative depth, relative to the subtree root's centre

// Packs contours side by side; returns the offset of each (the first at 0) and merges them into `merged`.
std::vector<double> pack(std::vector<Contour*>& contours, double first_gap, double deeper_gap, Contour& merged) {
  std::vector<double> offsets(contours.size(), 0);
  merged = std::move(*contours.front());
  for (std::size_t j = 1; j < contours.size(); ++j) {
    Contour& next = *contours[j];
    double shift = -1e300;
    for (std::size_t d = 0; d < std::min(merged.size(), next.size()); ++d)
      shift = std::max(shift, merged[d].high - next[d].low + (d == 0 ? first_gap : deeper_gap));
    offsets[j] = shift;
    for (std::size_t d = 0; d < next.size(); ++d) {
      if (d < merged.size()) merged[d].high = std::max(merged[d].high, next[d].high + shift);
      else merged.push_back({next[d].low + shift, next[d].high + shift});
    }
  }
  return offsets;
}

}  // namespace

Placement place_tree(const ViewTree& tree, LayoutStyle style, std::vector<Box>& boxes) {
  const std::size_t n = tree.nodes.size();
  const bool across = style == LayoutStyle::LeftRight;  // breadth runs along y
  Placement placement;
  placement.stacked.assign(n, false);
  placement.spine.assign(n, 0);

  // Block of each node: its own box, or in compact style the box with its leaf children stacked below.
  std::vector<double> block_breadth(n), block_depth(n), box_offset(n, 0);
  std::vector<Point> stack_offset(n);  // for stacked nodes: top-left relative to the parent block
  for (std::size_t i = 0; i < n; ++i) {
    const Rect& r = boxes[i].rect;
    block_breadth[i] = across ? r.height : r.width;
    block_depth[i] = across ? r.width : r.height;
  }
  if (style == LayoutStyle::Compact || style == LayoutStyle::Fitted) {
    for (std::size_t i = 0; i < n; ++i) {
      const auto& children = tree.nodes[i].children;
      if (children.empty()) continue;
      bool all_leaves = std::all_of(children.begin(), children.end(),
                                    [&](int c) { return tree.nodes[c].children.empty(); });
      if (!all_leaves) continue;
      std::vector<const Rect*> leaves;
      for (int c : children) leaves.push_back(&boxes[c].rect);
      LeafStack stack = stack_leaves(boxes[i].rect, leaves);
      for (std::size_t k = 0; k < children.size(); ++k) {
        stack_offset[children[k]] = stack.child_offsets[k];
        placement.stacked[children[k]] = true;
      }
      block_breadth[i] = stack.width;
      block_depth[i] = stack.height;
      box_offset[i] = stack.box_offset;
      placement.spine[i] = stack.spine;
    }
  }

  // Bands: every depth gets the depth of its deepest block.
  std::vector<double> band;
  for (std::size_t i = 0; i < n; ++i) {
    if (placement.stacked[i]) continue;
    auto depth = static_cast<std::size_t>(tree.nodes[i].depth);
    if (band.size() <= depth) band.resize(depth + 1, 0);
    band[depth] = std::max(band[depth], block_depth[i]);
  }
  placement.band_start.assign(band.size(), 0);
  for (std::size_t d = 1; d < band.size(); ++d)
    placement.band_start[d] = placement.band_start[d - 1] + band[d - 1] + Spacing::kRank;

  // Contours bottom-up: nodes are in pre-order, so walking backwards meets children before parents.
  std::vector<Contour> contour(n);
  std::vector<double> relative(n, 0);  // centre relative to the parent's centre
  for (std::size_t i = n; i-- > 0;) {
    if (placement.stacked[i]) continue;
    std::vector<Contour*> children;
    std::vector<int> child_ids;
    for (int c : tree.nodes[i].children)
      if (!placement.stacked[c]) {
        children.push_back(&contour[c]);
        child_ids.push_back(c);
      }
    double half = block_breadth[i] / 2;
    if (children.empty()) {
      contour[i] = {{-half, half}};
      continue;
    }
    Contour merged;
    auto offsets = pack(children, Spacing::kSibling, Spacing::kSubtree, merged);
    double centre = (offsets.front() + offsets.back()) / 2;
    for (std::size_t j = 0; j < child_ids.size(); ++j) relative[child_ids[j]] = offsets[j] - centre;
    Contour own{{-half, half}};
    own.reserve(merged.size() + 1);
    for (auto& extent : merged) own.push_back({extent.low - centre, extent.high - centre});
    contour[i] = std::move(own);
    for (int c : child_ids) Contour().swap(contour[c]);
  }
  std::vector<double> centre(n, 0);
  if (!tree.roots.empty()) {
    std::vector<Contour*> roots;
    for (int r : tree.roots) roots.push_back(&contour[r]);
    Contour merged;
    auto offsets = pack(roots, Spacing::kRoots, Spacing::kRoots, merged);
    for (std::size_t j = 0; j < tree.roots.size(); ++j) centre[tree.roots[j]] = offsets[j];
  }

  // Absolute positions, parents first.
  std::vector<Point> block_origin(n);
  for (std::size_t i = 0; i < n; ++i) {
    const ViewNode& node = tree.nodes[i];
    if (placement.stacked[i]) {
      const Point& parent = block_origin[node.parent];
      const Point& offset = stack_offset[i];
      block_origin[i] = {parent.x + offset.x, parent.y + offset.y};
      move_box(boxes[i], block_origin[i].x, block_origin[i].y);
      continue;
    }
    if (node.parent >= 0) centre[i] = centre[node.parent] + relative[i];
    double low = centre[i] - block_breadth[i] / 2;
    double along = placement.band_start[node.depth];
    block_origin[i] = across ? Point{along, low} : Point{low, along};
    if (across) move_box(boxes[i], along, low + box_offset[i]);
    else move_box(boxes[i], low + box_offset[i], along);
  }
  return placement;
}

}  // namespace pokin
