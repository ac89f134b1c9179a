#include "core/export/docx_body.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string_view>
#include <variant>

#include "core/export/docx_page_geometry.h"
#include "core/export/xml_text.h"

namespace pokin {
namespace {

const char* kDocumentOpen =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" "
    "xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\"><w:body>";

// Word's extension of a:blip that carries the SVG beside the PNG (Office 2016+).
const char* kSvgBlipExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

std::string number(std::int64_t value) { return std::to_string(value); }

const char* justification(DocxAlign align) {
  switch (align) {
    case DocxAlign::Centre: return "center";
    case DocxAlign::Right: return "right";
    case DocxAlign::Justify: return "both";
    case DocxAlign::Left: break;
  }
  return "left";
}

class BodyWriter {
 public:
  explicit BodyWriter(DocxBody& body) : body_(body), xml_(body.xml) {}

  void section(const DocxSection& section, bool last) {
    page_ = section.page;
    for (const DocxBlock& block : section.blocks) std::visit([this](const auto& item) { write(item); }, block);
    page_break_pending_ = false;  // a break at the end would only add an empty page
    if (last) {
      if (after_table_) tiny_paragraph("");  // Word wants the body to end with a paragraph
      xml_ += section_properties();
      return;
    }
    // A section that is not the last ends with a paragraph carrying its properties: a 1 pt one, so that it
    // cannot spill onto a page of its own after a full page.
    tiny_paragraph(section_properties());
  }

 private:
  void write(const DocxHeading& heading) {
    int level = std::clamp(heading.level, 1, 3);
    open_paragraph(styled("Heading" + std::to_string(level), false, false, DocxAlign::Left));
    run(heading.text, {});
    xml_ += "</w:p>";
  }

  void write(const DocxParagraph& paragraph) { write_paragraph(paragraph, 0, false); }

  // A paragraph in the body (`table_size` 0) or in a table cell, whose paragraphs take the table's font size.
  void write_paragraph(const DocxParagraph& paragraph, double table_size, bool keep_next) {
    Properties properties;
    properties.keep_next = paragraph.keep_next || keep_next;
    properties.align = paragraph.align;
    properties.space_after = paragraph.space_after;
    properties.tab_stops = paragraph.tab_stops;
    properties.hanging = paragraph.hanging;
    properties.size = paragraph.size > 0 ? paragraph.size : table_size;
    open_paragraph(properties);
    run(paragraph.text, {paragraph.bold, paragraph.underline, properties.size});
    xml_ += "</w:p>";
  }

  void write(const DocxFigure& figure) {
    ++figures_;
    const std::string n = std::to_string(figures_);
    const std::string png_id = "rIdFigure" + n + "Png", svg_id = "rIdFigure" + n + "Svg";
    body_.media.push_back({png_id, "media/figure" + n + ".png", &figure.png});
    body_.media.push_back({svg_id, "media/figure" + n + ".svg", &figure.svg});
    DocxExtent extent = figure_extent(page_, figure.width, figure.height);
    const std::string cx = number(extent.width), cy = number(extent.height);
    // keepNext: the caption stays on the figure's page.
    open_paragraph(styled("", true, true, DocxAlign::Centre));
    std::string name = "Gambar " + n;
    std::string description = xml_escaped(figure.caption.empty() ? name : figure.caption);
    xml_ += "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"" + cx +
            "\" cy=\"" + cy + "\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"" + n +
            "\" name=\"" + name + "\" descr=\"" + description +
            "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
            "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
            "<pic:nvPicPr><pic:cNvPr id=\"" + n + "\" name=\"figure" + n + ".png\" descr=\"" + description +
            "\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></pic:cNvPicPr></pic:nvPicPr>"
            "<pic:blipFill><a:blip r:embed=\"" + png_id + "\"><a:extLst><a:ext uri=\"" + kSvgBlipExtension +
            "\"><asvg:svgBlip r:embed=\"" + svg_id + "\"/></a:ext></a:extLst></a:blip>"
            "<a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy +
            "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>"
            "</a:graphic></wp:inline></w:drawing></w:r></w:p>";
    if (figure.caption.empty()) return;
    // "Gambar {SEQ Gambar}. caption": a real Word caption, so a table of figures can list it.
    const std::string label = xml_escaped(figure.caption_label);
    std::string sequence;  // a field identifier is one word
    for (char c : figure.caption_label)
      if (c != ' ' && c != '"' && c != '\\') sequence += c;
    if (sequence.empty()) sequence = "Gambar";
    open_paragraph(styled("Caption", false, false, DocxAlign::Centre));
    xml_ += "<w:r><w:t xml:space=\"preserve\">" + label + " </w:t></w:r><w:fldSimple w:instr=\" SEQ " + xml_escaped(sequence) +
            " \\* ARABIC \"><w:r><w:t>" + std::to_string(++captions_[figure.caption_label]) + "</w:t></w:r></w:fldSimple>";
    run(". " + figure.caption, {});
    xml_ += "</w:p>";
  }

