#include "core/layout/fitted_placement.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/layout/box_content.h"
#include "core/layout/leaf_stack.h"

namespace pokin {
namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
constexpr double kBudgetStep = 0.9;
constexpr double kBranchWidening[] = {1, 2, 4, 16};
constexpr int kBalancedTries = 8;  // row counts tried above the fewest before wrapping greedily

enum class Arrangement { Leaf, Stack, Rows, Beside };

// One try at a width budget: every node's block, where its box and its children's blocks sit inside it.
struct Blocks {
  std::vector<double> width, height;
  std::vector<Point> box;           // the node's box, relative to its block
  std::vector<Point> child_offset;  // a child's block (or a stacked leaf's box), relative to its parent's block
  std::vector<Arrangement> arrangement;
  std::vector<std::vector<std::size_t>> row_starts;  // Rows: index into children where each row begins
  std::vector<double> spine;
  // The forest: the roots' blocks wrapped in rows like children, without a parent box.
  double forest_width = 0, forest_height = 0;
  std::vector<Point> root_offset;
};

// Blocks side by side in rows; `gap(a, b)` between neighbours. Returns where each row begins.
struct RowCut {
  std::vector<std::size_t> starts;
  double width = 0;  // of the widest row
};

double row_width(const std::vector<double>& widths, const std::vector<double>& gaps, std::size_t from,
                 std::size_t to) {
  double w = 0;
  for (std::size_t k = from; k < to; ++k) w += widths[k] + (k > from ? gaps[k] : 0);
  return w;
}

RowCut cut_evenly(const std::vector<double>& widths, const std::vector<double>& gaps, std::size_t rows) {
  RowCut cut;
  std::size_t n = widths.size(), from = 0;
  for (std::size_t r = 0; r < rows && from < n; ++r) {
    std::size_t count = n / rows + (r < n % rows ? 1 : 0);
    cut.starts.push_back(from);
    cut.width = std::max(cut.width, row_width(widths, gaps, from, from + count));
    from += count;
  }
  return cut;
}

RowCut cut_greedily(const std::vector<double>& widths, const std::vector<double>& gaps, double budget) {
  RowCut cut;
  double w = 0;
  for (std::size_t k = 0; k < widths.size(); ++k) {
    if (k == 0 || w + gaps[k] + widths[k] > budget) {
      cut.starts.push_back(k);
      w = widths[k];
    } else {
      w += gaps[k] + widths[k];
    }
    cut.width = std::max(cut.width, w);
  }
  return cut;
}

// The cuts worth trying within `budget`: as even as the widths allow (a wide row of 18 becomes 3 rows of 6, not
// 17 + 1), from the fewest rows that fit to a few more; the greedy cut when no even one fits.
std::vector<RowCut> row_cuts(const std::vector<double>& widths, const std::vector<double>& gaps, double budget) {
  std::vector<RowCut> cuts;
  double one_row = row_width(widths, gaps, 0, widths.size());
  if (one_row <= budget) cuts.push_back({{0}, one_row});
  RowCut greedy = cut_greedily(widths, gaps, budget - Spacing::kCorridor);
  std::size_t fewest = std::max<std::size_t>(2, greedy.starts.size());
  for (std::size_t rows = fewest; rows <= std::min(widths.size(), fewest + kBalancedTries); ++rows) {
    RowCut even = cut_evenly(widths, gaps, rows);
    if (even.width + Spacing::kCorridor <= budget) cuts.push_back(std::move(even));
  }
  if (cuts.empty()) cuts.push_back(std::move(greedy));
  return cuts;
}

double rows_height(const std::vector<double>& heights, const RowCut& cut, double row_gap) {
  double height = 0;
  for (std::size_t r = 0; r < cut.starts.size(); ++r) {
    std::size_t to = r + 1 < cut.starts.size() ? cut.starts[r + 1] : heights.size();
    height += *std::max_element(heights.begin() + cut.starts[r], heights.begin() + to) + (r > 0 ? row_gap : 0);
  }
  return height;
}

// How much a block of width x height would have to shrink to fit the area: blocks shaped like the area score
// lowest, and rows of them pack into the area's shape again one level up.
struct Area {
  double width, height;
  double cost(double w, double h) const { return std::max(w / width, h / height); }
};

// The cut whose block (a parent box of `top` x `parent_width` above the rows, or none) is shaped most like `area`.
RowCut best_cut(const std::vector<double>& widths, const std::vector<double>& heights,
                const std::vector<double>& gaps, double budget, double parent_width, double top, double row_gap,
                const Area& area) {
  RowCut best;
  double best_cost = std::numeric_limits<double>::infinity();
  for (RowCut& cut : row_cuts(widths, gaps, budget)) {
    double corridor = cut.starts.size() > 1 ? Spacing::kCorridor : 0;
    double cost = area.cost(std::max(parent_width, corridor + cut.width), top + rows_height(heights, cut, row_gap));
    if (cost < best_cost) {
      best_cost = cost;
      best = std::move(cut);
    }
  }
  return best;
}

// Places the blocks of `items` in rows `cut` below `top`, each row centred in [left, left + inner); returns the
// bottom of the last row and writes each item's offset and each row's bus.
double lay_rows(const std::vector<double>& widths, const std::vector<double>& heights, const std::vector<double>& gaps,
                const RowCut& cut, double left, double inner, double top, double row_gap, std::vector<Point>& offsets) {
  double y = top;
  offsets.resize(widths.size());
  for (std::size_t r = 0; r < cut.starts.size(); ++r) {
    std::size_t from = cut.starts[r], to = r + 1 < cut.starts.size() ? cut.starts[r + 1] : widths.size();
    double x = left + (inner - row_width(widths, gaps, from, to)) / 2, tallest = 0;
    for (std::size_t k = from; k < to; ++k) {
      if (k > from) x += gaps[k];
      offsets[k] = {x, y};
      x += widths[k];
      tallest = std::max(tallest, heights[k]);
    }
    y += tallest + (r + 1 < cut.starts.size() ? row_gap : 0);
  }
  return y;
}

Blocks build_blocks(const ViewTree& tree, const std::vector<Box>& boxes, double budget, const Area& area) {
  const std::size_t n = tree.nodes.size();
  Blocks b;
  b.width.assign(n, 0);
  b.height.assign(n, 0);
  b.box.assign(n, {});
  b.child_offset.assign(n, {});
  b.arrangement.assign(n, Arrangement::Leaf);
  b.row_starts.assign(n, {});
  b.spine.assign(n, 0);
  auto is_leaf = [&](int i) { return tree.nodes[i].children.empty(); };
  std::vector<double> widths, heights, gaps;
  std::vector<Point> offsets;
  // Pre-order: walking backwards meets children before parents.
  for (std::size_t i = n; i-- > 0;) {
    const Rect& own = boxes[i].rect;
    const auto& children = tree.nodes[i].children;
    if (children.empty()) {
      b.width[i] = own.width;
      b.height[i] = own.height;
      continue;
    }
    if (std::all_of(children.begin(), children.end(), is_leaf)) {
      std::vector<const Rect*> leaves;
      for (int c : children) leaves.push_back(&boxes[c].rect);
      LeafStack stack = stack_leaves(own, leaves);
      b.arrangement[i] = Arrangement::Stack;
      b.width[i] = stack.width;
      b.height[i] = stack.height;
      b.box[i] = {stack.box_offset, 0};
      b.spine[i] = stack.spine;
      for (std::size_t k = 0; k < children.size(); ++k) b.child_offset[children[k]] = stack.child_offsets[k];
      continue;
    }
    widths.clear();
    heights.clear();
    gaps.clear();
    for (std::size_t k = 0; k < children.size(); ++k) {
      int c = children[k];
      widths.push_back(b.width[c]);
      heights.push_back(b.height[c]);
      bool plain = k > 0 && is_leaf(c) && is_leaf(children[k - 1]);
      gaps.push_back(k == 0 ? 0 : plain ? Spacing::kSibling : Spacing::kSubtree);
    }
    // Rows under the parent.
    RowCut cut = best_cut(widths, heights, gaps, budget, own.width, own.height + Spacing::kRank, Spacing::kWrapRow, area);
    double corridor = cut.starts.size() > 1 ? Spacing::kCorridor : 0;
    double rows_width = std::max(own.width, corridor + cut.width);
    double rows_bottom = lay_rows(widths, heights, gaps, cut, corridor, rows_width - corridor,
                                  own.height + Spacing::kRank, Spacing::kWrapRow, offsets);
    // A column to the right of the parent.
    double column_width = 0, column_height = 0;
    for (std::size_t k = 0; k < children.size(); ++k) {
      column_width = std::max(column_width, widths[k]);
      column_height += heights[k] + gaps[k];
    }
    double beside_width = own.width + Spacing::kBeside + column_width;
    double beside_height = std::max(own.height, column_height);
    bool turn = beside_width <= budget && area.cost(beside_width, beside_height) < area.cost(rows_width, rows_bottom);
    if (turn) {
      b.arrangement[i] = Arrangement::Beside;
      b.width[i] = beside_width;
      b.height[i] = beside_height;
      double y = 0;
      for (std::size_t k = 0; k < children.size(); ++k) {
        y += gaps[k];
        b.child_offset[children[k]] = {own.width + Spacing::kBeside, y};
        y += heights[k];
      }
      continue;
    }
    b.arrangement[i] = Arrangement::Rows;
    b.row_starts[i] = std::move(cut.starts);
    b.width[i] = rows_width;
    b.height[i] = rows_bottom;
    // Over the rows (the corridor aside), yet inside the block when the parent is the wider.
    b.box[i] = {std::clamp(corridor + (rows_width - corridor - own.width) / 2, 0.0, rows_width - own.width), 0};
    for (std::size_t k = 0; k < children.size(); ++k) b.child_offset[children[k]] = offsets[k];
  }

  widths.clear();
  heights.clear();
  gaps.clear();
  for (std::size_t k = 0; k < tree.roots.size(); ++k) {
    widths.push_back(b.width[tree.roots[k]]);
    heights.push_back(b.height[tree.roots[k]]);
    gaps.push_back(k == 0 ? 0 : Spacing::kRoots);
  }
  if (!widths.empty()) {
    RowCut cut = best_cut(widths, heights, gaps, budget, 0, 0, Spacing::kRoots, area);
    b.forest_width = cut.width;
    b.forest_height = lay_rows(widths, heights, gaps, cut, 0, cut.width, 0, Spacing::kRoots, b.root_offset);
  }
  return b;
}

double page_scale(const Blocks& b, double fit_width, double fit_height) {
  return std::min(fit_width / std::max(b.forest_width, 1.0), fit_height / std::max(b.forest_height, 1.0));
}

}  // namespace

