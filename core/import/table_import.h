#pragma once
// Reading rows of a table into units, sasaran and indikator: spreadsheet tables (CSV, TSV, pipe tables) and the
// numbered lampiran tables of a decree (one table per unit, the unit named in the PENANGGUNG JAWAB cell of its
// first row). Every header row found starts a new table section; cells left empty under merged cells are filled
// down; structure columns (unit induk, level, kode, kode induk) or an indented outline in the sasaran column give
// the cascade exactly (links marked as the planner's, not suggested).
#include <string>
#include <utility>
#include <vector>

#include "core/import/import_report.h"
#include "core/import/table_reading.h"
#include "core/model/document.h"

namespace pokin::import {

struct ColumnMapping {
  std::string column;  // header text (case-insensitive), 1-based column number, or spreadsheet letter (A, B ...)
  std::string field;   // see field_from_name in column_fields.h
};

struct TableImportOptions {
  std::vector<ColumnMapping> mapping;
  // Lampiran form: the unit of each table is named in its first row's PENANGGUNG JAWAB cell; text lines
  // between the tables are the decree's own text.
  bool lampiran = false;
  bool tab_separated = false;  // one-cell rows are text between tables, not data
};

// Adds what `rows` hold to `document` (whose info.period is used for "Tahun-N" columns). Throws UserError for an
// unknown --map field. Lines that hold no data are reported.
void import_table_rows(const std::vector<TableRow>& rows, const TableImportOptions& options, Document& document,
                       ImportReport& report);

}  // namespace pokin::import
