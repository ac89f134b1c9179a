#include "core/forms/form_cells.h"

#include <cmath>

#include "core/model/indonesian_number.h"

namespace pokin {
namespace {

std::string trimmed(const std::string& text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  std::size_t last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

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

// Digits written after the decimal mark: after the last "," or, for a number read with a decimal point
// ("3.5"), after the last ".".
int written_decimals(const std::string& text, double number) {
  std::size_t mark = text.rfind(',');
  if (mark == std::string::npos && number != std::floor(number)) mark = text.rfind('.');
  if (mark == std::string::npos) return 0;
  int decimals = 0;
  for (std::size_t i = mark + 1; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) ++decimals;
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
  cell.type = FormCellType::Percent;
  cell.text += "%";
  return cell;
}

FormCell value_cell(const Value& value) {
  std::string text = trimmed(value.text);
  std::optional<double> number = value.number ? value.number : parse_indonesian_number(text);
  if (!number || !std::isfinite(*number) || !only_a_number(text)) return text_cell(value.text);
  int decimals = written_decimals(text, *number);
  return text.back() == '%' ? percent_cell(*number, decimals) : number_cell(*number, decimals);
}

void merge_cells(std::vector<FormRow>& table_rows, int row, int column, int rows, int columns) {
  if (rows < 1 || columns < 1 || row < 0 || column < 0) return;
  for (int r = row; r < row + rows && r < static_cast<int>(table_rows.size()); ++r)
    for (int c = column; c < column + columns && c < static_cast<int>(table_rows[r].size()); ++c)
      if (r != row || c != column) table_rows[r][c].covered = true;
  if (row < static_cast<int>(table_rows.size()) && column < static_cast<int>(table_rows[row].size())) {
    table_rows[row][column].row_span = rows;
    table_rows[row][column].column_span = columns;
  }
}

}  // namespace pokin
