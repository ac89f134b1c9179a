#include "core/import/word_rows.h"

#include "core/import/table_reading.h"
#include "core/import/text_cleaning.h"

namespace pokin::import {

WordRows rows_of_word_document(const spreadsheet::WordDocument& word) {
  WordRows out;
  int line = 0;
  for (const spreadsheet::WordBlock& block : word.blocks) {
    if (!block.table) {
      for (std::string_view paragraph_line : split_lines(block.paragraph))
        if (!trim(paragraph_line).empty()) out.rows.push_back({++line, split_tabs(paragraph_line)});
      continue;
    }
    if (block.rows.empty()) continue;
    int first = line + 1;
    for (const std::vector<std::string>& cells : block.rows) out.rows.push_back({++line, cells});
    out.tables.emplace_back(first, line);
  }
  return out;
}

}  // namespace pokin::import
