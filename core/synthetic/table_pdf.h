#pragma once
// PDF files of tables drawn the way an office suite prints them, for the tests and the bench of the PDF import
// (core/pdf): text in Liberation Sans, cell borders, cell padding of 0.1 cm, text wrapped inside its cell and
// top-aligned, header cells merged over columns and rows, numbers right-aligned, a table continued on the next
// page with its header repeated, a page number at the foot of every page. Drawn with cairo (no office suite needed).
#include <string>
#include <vector>

namespace pokin::synthetic {

struct DrawnCell {
  std::string text;
  int colspan = 1;
  int rowspan = 1;  // header rows only
  bool right = false;  // right-aligned (numbers)
};
using DrawnRow = std::vector<DrawnCell>;

struct DrawnTable {
  std::vector<double> column_widths;  // points
  std::vector<DrawnRow> header;       // bold, centred, repeated on every page the table continues on
  std::vector<DrawnRow> body;
  int rows_per_page = 0;  // > 0: at most this many body rows on a page (a page break at a chosen place)
};

// A line of text: one piece (left, or centred), or several pieces set at `tabs` (points from the left margin;
// spread evenly when empty), as "Nama : ..." lines and signature blocks are. A long single piece wraps.
struct DrawnLine {
  std::vector<std::string> pieces;
  bool centred = false;
  bool bold = false;
  std::vector<double> tabs;
};

struct DrawnBlock {
  std::vector<DrawnLine> lines;  // drawn first
  std::vector<DrawnTable> table;  // zero or one table, after the lines
  bool new_page = false;          // start the block on a new page
};

struct DrawnDocument {
  double page_width = 842, page_height = 595;  // A4 landscape
  double font_size = 9;
  bool page_numbers = true;  // "Halaman N" centred at the foot of each page
  std::vector<DrawnBlock> blocks;
};

// The PDF file's bytes.
std::string draw_table_pdf(const DrawnDocument& document);

}  // namespace pokin::synthetic
