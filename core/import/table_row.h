#pragma once
// One row of a table as read from the source: where it starts and its raw cells. The readers of every text shape
// (table_reading.h, aligned_columns.h) give their rows in this form.
#include <string>
#include <vector>

namespace pokin::import {

struct TableRow {
  int line = 0;  // 1-based line where the row starts
  std::vector<std::string> cells;  // raw cell text (not cleaned, not trimmed)
  bool outside_table = false;      // a line of text around the tables (a web page's title): metadata, never data
};

}  // namespace pokin::import
