#pragma once
// Reading the tables of a web page: a page saved from an e-SAKIP or SIPD view (.html, .htm), Excel's and Word's
// "Save as Web Page", and the ".xls" files many government web applications export, which are HTML tables under an
// Excel name. Each <table> becomes one Sheet whose cells are laid out as on screen: a cell spanning columns or rows
// (colspan, rowspan) keeps its text in its first cell and leaves the others blank, as a table copied from Excel or
// a browser arrives (a merged header over its sub-columns, a sasaran merged over its indicators). The text lines
// of the page just above a table (its title: the unit, the form, the period) come first, one cell per row, so the
// table reader finds them where a title stands above a header. Row numbers are the lines of the page where each
// row starts, so the report names lines the planner can find.
// Parsing is libxml2's HTML parser (Debian's, tolerant of the tag soup real pages hold), never hand-written.
#include <string_view>
#include <vector>

#include "core/spreadsheet/xlsx_limits.h"
#include "core/spreadsheet/xlsx_reader.h"

namespace pokin::spreadsheet {

// True when `bytes` are a web page rather than plain text: after blanks (and a BOM) the text opens with a tag, and
// its first 64 KB name <html> or <table>.
bool looks_like_html(std::string_view bytes);

// The tables of the page in document order (a table nested in a cell is a table of its own; the outer cell keeps
// its other text). `bytes` are untrusted: a page over the limits (bytes, cells, rows, columns) is a UserError that
// says which; a page without any table gives no sheet.
std::vector<Sheet> read_html_tables(std::string_view bytes, const XlsxLimits& limits = {});

}  // namespace pokin::spreadsheet
