#pragma once
// What every Form a builder makes must hold, whatever the document, for the writers to rely on: every header and
// body row as wide as the table, each merged cell inside the table and covering only cells marked covered (and no
// covered cell outside a merge), Number and Percent cells finite, the text of a number cell non-empty. Shared by
// the form builders' property test (tests/core/form_builders_test.cpp) and the fuzz target
// (tests/fuzz/form_builders_fuzz.cpp). Returns what is wrong, empty when nothing is.
#include <cmath>
#include <string>
#include <variant>
#include <vector>

#include "core/forms/form.h"

namespace pokin::test {

inline std::string rows_problem(const std::vector<FormRow>& rows, std::size_t columns, const std::string& part) {
  std::vector<std::vector<int>> cover(rows.size(), std::vector<int>(columns, 0));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (rows[r].size() != columns) return part + " row " + std::to_string(r) + " is not as wide as the table";
    for (std::size_t c = 0; c < columns; ++c) {
      const FormCell& cell = rows[r][c];
      if (cell.type != FormCellType::Text && (!std::isfinite(cell.number) || cell.text.empty()))
        return part + " cell " + std::to_string(r) + "," + std::to_string(c) + " is a number that is none";
      if (cell.covered) continue;
      if (cell.row_span < 1 || cell.column_span < 1 || r + cell.row_span > rows.size() ||
          c + cell.column_span > columns)
        return part + " cell " + std::to_string(r) + "," + std::to_string(c) + " spans outside the table";
      for (std::size_t i = r; i < r + cell.row_span; ++i)
        for (std::size_t j = c; j < c + cell.column_span; ++j) ++cover[i][j];
    }
  }
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < columns; ++c) {
      // A cell is drawn once: under exactly one start of a merge (itself, when it is a start).
      if (cover[r][c] != 1)
        return part + " cell " + std::to_string(r) + "," + std::to_string(c) + " is covered " +
               std::to_string(cover[r][c]) + " times";
    }
  return {};
}

inline std::string form_problem(const Form& form) {
  for (const FormBlock& block : form.blocks) {
    const FormTable* table = std::get_if<FormTable>(&block);
    if (!table) continue;
    for (double width : table->widths)
      if (!(width > 0)) return "a column without width";
    std::string problem = rows_problem(table->header, table->widths.size(), "header");
    if (problem.empty()) problem = rows_problem(table->rows, table->widths.size(), "body");
    if (!problem.empty()) return problem;
  }
  return {};
}

}  // namespace pokin::test
