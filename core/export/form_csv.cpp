#include "core/export/form_csv.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/text/bilingual.h"

namespace pokin {
namespace {

// For every cell of `rows`, the cell that shows there: itself, or the merged cell covering it (nullptr for a
// covered cell that no merged cell reaches, in a damaged form).
std::vector<std::vector<const FormCell*>> shown_cells(const std::vector<FormRow>& rows, std::size_t columns) {
  std::vector<std::vector<const FormCell*>> shown(rows.size(), std::vector<const FormCell*>(columns, nullptr));
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size() && c < columns; ++c) {
      const FormCell& cell = rows[r][c];
      if (cell.covered) continue;
      std::size_t last_row = std::min(rows.size(), r + static_cast<std::size_t>(std::max(1, cell.row_span)));
      std::size_t last_column = std::min(columns, c + static_cast<std::size_t>(std::max(1, cell.column_span)));
      for (std::size_t rr = r; rr < last_row; ++rr)
        for (std::size_t cc = c; cc < last_column; ++cc)
          if (rr == r && cc == c) shown[rr][cc] = &cell;
          else if (cc < rows[rr].size() && rows[rr][cc].covered && !shown[rr][cc]) shown[rr][cc] = &cell;
    }
  return shown;
}

std::string one_line(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return text;
}

std::string field(const FormCell* cell, bool repeated, const CsvStyle& style) {
  if (!cell) return {};
  if (repeated && cell->type != FormCellType::Text) return {};  // a merged figure counts once in a column's sum
  if (cell->type != FormCellType::Text && std::isfinite(cell->number))
    return csv_number(cell->number, cell->decimals, style.decimal);
  return cell->text;
}

std::size_t column_count(const FormTable& table) {
  std::size_t columns = table.widths.size();
  for (const FormRow& row : table.header) columns = std::max(columns, row.size());
  for (const FormRow& row : table.rows) columns = std::max(columns, row.size());
  return columns;
}

std::string header_line(const FormTable& table, std::size_t columns, CsvSeparator separator) {
  auto shown = shown_cells(table.header, columns);
  std::vector<std::string> fields(columns);
  for (std::size_t c = 0; c < columns; ++c) {
    const FormCell* previous = nullptr;
    for (std::size_t r = 0; r < shown.size(); ++r) {
      const FormCell* cell = shown[r][c];
      if (!cell || cell == previous || cell->text.empty()) continue;  // a row-spanning cell counts once
      previous = cell;
      fields[c] += (fields[c].empty() ? "" : " - ") + one_line(cell->text);
    }
  }
  return csv_row(fields, separator);
}

std::string table_lines(const FormTable& table, const CsvStyle& style) {
  const std::size_t columns = column_count(table);
  std::string out;
  if (!table.header.empty()) out += header_line(table, columns, style.separator);
  auto shown = shown_cells(table.rows, columns);
  for (std::size_t r = 0; r < shown.size(); ++r) {
    std::vector<std::string> fields;
    fields.reserve(columns);
    for (std::size_t c = 0; c < columns; ++c)
      fields.push_back(field(shown[r][c], shown[r][c] && shown[r][c] != &table.rows[r][c], style));
    out += csv_row(fields, style.separator);
  }
  return out;
}

}  // namespace

std::string csv_number(double number, int decimals, char decimal) {
  decimals = std::clamp(decimals, 0, 15);
  char buffer[400];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, number);
  std::string text = buffer;
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  if (text == "-0") text = "0";
  std::replace(text.begin(), text.end(), '.', decimal);
  return text;
}

std::string forms_to_csv(const std::vector<Form>& forms, const CsvStyle& style) {
  if (style.decimal != ',' && style.decimal != '.')
    throw UserError(std::string("Tanda desimal CSV harus ',' atau '.', bukan '") + style.decimal + "'.",
                    std::string("The CSV decimal mark must be ',' or '.', not '") + style.decimal + "'.");
  std::size_t tables = 0;
  for (const Form& form : forms)
    for (const FormBlock& block : form.blocks) tables += std::holds_alternative<FormTable>(block) ? 1 : 0;
  if (tables == 0)
    throw UserError("Formulir ini tidak memuat tabel, jadi tidak ada yang ditulis ke CSV.",
                    "This form holds no table, so there is nothing to write as CSV.");

  std::string out(kCsvUtf8Bom);
  bool first = true;
  for (const Form& form : forms) {
    int in_form = 0;
    for (const FormBlock& block : form.blocks) {
      const auto* table = std::get_if<FormTable>(&block);
      if (!table) continue;
      ++in_form;
      if (tables > 1) {
        if (!first) out += "\r\n";
        std::string name = form.name + (in_form > 1 ? " - Tabel " + std::to_string(in_form) : std::string());
        out += csv_row({name}, style.separator);
      }
      first = false;
      out += table_lines(*table, style);
    }
  }
  return out;
}

}  // namespace pokin
