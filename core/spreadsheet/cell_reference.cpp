#include "core/spreadsheet/cell_reference.h"

#include "core/spreadsheet/xlsx_limits.h"

namespace pokin::spreadsheet {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Digits only, stopping as soon as the value passes `ceiling` (so it never overflows).
std::optional<long> bounded_number(std::string_view digits, long ceiling, bool* beyond) {
  if (digits.empty()) return std::nullopt;
  long value = 0;
  for (char c : digits) {
    if (!is_digit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
    if (value > ceiling) {
      for (char rest : digits)
        if (!is_digit(rest)) return std::nullopt;
      *beyond = true;
      return std::nullopt;
    }
  }
  return value;
}

void report(ReferenceProblem* problem, ReferenceProblem what) {
  if (problem) *problem = what;
}

}  // namespace

std::optional<int> parse_row_number(std::string_view text, ReferenceProblem* problem) {
  report(problem, ReferenceProblem::None);
  bool beyond = false;
  auto row = bounded_number(text, kExcelRows, &beyond);
  if (!row || *row == 0) {
    report(problem, beyond ? ReferenceProblem::BeyondRows : ReferenceProblem::Malformed);
    return std::nullopt;
  }
  return static_cast<int>(*row);
}

std::optional<CellReference> parse_cell_reference(std::string_view text, ReferenceProblem* problem) {
  report(problem, ReferenceProblem::None);
  std::size_t letters = 0;
  long column = 0;
  bool beyond_columns = false;
  while (letters < text.size() && text[letters] >= 'A' && text[letters] <= 'Z') {
    if (!beyond_columns) column = column * 26 + (text[letters] - 'A' + 1);
    if (column > kExcelColumns) beyond_columns = true;
    ++letters;
  }
  if (letters == 0) {
    report(problem, ReferenceProblem::Malformed);
    return std::nullopt;
  }
  ReferenceProblem row_problem = ReferenceProblem::None;
  auto row = parse_row_number(text.substr(letters), &row_problem);
  if (row_problem == ReferenceProblem::Malformed) {
    report(problem, ReferenceProblem::Malformed);
    return std::nullopt;
  }
  if (beyond_columns || !row) {
    report(problem, beyond_columns ? ReferenceProblem::BeyondColumns : ReferenceProblem::BeyondRows);
    return std::nullopt;
  }
  return CellReference{static_cast<int>(column - 1), *row};
}

std::string column_letters(int column) {
  std::string letters;
  for (long n = static_cast<long>(column) + 1; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

}  // namespace pokin::spreadsheet
