#pragma once
// Reading rows of a table into units, sasaran and indikator: spreadsheet tables (CSV, TSV, pipe tables) and the
// numbered lampiran tables of a decree (one table per unit, the unit named in the PENANGGUNG JAWAB cell of its
// first row). Every header row found starts a new table section; cells left empty under merged cells are filled
// down; structure columns (unit induk, level, kode, kode induk) or an indented outline in the sasaran column give
// the cascade exactly (links marked as the planner's, not suggested).
#include <string>
#include <utility>
#include <vector>

#include "core/import/header_finding.h"
#include "core/import/import_report.h"
#include "core/import/table_reading.h"
#include "core/model/document.h"

namespace pokin::import {

struct TableImportOptions {
  std::vector<ColumnMapping> mapping;
  // Lampiran form: the unit of each table is named in its first row's PENANGGUNG JAWAB cell; text lines
  // between the tables are the decree's own text.
  bool lampiran = false;
  bool tab_separated = false;  // one-cell rows are text between tables, not data
  // The text shows cell borders (has_cell_borders, or a workbook): a table whose header is not recognised is
  // reported with the row that looks most like one, so that the refusal names what is missing.
  bool bordered = false;
  int header_rows = 0;  // > 0: every header spans that many rows (--header-rows); 0: recognised
  int header_line = 0;  // 1-based line of the first header row (0: the first non-empty row), with header_rows
};

// Adds what `rows` hold to `document` (whose info.period is used for "Tahun-N" columns). Throws UserError for an
// unknown --map field or a map that matched no header. Lines that hold no data are reported; report.tables gets
// each header found, report.columns every source column with what it was mapped to and how many of its
// non-empty cells were stored or left out.
void import_table_rows(const std::vector<TableRow>& rows, const TableImportOptions& options, Document& document,
                       ImportReport& report);

}  // namespace pokin::import
