#include "core/import/stacked_cells.h"

#include <string>
#include <string_view>

#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

std::vector<std::string> filled_lines(const std::string& cell) {
  std::vector<std::string> lines;
  for (std::string_view line : split_lines(cell))
    if (std::string text = trim(line); !text.empty()) lines.push_back(text);
  return lines;
}

}  // namespace

std::vector<TableRow> split_stacked_row(const TableRow& row, std::size_t indicator_column) {
  if (indicator_column >= row.cells.size()) return {};
  std::vector<std::vector<std::string>> lines;
  for (const std::string& cell : row.cells) lines.push_back(filled_lines(cell));
  std::size_t count = lines[indicator_column].size();
  if (count < 2) return {};
  bool matched = false;
  for (std::size_t c = 0; c < lines.size(); ++c) {
    if (c == indicator_column || lines[c].size() <= 1) continue;
    if (lines[c].size() != count) return {};
    matched = true;
  }
  if (!matched) return {};
  std::vector<TableRow> rows(count);
  for (std::size_t k = 0; k < count; ++k) {
    rows[k].line = row.line;
    rows[k].cells.resize(row.cells.size());
    for (std::size_t c = 0; c < lines.size(); ++c) {
      if (lines[c].size() == count) rows[k].cells[c] = lines[c][k];
      else if (k == 0 && !lines[c].empty()) rows[k].cells[c] = lines[c][0];
    }
  }
  return rows;
}

}  // namespace pokin::import
