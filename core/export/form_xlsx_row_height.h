#pragma once
// How tall a row must be for a spreadsheet to show a wrapped cell whole: Excel and LibreOffice do not grow rows
// on opening a file, so a row left at its default height cuts a long indicator name to its first line (and the
// print does too). The text is wrapped with the compiled-in Arial metrics (core/layout/text_metrics.h; the forms
// are set in Arial) at a slightly narrower width than the cell's, because the spreadsheet's own wrapping at
// screen resolution runs a little wider: a row a line too tall costs white space, a line too short loses text.
#include <string_view>

namespace pokin {

inline constexpr double kMaxRowHeightPoints = 409;  // Excel's limit
// Text is wrapped at this much of a cell's inner width: hinted screen text runs up to ~8% wider than the font's
// advances. The inner width is the cell's less kCellPaddingPoints (Excel's margins on both sides, the border).
inline constexpr double kWrapSafety = 0.92;
inline constexpr double kCellPaddingPoints = 6;

// Points between the baselines of two lines at `size` points, and a row of one line.
double line_height_points(double size);
double single_line_row_points(double size);

// The row height in points that shows `text` (UTF-8, "\n" breaks a line) wrapped in a cell `cell_width_points`
// wide at `size` points, at most kMaxRowHeightPoints.
double wrapped_row_points(std::string_view text, double cell_width_points, double size, bool bold);

// Excel's column width in points for a column set to `pixels` (96 per inch).
inline double column_points(int pixels) { return pixels * 0.75; }

}  // namespace pokin
