#pragma once
// The columns of a form's sheet. A sheet has one set of column widths, but a form may stack tables whose columns
// differ (the PK's Sasaran | Indikator | Target above its Program | Anggaran table): every table is scaled to
// the printable width and the sheet's columns are cut at the union of the tables' column edges (edges closer
// than kSnapMillimetres to an earlier table's edge share it, so no sliver columns), a table column then covering
// one or more sheet columns (merged). Titles, paragraphs and signatures are placed on the same edges.
#include <cstdint>
#include <vector>

#include "core/forms/form.h"

namespace pokin {

inline constexpr double kSnapMillimetres = 3;

// The page as libxlsxwriter sets it up: Excel's paper code (9 A4, 8 A3, 14 Folio 8.5 x 13 in for F4), margins,
// the width inside them, and the width the tables take: 97 % of it, so that the fit to the page width rarely
// has to shrink the print (Excel and LibreOffice print a column a few per cent wider or narrower than its
// pixels say).
struct FormSheetPage {
  std::uint8_t excel_paper = 9;
  double margin_inches = 0.59;  // 1,5 cm on every side
  double printable_width_mm = 0;
  double table_width_mm = 0;
};
FormSheetPage form_sheet_page(Paper paper, Orientation orientation);

// A table's column widths in millimetres scaled to `width_mm`. A column too narrow for its widest number (a
// number cannot wrap: Excel shows "####") or its longest word (broken between letters: "Tar-get") is widened to
// fit it at `font_size` points (a word at most to a quarter of the width), the others narrowed in proportion. Columns without a given width get the mean of the given ones. One entry per column of the table
// (the most cells of any row, or the widths given).
std::vector<double> fitted_table_widths(const FormTable& table, double width_mm, double font_size);
int table_column_count(const FormTable& table);

// The size of the tables' text: 10 points, or 9 or 8 when the tables' numbers and longest words do not fit the
// width at 10 (a T-C.27 has sixteen columns), so that words are not broken between letters.
double form_table_font_size(const Form& form, double width_mm);

struct FormSheetGrid {
  std::vector<double> edges;  // millimetres from the left: 0, ..., the printable width; sheet column i is [i, i+1)
  // Per FormTable block of the form, in order: sheet-column edge index of each of its column edges (one more
  // than its columns). Table column c covers sheet columns [table_edges[t][c], table_edges[t][c + 1]).
  std::vector<std::vector<int>> table_edges;

  // Where a paragraph's "label\tvalue" lines put their values (0: no such lines, or labels wider than half).
  double label_edge_mm = 0;

  int columns() const { return static_cast<int>(edges.size()) - 1; }
  double width_mm(int first_column, int end_column) const { return edges[end_column] - edges[first_column]; }
  // The edge index nearest `mm` (ties to the left).
  int nearest_edge(double mm) const;
};

// `font_size`: the tables' text size, for the widths numbers and words need; `text_size`: the paragraphs', for
// their labels' edge. A form without tables gets four equal columns.
FormSheetGrid form_sheet_grid(const Form& form, double width_mm, double font_size, double text_size);

}  // namespace pokin
