#pragma once
// Reading the body of a Word document (.docx, as Word, LibreOffice and Google Docs write it) as what a planner's
// IKU, Perjanjian Kinerja or Renstra file holds: its tables (w:tbl) in body order, each a grid of cell texts, and
// the body paragraphs around them (titles above a table, signature blocks below it), as text.
//
// A cell's text is the text of all its paragraphs joined by '\n' (empty paragraphs left out); w:tab is a TAB,
// w:br and w:cr a line break; the result text of fields and inserted text (w:ins) are kept, deleted text (w:del,
// w:moveFrom), field codes and the older alternatives of a change (w:*PrChange) dropped. Merged cells repeat the
// text of the cell they continue, as merged ranges do in the XLSX reader: a cell spanning N grid columns
// (w:gridSpan) gives its text to each of them, a vertically continued cell (w:vMerge without "restart") the text
// of the cell above it in the same grid column. A table nested in a cell is part of that cell's text (its rows
// on lines, its cells separated by TABs): in planners' files it lays out a signature or a list, not a table of
// its own.
#include <string>
#include <string_view>
#include <vector>

#include "core/spreadsheet/xlsx_limits.h"

namespace pokin::spreadsheet {

struct WordBlock {
  bool table = false;
  std::string paragraph;                        // a body paragraph (table false): its text, never empty
  std::vector<std::vector<std::string>> rows;   // a table: its rows with a non-empty cell, one string per grid
                                                // column from the first, trailing empty cells dropped
};

struct WordDocument {
  std::vector<WordBlock> blocks;  // in body order
  int tables = 0;                 // blocks that are tables
};

// The most tables a table may be nested in: beyond it a document is refused as crafted (Word itself nests far
// fewer).
constexpr int kMaxWordTableNesting = 32;

// True when `bytes` are a ZIP archive holding word/document.xml (a .docx, whatever its file name says); false
// for any other bytes, a damaged archive included.
bool looks_like_docx(std::string_view bytes);

// The body of the document. `bytes` are untrusted: every problem (not a ZIP archive, damaged, encrypted, an old
// .doc, an OpenDocument text or a workbook instead of a Word document, no word/document.xml, XML that is not
// well-formed or holds a DTD, tables nested beyond kMaxWordTableNesting, a limit of `limits` passed: rows (body
// paragraphs and table rows), cells, columns, cells filled by merges, text repeated by merges beyond
// max_total_bytes) is a UserError saying which, in Indonesian and English; nothing else is thrown but
// std::bad_alloc. A document without any table is not an error here (the importer decides).
WordDocument read_docx(std::string_view bytes, const XlsxLimits& limits = {});

}  // namespace pokin::spreadsheet
