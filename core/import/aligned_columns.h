#pragma once
// Text from PDF whose table columns are kept apart by runs of spaces (pdftotext -layout, a copy from a PDF viewer):
// each cell stands at the same character column on every line. The columns are found from where the pieces of
// the lines begin (a start shared by several lines is a column), every piece goes to the column it overlaps most,
// and a line that only continues the text cells of the line above (a wrapped cell: it starts where that cell
// started and holds no value of its own) is joined to it. Linear in the text, apart from sorting the starts.
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/import/table_row.h"

namespace pokin::import {

// The character columns (0-based, counted in code points) where the table's columns start, from the lines that
// split into three or more pieces; empty when fewer than three such lines share their starts (no aligned table).
std::vector<std::size_t> aligned_column_starts(const std::vector<std::string_view>& lines);

// Rows of `text` read through `starts` (from aligned_column_starts): one cell per column. A line with one piece that
// continues no cell is a one-cell row (a title, a note under the table); a line that continues the cells above
// is joined to that row.
std::vector<TableRow> read_aligned_columns(std::string_view text, const std::vector<std::size_t>& starts);

}  // namespace pokin::import
