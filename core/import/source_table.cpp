#include "core/import/source_table.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "core/import/format_detection.h"
#include "core/import/pdf_source.h"
#include "core/import/text_cleaning.h"
#include "core/import/word_rows.h"
#include "core/pdf/pdf_words.h"
#include "core/spreadsheet/docx_reader.h"
#include "core/spreadsheet/html_tables.h"
#include "core/spreadsheet/xlsx_reader.h"
#include "core/text/utf8.h"

namespace pokin::import {
namespace {

void keep_row(SourceTable& table, TableRow row, std::size_t max_rows) {
  ++table.total_rows;
  if (table.rows.size() >= max_rows) return;
  table.columns = std::max(table.columns, row.cells.size());
  table.rows.push_back(std::move(row));
}

}  // namespace

SourceTable read_source_table(std::string_view bytes, RequestedFormat format, std::size_t max_rows) {
  SourceTable table;
  if (spreadsheet::looks_like_docx(bytes)) {
    table.format = "table (docx)";
    table.of_cells = true;
    for (TableRow& row : rows_of_word_document(spreadsheet::read_docx(bytes)).rows) keep_row(table, std::move(row), max_rows);
    return table;
  }
  if (spreadsheet::looks_like_xlsx(bytes)) {
    table.format = "table (xlsx)";
    table.of_cells = true;
    for (const spreadsheet::Sheet& sheet : spreadsheet::read_xlsx(bytes))
      for (const spreadsheet::SheetRow& row : sheet.rows) keep_row(table, {row.row, row.cells}, max_rows);
    return table;
  }
  if (spreadsheet::looks_like_html(bytes)) {
    table.format = "table (html)";
    table.of_cells = true;
    try {
      for (const spreadsheet::Sheet& sheet : spreadsheet::read_html_tables(bytes))
        for (const spreadsheet::SheetRow& row : sheet.rows)
          keep_row(table, {row.row, row.cells, row.outside_table}, max_rows);
    } catch (const UserError&) {
      return table;  // the import says why
    }
    return table;
  }
  if (pdf::looks_like_pdf(bytes)) {
    std::string text;
    try {
      text = read_pdf_source(bytes).text;
    } catch (const UserError&) {
      return table;  // the import says why
    }
    table = read_source_table(text, format, max_rows);
    table.format += " (pdf)";
    return table;
  }
  try {
    refuse_binary("", bytes);
  } catch (const UserError&) {
    return table;  // not text: the import says why
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  const std::string text = repaired_utf8(bytes);
  const std::vector<std::string_view> lines = split_lines(text);
  const SourceForm form = form_to_read(detect_form(lines), format);  // as import_text reads it
  table.format = form_name(form);
  if (form == SourceForm::Table || form == SourceForm::Lampiran) {
    table.of_cells = true;
    const Delimiter delimiter = form == SourceForm::Lampiran ? Delimiter::Tab : detect_delimiter(lines);
    for (TableRow& row : read_table(text, delimiter)) keep_row(table, std::move(row), max_rows);
    return table;
  }
  for (std::size_t i = 0; i < lines.size(); ++i)
    keep_row(table, {static_cast<int>(i + 1), {std::string(lines[i])}}, max_rows);
  return table;
}

SourceTable read_source_table_file(const std::filesystem::path& path, RequestedFormat format, std::size_t max_rows) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return read_source_table(bytes, format, max_rows);
}

}  // namespace pokin::import
