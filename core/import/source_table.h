#pragma once
// The rows of a source as the importer splits them, for the import preview to show "the table as read": the
// sheets of a workbook (line = sheet row number), the paragraphs and tables of a Word document (word_rows.h), the rows of cells of a CSV / TSV / pipe table, and for a decree
// or listing each line as a one-cell row. Cells are as read (not cleaned). Reads only; decides nothing.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/import/import_document.h"
#include "core/import/table_reading.h"

namespace pokin::import {

struct SourceTable {
  std::string format;          // "table", "lampiran", "sk", "listing", "table (xlsx)", "table (docx)", "table (html)";
                               // empty: not text at all
  std::vector<TableRow> rows;  // the first rows of the source, at most the `max_rows` asked for
  std::size_t total_rows = 0;  // rows of the whole source
  std::size_t columns = 0;     // cells of the widest row kept
  bool of_cells = false;       // rows of cells (a table, lampiran tables, a workbook), not lines of text
};

// `format` as the import was asked to read it (--format). A binary file that is not a workbook gives an empty
// table (format empty): import_text says why. Throws UserError only for a damaged workbook or Word document.
SourceTable read_source_table(std::string_view bytes, RequestedFormat format, std::size_t max_rows);
// The same for a file; a file that cannot be read gives an empty table.
SourceTable read_source_table_file(const std::filesystem::path& path, RequestedFormat format, std::size_t max_rows);

}  // namespace pokin::import
