#pragma once
// What a Word document holds, as plain data for write_docx (docx_writer.h): sections, each with its paper,
// orientation and margins, holding headings, paragraphs, figures, tables and page breaks in order. The figure
// book writes one figure per page; the official forms (issue 13, form_docx.h) build on the paragraphs (sizes,
// underlined names, tab-aligned label lists) and the tables: header rows that repeat on every page, fixed column
// widths, cells spanning columns and rows, shaded cells, rows that never break across pages, borderless tables
// for signature blocks.
//
// All text is UTF-8 as the planner typed it: the writer escapes it for XML and replaces what XML cannot carry.
// A "\n" in a text is a line break within its paragraph.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/export/page_setup.h"

namespace pokin {

struct DocxPage {
  Paper paper = Paper::A4;
  Orientation orientation = Orientation::Portrait;
  // Margins in millimetres, as Word shows them (in cm).
  double top = 20, bottom = 20, left = 20, right = 20;
};

enum class DocxAlign { Left, Centre, Right, Justify };

struct DocxHeading {
  std::string text;
  int level = 1;  // 1-3: Word's built-in "Heading 1".."Heading 3", so they appear in the navigation pane
};

struct DocxParagraph {
  std::string text;
  bool bold = false;
  DocxAlign align = DocxAlign::Left;
  bool underline = false;
  double size = 0;           // points; 0: the document's 11 pt (in a table: the table's size)
  bool keep_next = false;    // printed on the same page as what follows it
  double space_after = 6;    // points below the paragraph
  // Left tab stops in millimetres from the paragraph's left edge, and a hanging indent: the lines after the
  // first start `hanging` mm in. "Nama\t:\tIr. Budi" with stops at the label's end and the value's start, and
  // the value's start as hanging indent, keeps a long value wrapping under itself.
  std::vector<double> tab_stops = {};
  double hanging = 0;
};

// A figure drawn inline, centred, as large as the section's text area allows (keeping its aspect, leaving room
// for the caption under it). Word 2016+ shows the SVG; older Word and LibreOffice show the PNG.
struct DocxFigure {
  std::string svg;  // the SVG document (svg_export.h)
  std::string png;  // the same figure as PNG bytes (png_export.h), the fallback
  double width = 0;   // the figure's own size in points: its aspect ratio
  double height = 0;
  std::string caption;                 // printed under it as "Gambar N. caption"; empty: no caption
  std::string caption_label = "Gambar";  // the numbered word ("Figure" in English); numbered by a Word SEQ field
};

// A cell spanning rows is one cell per row in Word: Restart in its first row, Continue (left empty) below, each
// with the same `span`.
enum class DocxRowMerge { None, Restart, Continue };

struct DocxCell {
  std::string text;
  bool bold = false;
  DocxAlign align = DocxAlign::Left;
  int span = 1;  // how many grid columns this cell covers
  DocxRowMerge row_merge = DocxRowMerge::None;
  std::optional<std::uint32_t> fill = {}; // 0xRRGGBB shading behind the text
  bool middle = false;                    // text centred vertically (header cells)
  std::vector<DocxParagraph> paragraphs = {};  // when not empty, the cell's content in place of `text`
};

struct DocxRow {
  std::vector<DocxCell> cells;
  bool header = false;      // repeated at the top of every page the table runs onto (header rows come first);
                            // bold, and never broken across pages
  bool cant_split = false;  // never broken across pages: the whole row moves to the next page
  bool keep_next = false;   // on the same page as the row after it
  double min_height = 0;    // points: at least this tall; 0: as tall as its text
};

struct DocxTable {
  std::vector<double> column_widths;  // millimetres, one per grid column; the layout is fixed to them
  std::vector<DocxRow> rows;
  bool fit_width = false;   // the widths scaled (kept in proportion) so the table is exactly as wide as the text
  bool borders = true;      // false: no lines at all (signature blocks)
  double font_size = 0;     // points, for every paragraph in the table; 0: the document's 11 pt
  double cell_margin = 1.5; // millimetres of room left and right of the text in each cell
};

struct DocxPageBreak {};

using DocxBlock = std::variant<DocxHeading, DocxParagraph, DocxFigure, DocxTable, DocxPageBreak>;

struct DocxSection {
  DocxPage page;
  std::vector<DocxBlock> blocks;  // each section starts on a new page
};

struct DocxDocument {
  std::string title;  // the document property (File > Properties), not printed
  std::vector<DocxSection> sections;
};

// One section on `page` holding `figures`, one per page.
DocxSection figure_pages(const DocxPage& page, std::vector<DocxFigure> figures);

}  // namespace pokin
