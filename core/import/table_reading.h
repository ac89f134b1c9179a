#pragma once
// Splitting table text into rows of cells: tab-separated (TSV and PDF/Word conversions), pipe tables (markdown,
// or rows written "a | b | c" without the outer pipes), CSV as Excel writes it (comma, or semicolon in
// Indonesian locales; quoted cells may hold the delimiter, doubled quotes and line breaks), and text from PDF
// whose columns are separated by runs of two or more spaces (a guess: chosen only when most lines split
// consistently). Linear in the input.
#include <string>
#include <string_view>
#include <vector>

#include "core/import/table_row.h"

namespace pokin::import {

// BlankRuns: cells kept apart by a run of four blanks, a web page's table copied as text (blank_run_cells.h).
enum class Delimiter { Tab, Comma, Semicolon, Pipe, Spaces, BlankRuns };

// The delimiter most of the first non-empty lines use. BlankRuns when the runs of blanks are whole separators of four
// (has_blank_run_cells) and no pipe, tab or semicolon borders the cells. Spaces only when no other delimiter is used and at least
// two thirds of those lines split into three or more cells on runs of spaces, most of them into the same number,
// or when the pieces of the lines start at the same character columns (aligned_columns.h).
Delimiter detect_delimiter(const std::vector<std::string_view>& lines);

// Whether detect_delimiter chose its delimiter because the lines show cell borders (pipes, tabs, the same number of
// commas or semicolons on most lines, aligned columns of spaces), not as the last resort: such a text is a table,
// never text whose borders were lost.
bool has_cell_borders(const std::vector<std::string_view>& lines);

// Rows of `text` split on `delimiter`. Pipe tables: outer '|' removed, rule rows (|---|---|) dropped, lines
// without any '|' become one-cell rows; a row broken by a line break inside a cell (the line does not end with
// '|', or its cells and the next line's add up to the table's usual width) is joined with the next line.
// BlankRuns: read_blank_run_table. Spaces: when the pieces of the lines start at shared character columns, one cell per column and wrapped cells
// joined (aligned_columns.h); otherwise cells split on runs of two or more spaces (or a tab); a line that does not
// split is a one-cell row.
std::vector<TableRow> read_table(std::string_view text, Delimiter delimiter);

std::vector<std::string> split_tabs(std::string_view line);
// The cells of a "| a | b |" line, or of "a | b | c" (two or more unescaped '|'); empty when the line is not a
// pipe row.
std::vector<std::string> split_pipes(std::string_view line);
// The cells of a line whose columns are separated by runs of two or more spaces (or tabs); leading and
// trailing blanks dropped.
std::vector<std::string> split_space_runs(std::string_view line);
bool is_pipe_rule(std::string_view line);  // |---|:--:|

bool all_cells_empty(const std::vector<std::string>& cells);
// The cells trimmed and joined with " | ", as the report quotes a row.
std::string joined_cells(const std::vector<std::string>& cells);

}  // namespace pokin::import
