#pragma once
// Reading a table whose cells stand one per line with its EMPTY cells kept as empty lines: what Word's "Convert
// Table to Text" with paragraph marks gives (a merged cell once, the rows it spans as empty lines below it). Then
// every row of the table is the same number of lines, N, and the table is a grid again:
//   - N is the run of column numbers under the header ("(1)" ... "(N)"), or else the greatest common divisor of
//     the distances between the lines that hold a kode alone ("1.02.01", "6.01.01.2.01.0001");
//   - the rows start where the column numbers end, or else where the columns come out purest (each column's cells
//     of one kind: kodes, names, amounts of money, values);
//   - what each column holds is read from its cells, in the order of the planning forms (T-C.27, Renja, RPJMD):
//     statements before the kode (Tujuan, Sasaran), the kode, the name of the program / kegiatan / sub kegiatan,
//     its indicator, then [baseline] and per year of the header a target [and its Rp], then [kondisi akhir [Rp]],
//     then the unit and the lokasi the header names; a column of text in between (lokasi, sumber dana, catatan) is
//     left out;
//   - an urusan or bidang urusan row (kode "1" or "1.02", no indicator, only the totals of its pagu) is above the
//     tree: it is left out and named in the report;
//   - the rows then go, under a header written from those roles, to the planning-table reader (table_import.h),
//     which settles levels by the kode's depth and labels, parent links, units and values like any table's.
// Text that keeps no empty cells (a PDF copy) is not this shape: its rows differ in length (cell_lines.h reads it).
// Linear in the number of lines (N is tried once per candidate start, at most N starts).
#include <string_view>
#include <vector>

#include "core/import/import_report.h"
#include "core/import/table_row.h"
#include "core/model/document.h"

namespace pokin::import {

struct CellGrid {
  std::vector<TableRow> rows;  // the title lines (one cell each), the written header, then the data rows (N cells)
  int columns = 0;             // N; 0 when the text is not a grid of cells one per line
  std::vector<std::string> roles;  // the header written for the N columns (for the report and the tests)
  std::string owner;               // the unit a title line names ("Perangkat Daerah : Inspektorat"), or ""
  // Rows of an urusan or bidang urusan (kode of one or two parts, no indicator): above the tree, not read;
  // (line, name) for the report.
  std::vector<std::pair<int, std::string>> context_rows;
  // Cells of a copy without empty cells that found no column of their sort in their row: (line, text).
  std::vector<std::pair<int, std::string>> unplaced;
};

// The grid `lines` make, or columns == 0 when they make none.
CellGrid cell_grid_from_lines(const std::vector<std::string_view>& lines);

// The rows of a copy that dropped its empty cells (a PDF viewer's): cells cut as cell_stream.h cuts them, a row
// opened by a kode (or a statement after the numbers of the row before), each row's cells placed in order on the
// columns of the fullest row, under the column numbers "(1)" ... "(N)" of the header. columns == 0 when `lines`
// have no column numbers or no rows by kode.
CellGrid cell_rows_without_empty_cells(const std::vector<std::string_view>& lines);

// Reads the grid of `lines` into `document` through the planning-table reader. Returns the number of statements
// and indicators added; 0 (document and report untouched) when `lines` make no grid.
int import_cell_grid(const std::vector<std::string_view>& lines, Document& document, ImportReport& report);

}  // namespace pokin::import