  void write(const DocxTable& table) {
    // Word calls a file with a row-less table or a cell-less row damaged: those are left out.
    const bool has_cells = std::any_of(table.rows.begin(), table.rows.end(), [](const DocxRow& row) { return !row.cells.empty(); });
    if (!has_cells) return;
    if (page_break_pending_) paragraph_with_page_break();
    else if (after_table_) tiny_paragraph("");  // two tables in a row would merge into one
    std::vector<std::int64_t> widths = column_twips(table);
    const std::int64_t total = std::accumulate(widths.begin(), widths.end(), std::int64_t{0});
    const std::string margin = number(std::max<std::int64_t>(twips_from_mm(std::max(table.cell_margin, 0.0)), 0));
    xml_ += "<w:tbl><w:tblPr><w:tblW w:w=\"" + number(total) +
            "\" w:type=\"dxa\"/><w:tblBorders>";
    for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
      xml_ += std::string("<w:") + side +
              (table.borders ? " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" : " w:val=\"nil\"/>");
    xml_ += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"" + margin +
            "\" w:type=\"dxa\"/><w:right w:w=\"" + margin + "\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>";
    for (std::int64_t width : widths) xml_ += "<w:gridCol w:w=\"" + number(width) + "\"/>";
    xml_ += "</w:tblGrid>";
    const double size = table.font_size > 0 ? table.font_size : 0;
    for (const DocxRow& row : table.rows) {
      if (row.cells.empty()) continue;
      xml_ += "<w:tr>";
      if (row.header || row.cant_split || row.min_height > 0) {
        xml_ += "<w:trPr>";
        if (row.header || row.cant_split) xml_ += "<w:cantSplit/>";
        if (row.min_height > 0)
          xml_ += "<w:trHeight w:val=\"" + number(std::llround(row.min_height * 20)) + "\" w:hRule=\"atLeast\"/>";
        if (row.header) xml_ += "<w:tblHeader/>";
        xml_ += "</w:trPr>";
      }
      std::size_t column = 0;
      for (const DocxCell& cell : row.cells) {
        const std::size_t span = static_cast<std::size_t>(std::max(cell.span, 1));
        std::int64_t width = 0;
        for (std::size_t k = column; k < column + span && k < widths.size(); ++k) width += widths[k];
        column += span;
        xml_ += "<w:tc><w:tcPr><w:tcW w:w=\"" + number(width) + "\" w:type=\"dxa\"/>";
        if (span > 1) xml_ += "<w:gridSpan w:val=\"" + std::to_string(span) + "\"/>";
        if (cell.row_merge == DocxRowMerge::Restart) xml_ += "<w:vMerge w:val=\"restart\"/>";
        if (cell.row_merge == DocxRowMerge::Continue) xml_ += "<w:vMerge/>";
        if (cell.fill) xml_ += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + hex_colour(*cell.fill) + "\"/>";
        if (cell.middle) xml_ += "<w:vAlign w:val=\"center\"/>";
        xml_ += "</w:tcPr>";
        if (cell.row_merge == DocxRowMerge::Continue || cell.paragraphs.empty()) {
          Properties properties;
          properties.keep_next = row.keep_next;
          properties.tight = true;
          properties.align = cell.align;
          properties.size = size;
          open_paragraph(properties);
          if (cell.row_merge != DocxRowMerge::Continue) run(cell.text, {cell.bold || row.header, false, size});
          xml_ += "</w:p>";
        } else {
          for (const DocxParagraph& paragraph : cell.paragraphs) write_paragraph(paragraph, size, row.keep_next);
        }
        xml_ += "</w:tc>";
      }
      xml_ += "</w:tr>";
    }
    xml_ += "</w:tbl>";
    after_table_ = true;
  }

