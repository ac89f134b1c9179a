#pragma once
// The header of a table as planning documents print it: one to four rows, merged cells arriving as one cell
// followed by blanks (spanning the cells below them), a row of column numbers ("1 2 3", "(1) (2) (3)") under it.
// Each column's header is composed from all header rows ("Target Kinerja Program dan Kerangka Pendanaan / Tahun
// 2021 / Rp") and recognised as a whole: a lower row completes the rows above it instead of replacing them.
#include <cstddef>
#include <string>
#include <vector>

#include "core/import/column_fields.h"
#include "core/import/table_reading.h"

namespace pokin::import {

struct HeaderBlock {
  std::size_t first = 0;       // index in the rows of the first header row
  std::size_t end = 0;         // index of the first row after the header (and after its column-number row)
  int header_rows = 0;         // rows composed into the header
  int first_line = 0;          // 1-based line of the first header row
  bool number_row = false;     // a column-number row followed the header and was skipped
  std::vector<int> misaligned_lines;  // header rows left out: their cells do not sit under the columns above
  bool years_guessed = false;  // "Target Rp Target Rp" without years: numbered Tahun-1, Tahun-2 ... (a guess)
  std::vector<std::vector<std::string>> parts;  // per column, the header text of each row, top first
  std::vector<std::string> headers;             // per column, the parts joined with " / "
  ColumnLayout layout;                          // per column, what the composed header was recognised as
};

// The header that starts at rows[first]. `forced_rows` > 0: exactly that many non-empty rows (the planner said
// so); 0: rows[first] and the following rows that read as header rows (at most four in all).
HeaderBlock read_header_block(const std::vector<TableRow>& rows, std::size_t first, int forced_rows);

// The field of a column whose header reads `parts` from the top row down.
ColumnField recognise_header_parts(const std::vector<std::string>& parts);

// Whether `cells` reads as a further header row: short cells, each a header word ("Target", "Rp", "2021",
// "Tahun-1", "Urusan", "Sub Kegiatan", "Satuan" ...).
bool is_header_continuation_row(const std::vector<std::string>& cells);

}  // namespace pokin::import
