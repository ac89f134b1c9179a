#pragma once
// A form's table as printed in the PDF (form_pdf.h): its type size, column edges, every cell's text wrapped to
// its (spanned) column, the rows' heights, and how its body rows fall on pages. Pure measurement (text_metrics.h),
// no cairo, so page counts can be worked out and tested without drawing.
//
// Rules of the printed form:
//  - the columns keep FormTable::widths' proportions, scaled to the text width;
//  - the type is 9 pt, smaller in proportion when the form's widths are wider than the page, and smaller still
//    (in half points) while a word does not fit its column, but never under 7 pt: below that the text wraps;
//  - the header rows and the column-number row repeat at the top of every page the table runs onto;
//  - a row is never split across pages, unless it alone is taller than a page: then it is cut between lines and
//    every line still printed;
//  - a cell merged over rows that a page break crosses is printed again, text included, at the top of its part
//    on the next page (as Word does); each part is made tall enough for the text.
#include <vector>
#include <string>

#include "core/forms/form.h"

namespace pokin {

inline constexpr double kFormTableLargestText = 9;   // points
inline constexpr double kFormTableSmallestText = 7;  // points: never smaller, wrap instead
inline constexpr double kFormCellPaddingX = 2.5;     // points, left and right inside a cell
inline constexpr double kFormCellPaddingY = 2;       // points, above and below a cell's text

// A cell that prints: its place in the grid (header rows, the column-number row, then the body rows) and what it
// covers, clipped to the table and to its part (a header cell never spans into the body).
struct PrintedCell {
  int row = 0;
  int column = 0;
  int rows = 1;
  int columns = 1;
  const FormCell* cell = nullptr;  // into TablePlan::grid
  std::vector<std::string> lines;  // wrapped to the spanned width
};

struct TablePlan {
  double text_size = kFormTableLargestText;
  double line_height = 0;
  std::vector<double> column_edges;  // columns + 1 x positions from the table's left edge; the last is its width
  std::vector<FormRow> grid;         // header rows, the column-number row (when asked), the body rows
  int header_rows = 0;               // rows of `grid` repeated on every page (the column-number row included)
  int number_row = -1;               // the column-number row's place in `grid`; -1: none
  std::vector<PrintedCell> cells;    // every printing cell, in grid order
  std::vector<double> heights;       // every grid row's own height, merged cells' needs added to their last row

  int columns() const { return static_cast<int>(column_edges.size()) - 1; }
  int rows() const { return static_cast<int>(grid.size()); }
  double header_height() const;
  // The height `cell`'s text needs: its lines plus the padding.
  double text_height(const PrintedCell& cell) const;
  double text_height(int lines) const;
};

// `width`: the text width of the page in points.
TablePlan plan_table(const FormTable& table, double width);

// What one page holds of a table's body: the header is printed above it on every page.
struct TablePiece {
  bool new_page = false;       // starts a new page (every piece but, possibly, the first)
  // The header rows print above the piece's rows: on every page, unless the header alone takes more than half a
  // page (then on the first only, so the body still gets the room to advance).
  bool header = true;
  int first = 0;               // grid rows first..last (body rows); first > last: the header only (no body rows)
  int last = -1;
  std::vector<double> heights;  // the rows' heights on this page (merged cells cut by the page grown for their text)
  // A part of a row taller than a page: its cells print lines [from_line, to_line) (to_line -1: to their end).
  int from_line = 0;
  int to_line = -1;
  double height() const;       // the rows only, without the header
};

// Cuts the body into pieces. `first_room`: the height left on the current page (the first piece goes there when
// the header and a first row fit, else on a new page); `page_room`: the height of a whole page's text area.
// `keep_after`: the height of what must stand on the table's last page below it (a signature block): when it does
// not fit there, the last row moves to a new page to stand with it (unless it is alone on its page).
std::vector<TablePiece> paginate_table(const TablePlan& plan, double first_room, double page_room,
                                       double keep_after = 0);

// A cell where it prints on a page: `rect` from the top left of the table's part on that page (the header rows
// first, then the piece's rows), and the lines it prints.
struct PlacedCell {
  const PrintedCell* cell = nullptr;
  bool header = false;
  double x = 0, y = 0, width = 0, height = 0;
  std::vector<std::string> lines;
};
std::vector<PlacedCell> place_piece(const TablePlan& plan, const TablePiece& piece);

}  // namespace pokin
