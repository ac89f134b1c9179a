#include "core/export/form_xlsx_row_height.h"

#include <algorithm>

#include "core/layout/text_metrics.h"

namespace pokin {
namespace {

constexpr double kRowPaddingPoints = 3;

}  // namespace

double line_height_points(double size) { return size * 1.3; }

double single_line_row_points(double size) { return line_height_points(size) + kRowPaddingPoints; }

double wrapped_row_points(std::string_view text, double cell_width_points, double size, bool bold) {
  double usable = std::max(size, (cell_width_points - kCellPaddingPoints) * kWrapSafety);
  auto lines = static_cast<double>(wrap_text(text, usable, size, bold).size());
  return std::min(kMaxRowHeightPoints, lines * line_height_points(size) + kRowPaddingPoints);
}

}  // namespace pokin