  // The grid in twips: the widths given, and for columns the cells use beyond them, an equal share of what is
  // left of the text width (at least 10 mm).
  std::vector<std::int64_t> column_twips(const DocxTable& table) const {
    std::size_t columns = table.column_widths.size();
    for (const DocxRow& row : table.rows) {
      std::size_t used = 0;
      for (const DocxCell& cell : row.cells) used += static_cast<std::size_t>(std::max(cell.span, 1));
      columns = std::max(columns, used);
    }
    if (table.fit_width) return fitted_column_twips(table.column_widths, columns, page_twips(page_).text_width());
    std::vector<std::int64_t> widths;
    for (double width : table.column_widths) widths.push_back(std::max<std::int64_t>(twips_from_mm(width), 1));
    if (widths.size() < columns) {
      const std::int64_t given = std::accumulate(widths.begin(), widths.end(), std::int64_t{0});
      const std::int64_t share = std::max<std::int64_t>(
          (page_twips(page_).text_width() - given) / static_cast<std::int64_t>(columns - widths.size()), twips_from_mm(10));
      widths.resize(columns, share);
    }
    return widths;
  }

  void write(const DocxPageBreak&) { page_break_pending_ = true; }

  // Page breaks become "page break before" on the next paragraph, so no empty paragraph can spill onto a page of
  // its own after a full page. Word refuses a file whose properties are out of the schema's order: pStyle,
  // keepNext, pageBreakBefore, tabs, spacing, ind, jc, rPr.
  struct Properties {
    std::string style;
    bool keep_next = false;
    bool tight = false;  // no spacing before or after
    DocxAlign align = DocxAlign::Left;
    double space_after = 6;  // points, when not tight; 6 is the document's default
    std::vector<double> tab_stops;  // millimetres
    double hanging = 0;             // millimetres
    double size = 0;                // points of the paragraph mark (an empty line's height); 0: the default
  };
  static Properties styled(std::string style, bool keep_next, bool tight, DocxAlign align) {
    Properties properties;
    properties.style = std::move(style);
    properties.keep_next = keep_next;
    properties.tight = tight;
    properties.align = align;
    return properties;
  }
  void open_paragraph(const Properties& properties) {
    std::string all;
    if (!properties.style.empty()) all += "<w:pStyle w:val=\"" + properties.style + "\"/>";
    if (properties.keep_next) all += "<w:keepNext/>";
    if (page_break_pending_) all += "<w:pageBreakBefore/>";
    if (!properties.tab_stops.empty()) {
      all += "<w:tabs>";
      for (double stop : properties.tab_stops)
        all += "<w:tab w:val=\"left\" w:pos=\"" + number(twips_from_mm(std::max(stop, 0.0))) + "\"/>";
      all += "</w:tabs>";
    }
    if (properties.tight) all += "<w:spacing w:before=\"0\" w:after=\"0\"/>";
    else if (properties.space_after != 6)
      all += "<w:spacing w:after=\"" + number(std::llround(std::max(properties.space_after, 0.0) * 20)) + "\"/>";
    if (properties.hanging > 0) {
      const std::string indent = number(twips_from_mm(properties.hanging));
      all += "<w:ind w:left=\"" + indent + "\" w:hanging=\"" + indent + "\"/>";
    }
    if (properties.align != DocxAlign::Left) all += std::string("<w:jc w:val=\"") + justification(properties.align) + "\"/>";
    if (properties.size > 0) all += "<w:rPr>" + size_properties(properties.size) + "</w:rPr>";
    page_break_pending_ = false;
    after_table_ = false;
    xml_ += all.empty() ? "<w:p>" : "<w:p><w:pPr>" + all + "</w:pPr>";
  }

