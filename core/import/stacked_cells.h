#pragma once
// A Word table writes all the indicators of a sasaran in one cell, one paragraph each, and their targets the same
// way in the Target cell ("1. Persentase ...\n2. Jumlah ..." beside "75 %\n25 Orang"): one row of the table that
// stands for one row per indicator.
#include <cstddef>
#include <vector>

#include "core/import/table_row.h"

namespace pokin::import {

// The rows `row` stands for when its cell `indicator_column` holds N >= 2 non-empty lines, some other cell holds N
// lines too, and every other filled cell holds one line or N: row k takes line k of each N-line cell, and the
// one-line cells (No, Sasaran) stay on the first row only. Empty when the row is no such row (a single
// indicator, or line counts that do not match, as a long name wrapped over two paragraphs would give).
std::vector<TableRow> split_stacked_row(const TableRow& row, std::size_t indicator_column);

}  // namespace pokin::import
