#pragma once
// Rebuilding the tables of a PDF from its words (pdf_words.h), as an office suite printed them:
//  - words side by side form a line (their vertical extents overlap); within a line, a gap wider than a space
//    separates two pieces (the text of two cells);
//  - the columns are the stretches of the page that no piece of the table's body crosses (gaps that stay at the
//    same place down the table); the first lines of a table, its header, may span several columns (a merged
//    heading), so they do not close a gap, but a heading standing alone in a gap opens a column of its own;
//    consecutive pages whose columns agree share them (a table continued over pages);
//  - a line whose pieces each continue the text of a cell just above (in the same column, no wider gap than a
//    wrapped line's, and not a second number under a number) is joined into those cells; any other piece starts
//    a new row, so a cell merged over several rows keeps its wrapped text;
//  - lines before and after the table (titles, signatures) stay lines of their own pieces; page numbers and
//    running headers/footers are dropped; a continued table's repeated header rows are dropped;
//  - a heading merged over several columns (centred over them) goes to the first column of its span, as a
//    spreadsheet keeps it: the span is that of the headings under it (a "Target" over "Tahun 2022 | Tahun 2023").
// Linear in the words apart from sorting them (per page).
#include <string>
#include <utility>
#include <vector>

#include "core/pdf/pdf_words.h"
#include "core/text/bilingual.h"

namespace pokin::pdf {

struct PdfRow {
  int page = 0;  // 1-based
  std::vector<std::string> cells;  // a table row: one cell per column; a line outside a table: its pieces
  bool in_table = false;
  // Table rows: per cell, the first and last column its text reaches (a heading merged over several columns).
  std::vector<std::pair<int, int>> reach;
};

struct PdfLayout {
  std::vector<PdfRow> rows;
  int dropped_page_marks = 0;       // page numbers and running headers/footers left out
  int dropped_repeated_headers = 0; // header rows repeated on a continued page, left out
  std::vector<Bilingual> notes;
};

PdfLayout rebuild_tables(const PdfWords& words);

}  // namespace pokin::pdf
