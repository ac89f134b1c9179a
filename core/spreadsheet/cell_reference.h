#pragma once
// Cell references of SpreadsheetML ("B3", "XFD1048576") and row numbers, read strictly: only what can name a
// cell of an Excel sheet (columns A..XFD, rows 1..1,048,576). Nothing here can overflow, whatever the digits.
#include <optional>
#include <string>
#include <string_view>

namespace pokin::spreadsheet {

struct CellReference {
  int column = 0;  // 0-based: A = 0, XFD = 16,383
  int row = 0;     // 1-based
};

// Why a reference is not a cell of an Excel sheet.
enum class ReferenceProblem { None, Malformed, BeyondColumns, BeyondRows };

// "B3" -> {1, 3}. `problem` says why when the answer is nullopt.
std::optional<CellReference> parse_cell_reference(std::string_view text, ReferenceProblem* problem = nullptr);

// A row number "1".."1048576" (the r attribute of a <row>); nullopt and a problem otherwise.
std::optional<int> parse_row_number(std::string_view text, ReferenceProblem* problem = nullptr);

// The letters of a 0-based column: 0 -> "A", 27 -> "AB", 16383 -> "XFD".
std::string column_letters(int column);

}  // namespace pokin::spreadsheet
