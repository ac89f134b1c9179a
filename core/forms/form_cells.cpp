#include "core/forms/form_cells.h"

#include <algorithm>
#include <cmath>

#include "core/model/indonesian_number.h"
#include "core/text/ascii_text.h"

namespace pokin {
namespace {

// Whether `text` is only a number as planners write one: digits with "." and "," marks, an optional sign and an
// optional "%" at the end (spaces before it allowed).
bool only_a_number(const std::string& text) {
  std::size_t end = text.size();
  if (end > 0 && text[end - 1] == '%') {
    --end;
    while (end > 0 && text[end - 1] == ' ') --end;
  }
  std::size_t start = text.empty() || text[0] != '-' ? 0 : 1;
  if (start >= end) return false;
  bool digit = false;
  for (std::size_t i = start; i < end; ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9')
      digit = true;
    else if (c != '.' && c != ',')
      return false;
  }
  return digit && text[start] >= '0' && text[start] <= '9' && text[end - 1] >= '0' && text[end - 1] <= '9';
}

int digits_after(const std::string& text, std::size_t mark) {
  int digits = 0;
  for (std::size_t i = mark + 1; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) ++digits;
  return digits;
}

// Digits written after the decimal mark: after the last ",", or without one after the last "." unless that dot
// groups thousands (followed by exactly three digits, as parse_indonesian_number reads it), so "3.5" and "1.0"
// keep their decimal and "1.000" has none.
int written_decimals(const std::string& text) {
  std::size_t mark = text.rfind(',');
  int decimals = 0;
  if (mark != std::string::npos) {
    decimals = digits_after(text, mark);
  } else if ((mark = text.rfind('.')) != std::string::npos) {
    decimals = digits_after(text, mark);
    if (decimals == 3) decimals = 0;
  }
  return decimals > 9 ? 9 : decimals;
}

std::string fixed_decimals(double number, int decimals) {
  std::string text = format_indonesian_number(number, decimals);
  if (decimals <= 0 || !std::isfinite(number) || text.find('E') != std::string::npos) return text;
  std::size_t comma = text.find(',');
  int have = comma == std::string::npos ? 0 : static_cast<int>(text.size() - comma - 1);
  if (comma == std::string::npos) text += ',';
  text.append(static_cast<std::size_t>(decimals - have), '0');
  return text;
}

}  // namespace

FormCell text_cell(std::string text, FormAlign align) {
  FormCell cell;
  cell.text = std::move(text);
  cell.align = align;
  return cell;
}

FormCell bold_cell(std::string text, FormAlign align) {
  FormCell cell = text_cell(std::move(text), align);
  cell.bold = true;
  return cell;
}

FormCell number_cell(double number, int decimals) {
  // NaN and infinities have no place in a number cell (a spreadsheet cannot store them): printed "-" as text.
  if (!std::isfinite(number)) return text_cell(format_indonesian_number(number), FormAlign::Right);
  FormCell cell;
  cell.type = FormCellType::Number;
  cell.number = number;
  cell.decimals = decimals;
  cell.text = fixed_decimals(number, decimals);
  cell.align = FormAlign::Right;
  return cell;
}

FormCell percent_cell(double percent, int decimals) {
  FormCell cell = number_cell(percent, decimals);
  if (cell.type != FormCellType::Number) return cell;
  cell.type = FormCellType::Percent;
  cell.text += "%";
  return cell;
}

FormCell value_cell(const Value& value) {
  std::string text = trimmed(value.text);
  std::optional<double> number = value.number ? value.number : parse_indonesian_number(text);
  if (!number || !std::isfinite(*number) || !only_a_number(text)) return text_cell(value.text);
  int decimals = written_decimals(text);
  return text.back() == '%' ? percent_cell(*number, decimals) : number_cell(*number, decimals);
}

void merge_cells(std::vector<FormRow>& table_rows, int row, int column, int rows, int columns) {
  if (rows < 1 || columns < 1 || row < 0 || column < 0) return;
  if (row >= static_cast<int>(table_rows.size()) || column >= static_cast<int>(table_rows[row].size())) return;
  // Spans end at the table's edge: a writer must never be asked to merge cells that are not there.
  rows = std::min(rows, static_cast<int>(table_rows.size()) - row);
  columns = std::min(columns, static_cast<int>(table_rows[row].size()) - column);
  for (int r = row; r < row + rows; ++r)
    for (int c = column; c < column + columns && c < static_cast<int>(table_rows[r].size()); ++c)
      if (r != row || c != column) table_rows[r][c].covered = true;
  table_rows[row][column].row_span = rows;
  table_rows[row][column].column_span = columns;
}

}  // namespace pokin
