#pragma once
// Test utility: Word documents (.docx) built in memory with libzip from body XML written the way Word writes it
// (w:tbl with w:tblPr and w:tblGrid, w:tc with w:tcPr/w:tcW, w:gridSpan, w:vMerge w:val="restart" / continue).
// Tables are written as rows of cell specifications, so that a real table can be copied in by hand:
//   "text"              a plain cell; '\n' starts a new paragraph, '\t' is a w:tab
//   "[span=3]text"      a cell over three grid columns (w:gridSpan)
//   "[restart]text"     the first cell of a vertical merge (w:vMerge w:val="restart")
//   "[continue]"        a cell continuing the vertical merge above (w:vMerge without a value)
#include <string>
#include <vector>

#include "zip_builder.h"

namespace pokin::test {

inline std::string xml_escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

// One w:p; a '\t' becomes a w:tab between runs, a '\n' a new paragraph.
inline std::string word_paragraphs(const std::string& text) {
  std::string out, runs, piece;
  auto flush_piece = [&] {
    if (!piece.empty())
      runs += "<w:r><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/><w:sz w:val=\"22\"/></w:rPr>"
              "<w:t xml:space=\"preserve\">" + xml_escaped(piece) + "</w:t></w:r>";
    piece.clear();
  };
  auto flush_paragraph = [&] {
    flush_piece();
    out += "<w:p><w:pPr><w:spacing w:after=\"0\"/><w:tabs><w:tab w:val=\"left\" w:pos=\"1440\"/></w:tabs></w:pPr>" +
           runs + "</w:p>";
    runs.clear();
  };
  for (char c : text) {
    if (c == '\t') {
      flush_piece();
      runs += "<w:r><w:tab/></w:r>";
    } else if (c == '\n') {
      flush_paragraph();
    } else {
      piece += c;
    }
  }
  flush_paragraph();
  return out;
}

inline std::string word_cell(std::string spec) {
  std::string properties = "<w:tcW w:w=\"1500\" w:type=\"dxa\"/>";
  for (;;) {
    if (spec.rfind("[span=", 0) == 0) {
      auto close = spec.find(']');
      properties += "<w:gridSpan w:val=\"" + spec.substr(6, close - 6) + "\"/>";
      spec = spec.substr(close + 1);
    } else if (spec.rfind("[restart]", 0) == 0) {
      properties += "<w:vMerge w:val=\"restart\"/>";
      spec = spec.substr(9);
    } else if (spec.rfind("[continue]", 0) == 0) {
      properties += "<w:vMerge/>";
      spec = spec.substr(10);
    } else {
      break;
    }
  }
  return "<w:tc><w:tcPr>" + properties + "<w:vAlign w:val=\"center\"/></w:tcPr>" + word_paragraphs(spec) + "</w:tc>";
}

// A table of `columns` grid columns.
inline std::string word_table(int columns, const std::vector<std::vector<std::string>>& rows) {
  std::string out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>"
                    "<w:tblLook w:val=\"04A0\"/></w:tblPr><w:tblGrid>";
  for (int k = 0; k < columns; ++k) out += "<w:gridCol w:w=\"1500\"/>";
  out += "</w:tblGrid>";
  for (const auto& row : rows) {
    out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    for (const std::string& cell : row) out += word_cell(cell);
    out += "</w:tr>";
  }
  return out + "</w:tbl>";
}

inline std::string word_document_xml(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
         "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" +
         body +
         "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" "
         "w:left=\"1440\"/></w:sectPr></w:body></w:document>";
}

// The parts Word writes around word/document.xml (enough for Word and LibreOffice to open the file).
inline std::vector<ZipMember> docx_members(const std::string& document_xml) {
  return {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
       "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
       "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/"
       "document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
       "\"/></Types>"},
      {"_rels/.rels",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
       "2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
       "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
      {"word/document.xml", document_xml},
  };
}

// A .docx whose body is `body` (w:p and w:tbl elements).
inline std::string build_docx(const std::string& body) { return build_zip(docx_members(word_document_xml(body))); }

}  // namespace pokin::test
