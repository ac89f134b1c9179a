#pragma once
// Finding the header of each table in a run of rows: a row that reads as a header (its cells recognised, or
// named by the planner's --map), the block of header rows it starts (header_block.h), and the planner's choices
// applied to it: --header-rows (where the header is and how many rows it spans) and --map COLUMN=FIELD, matched
// against the header text of any header row, the composed header, a column letter or a column number.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/import/column_fields.h"
#include "core/import/header_block.h"
#include "core/import/table_reading.h"

namespace pokin::import {

struct ColumnMapping {
  std::string column;  // header text (case-insensitive), 1-based column number, or spreadsheet letter (A, B ...)
  std::string field;   // see field_from_name in column_fields.h
};

struct FoundHeader {
  HeaderBlock block;         // block.layout with the maps applied
  std::vector<bool> chosen;  // per column: set by a --map, not recognised
  bool header_chosen = false;  // placed by --header-rows, not recognised
  // A single "Target" column without a year took the year of the title above the table ("PERJANJIAN KINERJA
  // TAHUN 2025"): a guess, reported. 0 when not.
  int year_from_title = 0;
  // Columns of relative years ("Tahun ke-1", "Tahun-3") and a title above the table naming one span of years
  // ("Tahun 2023-2026"): that span, the period the relative years count from (a guess, reported). 0 when not.
  int period_start_from_title = 0, period_end_from_title = 0;
};

class HeaderFinder {
 public:
  // Throws UserError (Indonesian, English) for a map whose field is not known. header_rows > 0: every header
  // spans that many rows; the first is the first non-empty row at or after `header_line` (1-based; 0 = the
  // first non-empty row of the table), and rows above it are text outside the table.
  HeaderFinder(std::vector<ColumnMapping> mapping, int header_rows, int header_line);

  // The header starting at rows[index], or nullopt when that row does not start one. Throws UserError when a
  // map by header text that holds a year matches several columns.
  std::optional<FoundHeader> header_at(const std::vector<TableRow>& rows, std::size_t index);

  // Whether rows[index] lies above the header the planner placed (--header-rows with a line).
  bool above_chosen_header(const std::vector<TableRow>& rows, std::size_t index);

  // Throws UserError for a map by header text that matched no header of the table.
  void check_every_map_used() const;

 private:
  std::size_t chosen_start(const std::vector<TableRow>& rows);
  std::vector<bool> apply_mapping(HeaderBlock& block);

  std::vector<ColumnMapping> mapping_;
  std::vector<ColumnField> fields_;
  std::vector<bool> used_;
  int header_rows_ = 0, header_line_ = 0;
  bool start_known_ = false;
  std::size_t start_ = 0;
};

// The 0-based column a map names by spreadsheet letter ("A", "AB") or 1-based number ("3"); -1 otherwise.
int column_named_by_position(const std::string& name);

}  // namespace pokin::import