  // An empty paragraph 1 pt high (its mark in 1 pt text), with `tail` (a sectPr) at the end of its properties.
  void tiny_paragraph(const std::string& tail) {
    after_table_ = false;
    xml_ += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>"
            "<w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr>" + tail + "</w:pPr></w:p>";
  }

  void paragraph_with_page_break() {
    page_break_pending_ = false;
    after_table_ = false;
    xml_ += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
  }

  struct RunStyle {
    bool bold = false;
    bool underline = false;
    double size = 0;  // points; 0: the default
  };

  // One run; "\n" is a line break and "\t" a tab, which XML text would otherwise turn into spaces.
  void run(std::string_view text, const RunStyle& style) {
    // The schema's order: b, sz, szCs, u.
    std::string properties;
    if (style.bold) properties += "<w:b/>";
    if (style.size > 0) properties += size_properties(style.size);
    if (style.underline) properties += "<w:u w:val=\"single\"/>";
    xml_ += properties.empty() ? "<w:r>" : "<w:r><w:rPr>" + properties + "</w:rPr>";
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find_first_of("\n\t", start);
      std::string_view piece = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
      if (!piece.empty()) {
        xml_ += "<w:t xml:space=\"preserve\">";
        append_xml_escaped(xml_, piece);
        xml_ += "</w:t>";
      }
      if (end == std::string_view::npos) break;
      xml_ += text[end] == '\n' ? "<w:br/>" : "<w:tab/>";
      start = end + 1;
    }
    xml_ += "</w:r>";
  }

  // Word's sizes are in half points.
  static std::string size_properties(double points) {
    const std::string half_points = number(std::max<std::int64_t>(std::llround(points * 2), 2));
    return "<w:sz w:val=\"" + half_points + "\"/><w:szCs w:val=\"" + half_points + "\"/>";
  }

  static std::string hex_colour(std::uint32_t colour) {
    static const char* digits = "0123456789ABCDEF";
    std::string hex(6, '0');
    for (int k = 5; k >= 0; --k, colour >>= 4) hex[static_cast<std::size_t>(k)] = digits[colour & 0xF];
    return hex;
  }

  std::string section_properties() const {
    DocxPageTwips twips = page_twips(page_);
    std::string xml = "<w:sectPr><w:pgSz w:w=\"" + number(twips.width) + "\" w:h=\"" + number(twips.height) + "\"";
    if (page_.orientation == Orientation::Landscape) xml += " w:orient=\"landscape\"";
    xml += "/><w:pgMar w:top=\"" + number(twips.top) + "\" w:right=\"" + number(twips.right) + "\" w:bottom=\"" +
            number(twips.bottom) + "\" w:left=\"" + number(twips.left) +
            "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>";
    return xml;
  }

  DocxBody& body_;
  std::string& xml_;
  DocxPage page_;
  bool page_break_pending_ = false;
  bool after_table_ = false;  // the last block written is a table
  int figures_ = 0;
  std::map<std::string, int> captions_;  // per caption label, for the SEQ field's cached number
};

}  // namespace

DocxBody docx_body(const DocxDocument& document) {
  DocxBody body;
  body.xml = kDocumentOpen;
  BodyWriter writer(body);
  if (document.sections.empty()) {
    writer.section(DocxSection{}, true);  // Word wants a section: an empty A4 page
  } else {
    for (std::size_t k = 0; k < document.sections.size(); ++k)
      writer.section(document.sections[k], k + 1 == document.sections.size());
  }
  body.xml += "</w:body></w:document>";
  return body;
}

}  // namespace pokin