Placement place_fitted(const ViewTree& tree, const LayoutView::FitArea& fit, std::vector<Box>& boxes) {
  const std::size_t n = tree.nodes.size();
  double fit_width = fit.width > 0 && fit.height > 0 ? fit.width : 786;  // A4 landscape less margins, header and footer (page_setup.h)
  double fit_height = fit.width > 0 && fit.height > 0 ? fit.height : 497;

  // Each branch is shaped like the area made wider by a factor (1: branches shaped like the page; 16: branches as
  // low as the budget lets them), and the whole tree like the budget allows, from the one-row width down to the
  // widest box; keep the drawing a page fit would shrink least.
  double narrowest = 1;
  for (const Box& box : boxes) narrowest = std::max(narrowest, box.rect.width);
  Blocks best;
  double best_scale = -1;
  for (double widen : kBranchWidening) {
    const Area area{fit_width * widen, fit_height};
    double budget = std::numeric_limits<double>::infinity();
    while (true) {
      Blocks blocks = build_blocks(tree, boxes, budget, area);
      double scale = page_scale(blocks, fit_width, fit_height);
      double next = std::min(budget, blocks.forest_width) * kBudgetStep;
      if (scale > best_scale) {
        best_scale = scale;
        best = std::move(blocks);
      }
      if (next < narrowest) break;
      budget = next;
    }
  }

  Placement placement;
  placement.stacked.assign(n, false);
  placement.spine.assign(n, 0);
  placement.beside.assign(n, false);
  placement.bus.assign(n, kNone);
  placement.first_bus.assign(n, kNone);
  placement.trunk.assign(n, kNone);
  std::vector<Point> origin(n);  // of each block
  for (std::size_t k = 0; k < tree.roots.size(); ++k) origin[tree.roots[k]] = best.root_offset[k];
  for (std::size_t i = 0; i < n; ++i) {
    const ViewNode& node = tree.nodes[i];
    if (node.parent >= 0) {
      const Point& at = origin[node.parent];
      origin[i] = {at.x + best.child_offset[i].x, at.y + best.child_offset[i].y};
    }
    move_box(boxes[i], origin[i].x + best.box[i].x, origin[i].y + best.box[i].y);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const auto& children = tree.nodes[i].children;
    const Rect& own = boxes[i].rect;
    switch (best.arrangement[i]) {
      case Arrangement::Leaf:
        break;
      case Arrangement::Stack:
        placement.spine[i] = best.spine[i];
        for (int c : children) placement.stacked[c] = true;
        break;
      case Arrangement::Beside:
        for (int c : children) {
          placement.beside[c] = true;
          placement.bus[c] = own.right() + Spacing::kBeside / 2;
        }
        break;
      case Arrangement::Rows: {
        const auto& starts = best.row_starts[i];
        placement.first_bus[i] = own.bottom() + Spacing::kRank / 2;
        if (starts.size() > 1) placement.trunk[i] = origin[i].x + Spacing::kCorridor / 2;
        for (std::size_t r = 0; r < starts.size(); ++r) {
          std::size_t to = r + 1 < starts.size() ? starts[r + 1] : children.size();
          double top = origin[children[starts[r]]].y;
          double bus = r == 0 ? placement.first_bus[i] : top - Spacing::kWrapRow / 2;
          for (std::size_t k = starts[r]; k < to; ++k) placement.bus[children[k]] = bus;
        }
        break;
      }
    }
  }
  return placement;
}

}  // namespace pokin
