#pragma once
// A Word document's body as the rows the table reader reads, in body order: each body paragraph gives one row per
// line (its TABs separating cells, as in text copied out of Word), each table its rows of cells. A row's number is
// its place in that order (paragraph lines and table rows counted together). The importer and the import preview
// read a .docx through this one function, so the preview shows the rows the import reads.
#include <utility>
#include <vector>

#include "core/import/table_row.h"
#include "core/spreadsheet/docx_reader.h"

namespace pokin::import {

struct WordRows {
  std::vector<TableRow> rows;
  std::vector<std::pair<int, int>> tables;  // the first and last row number of each table, in order
};

WordRows rows_of_word_document(const spreadsheet::WordDocument& word);

}  // namespace pokin::import
