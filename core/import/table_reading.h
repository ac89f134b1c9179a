#pragma once
// Splitting table text into rows of cells: tab-separated (TSV and PDF/Word conversions), markdown pipe tables,
// and CSV as Excel writes it (comma, or semicolon in Indonesian locales; quoted cells may hold the delimiter,
// doubled quotes and line breaks). Linear in the input.
#include <string>
#include <string_view>
#include <vector>

namespace pokin::import {

enum class Delimiter { Tab, Comma, Semicolon, Pipe };

struct TableRow {
  int line = 0;  // 1-based line where the row starts
  std::vector<std::string> cells;  // raw cell text (not cleaned, not trimmed)
};

// The delimiter most of the first non-empty lines use.
Delimiter detect_delimiter(const std::vector<std::string_view>& lines);

// Rows of `text` split on `delimiter`. Pipe tables: leading/trailing '|' removed, rule rows (|---|---|) dropped.
// Lines of a pipe table that do not start with '|' become one-cell rows.
std::vector<TableRow> read_table(std::string_view text, Delimiter delimiter);

std::vector<std::string> split_tabs(std::string_view line);
// The cells of a "| a | b |" line; empty when the line is not a pipe row.
std::vector<std::string> split_pipes(std::string_view line);
bool is_pipe_rule(std::string_view line);  // |---|:--:|

bool all_cells_empty(const std::vector<std::string>& cells);

}  // namespace pokin::import
