#pragma once
// Text whose table cells are kept apart by a run of four blanks, as a table copied from a web page (or stored by
// one) often is: "Misi    Tujuan    Sasaran    Indikator sasaran". The separator is written once per cell border,
// so an empty cell shows as a longer run (eight blanks before "Sasaran 8 :" = two empty cells in front of it), and
// a line break inside a cell (<br>) breaks the row over several lines: the line ends with the separator (the next
// cell's text starts on the next line) or with fewer cells than the table's rows hold (the last cell goes on).
// Runs of fewer than four blanks stay inside a cell: prose keeps its double spaces. Linear in the text.
#include <string_view>
#include <vector>

#include "core/import/table_row.h"

namespace pokin::import {

// Whether `lines` (the first 50 non-empty ones are weighed) are such cells: at least three runs of four or more
// blanks before or between words, on at least two lines with a run between words, one line split into three or
// more cells, and every run of four or more blanks a whole number of separators (4, 8, 12 ...). Text laid out in
// columns by a PDF converter has runs of any length; prose has none.
bool has_blank_run_cells(const std::vector<std::string_view>& lines);

// The cells of one line: a leading run gives an empty cell per separator, a run between words splits them (with an
// empty cell per further separator), a trailing run opens an empty last cell (`open`: its text is on the next line).
std::vector<std::string> split_blank_runs(std::string_view line, bool& open);

// Rows of such text. Lines above the table's first line of several cells are rows of one cell each (title, visi);
// from there, a row broken over lines is joined: a line that ends open, or a line with fewer cells than the usual
// row (the width most lines of several cells have) and more than one, continues with the next line when that line
// holds text, does not start with a run (a run in front places a new row's first cell in a later column) and the
// joined row is no wider than the usual row. A line of one cell is a row of its own ("Misi 1:" above the cells of
// its misi, a heading spanning the table, prose). A joined row keeps the number of its first line.
std::vector<TableRow> read_blank_run_table(std::string_view text);

}  // namespace pokin::import
