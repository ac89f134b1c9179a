#pragma once
// The inside of one box: its text lines wrapped and measured, and its size. Lines are positioned relative to the
// box's top-left corner (the layout engines move them with the box). Box width is view.wrap_width plus padding, so
// every box of a view has the same width and the layout stays calm; the height follows the text.
#include "core/layout/geometry.h"
#include "core/layout/view_tree.h"
#include "core/model/document.h"
#include "core/model/tree_index.h"
#include "core/view/layout_view.h"

namespace pokin {

// Type sizes in points: readable on A3 and on screen at 100%.
struct TypeScale {
  static constexpr double kCode = 8.5;
  static constexpr double kStatement = 10;
  static constexpr double kIndikator = 8.5;
  static constexpr double kDetail = 7.5;
  static constexpr double kHeading = 10.5;
  static constexpr double kLineSpacing = 1.25;  // line height / font size
  static constexpr double kPadding = 8;
};

Box build_box(const Document& document, const TreeIndex& index, const LayoutView& view, const ViewNode& node);
// The boxes of every node of the tree, boxes[i] for tree.nodes[i], each at the origin: what every engine places.
std::vector<Box> build_boxes(const Document& document, const TreeIndex& index, const LayoutView& view,
                             const ViewTree& tree);

// Puts the box's top-left corner at (x, y), its lines and dividers with it: every layout engine places boxes this
// way, so a box looks the same whichever engine placed it.
void move_box(Box& box, double x, double y);

// "83,5 %" from a target value and the satuan, without doubling a satuan the planner already wrote.
std::string value_with_satuan(const std::string& value, const std::string& satuan);

}  // namespace pokin
