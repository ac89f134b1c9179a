// The reader of a Word document's tables (core/spreadsheet/docx_reader.h): cells as Word writes them (merged,
// several paragraphs, tracked changes, fields, text boxes, nested tables), and crafted or damaged files, each
// refused with its own bilingual message and never expanded beyond the limits.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_document.h"
#include "core/spreadsheet/docx_reader.h"
#include "core/text/bilingual.h"
#include "refusal_message.h"
#include "word_document_builder.h"

using namespace pokin::spreadsheet;
using pokin::test::build_docx;
using pokin::test::build_zip;
using pokin::test::says;
using pokin::test::docx_members;
using pokin::test::word_document_xml;
using pokin::test::word_paragraphs;
using pokin::test::word_table;

namespace {

pokin::Bilingual refusal(const std::string& bytes, const XlsxLimits& limits = {}) {
  return pokin::test::refusal_of([&] { read_docx(bytes, limits); });
}

// The only table of a document whose body is `body`.
std::vector<std::vector<std::string>> table_of(const std::string& body) {
  WordDocument document = read_docx(build_docx(body));
  REQUIRE(document.tables == 1);
  for (const WordBlock& block : document.blocks)
    if (block.table) return block.rows;
  return {};
}

std::string run(const std::string& inside) { return "<w:r>" + inside + "</w:r>"; }
std::string text_run(const std::string& text) { return run("<w:t xml:space=\"preserve\">" + text + "</w:t>"); }
std::string cell_xml(const std::string& paragraphs, const std::string& properties = "") {
  return "<w:tc><w:tcPr>" + properties + "</w:tcPr>" + paragraphs + "</w:tc>";
}
std::string one_row_table(const std::string& cells) { return "<w:tbl><w:tr>" + cells + "</w:tr></w:tbl>"; }

}  // namespace

TEST_CASE("docx reader: paragraphs and tables in body order, merged cells repeating the text they continue") {
  WordDocument document = read_docx(build_docx(
      word_paragraphs("INDIKATOR KINERJA UTAMA") +
      word_table(4, {{"[restart]No", "[restart]Sasaran", "[span=2]Target"},
                     {"[continue]", "[continue]", "2024", "2025"},
                     {"[restart]1", "[restart]Meningkatnya mutu", "80", "85"},
                     {"[continue]", "[continue]", "81", ""}}) +
      word_paragraphs("Kepala Dinas")));
  REQUIRE(document.blocks.size() == 3);
  CHECK(document.tables == 1);
  CHECK(document.blocks[0].paragraph == "INDIKATOR KINERJA UTAMA");
  CHECK(document.blocks[2].paragraph == "Kepala Dinas");
  const auto& rows = document.blocks[1].rows;
  REQUIRE(rows.size() == 4);
  CHECK(rows[0] == std::vector<std::string>{"No", "Sasaran", "Target", "Target"});
  CHECK(rows[1] == std::vector<std::string>{"No", "Sasaran", "2024", "2025"});
  CHECK(rows[2] == std::vector<std::string>{"1", "Meningkatnya mutu", "80", "85"});
  CHECK(rows[3] == std::vector<std::string>{"1", "Meningkatnya mutu", "81"});  // trailing empty cell dropped
}

TEST_CASE("docx reader: a cell's paragraphs, tabs and breaks, inserted text kept, deleted text and field codes dropped") {
  std::string paragraphs =
      "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>" + text_run("Nama") + run("<w:tab/>") +
      text_run(": Budi") + "</w:p>" +
      "<w:p>" + text_run("baris") + run("<w:br/>") + text_run("dua") + "</w:p><w:p/>" +
      "<w:p><w:ins w:id=\"1\" w:author=\"A\">" + text_run("baru ") + "</w:ins><w:del w:id=\"2\" w:author=\"A\">" +
      run("<w:delText>lama </w:delText>") + "</w:del>" + text_run("teks") + "</w:p>" +
      "<w:p>" + run("<w:fldChar w:fldCharType=\"begin\"/>") + run("<w:instrText> PAGE </w:instrText>") +
      run("<w:fldChar w:fldCharType=\"separate\"/>") + text_run("7") + run("<w:fldChar w:fldCharType=\"end\"/>") +
      "<w:fldSimple w:instr=\" DATE \">" + text_run(" 2025") + "</w:fldSimple></w:p>";
  auto rows = table_of(one_row_table(cell_xml(paragraphs)));
  REQUIRE(rows.size() == 1);
  CHECK(rows[0][0] == "Nama\t: Budi\nbaris\ndua\nbaru teks\n7 2025");
}

TEST_CASE("docx reader: a text box's alternate content is read once, a nested table joins its cell's text") {
  std::string box =
      "<w:p>" + text_run("Judul") +
      "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p>" + text_run("kotak") +
      "</w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p>" + text_run("kotak") +
      "</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
  std::string nested = word_table(2, {{"a", "b"}, {"c", "d"}});
  auto rows = table_of(one_row_table(cell_xml(box) + cell_xml(word_paragraphs("Atas") + nested)));
  REQUIRE(rows.size() == 1);
  CHECK(rows[0][0] == "Judul\nkotak");
  CHECK(rows[0][1] == "Atas\na\tb\nc\td");
}

TEST_CASE("docx reader: gridBefore and the old hMerge keep the cells on their grid columns") {
  std::string table = "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + cell_xml(word_paragraphs("x")) +
                      cell_xml(word_paragraphs("y"), "<w:hMerge w:val=\"restart\"/>") +
                      cell_xml("<w:p/>", "<w:hMerge/>") + "</w:tr></w:tbl>";
  auto rows = table_of(table);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0] == std::vector<std::string>{"", "x", "y", "y"});
}

TEST_CASE("docx reader: files that are no Word document are refused with their own message") {
  CHECK(says(refusal(""), "not a Word document (.docx)", "bukan dokumen Word (.docx)"));
  CHECK(says(refusal("plain text"), "not a Word document (.docx)", "bukan dokumen Word"));
  CHECK(says(refusal(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0')), "old Word document (.doc)",
             "dokumen Word lama (.doc)"));
  CHECK(says(refusal(build_zip({{"mimetype", "application/vnd.oasis.opendocument.text", true}, {"content.xml", "<x/>"}})),
             "OpenDocument", "OpenDocument"));
  CHECK(says(refusal(build_zip({{"xl/workbook.xml", "<workbook/>"}})), "Excel workbook", "buku kerja Excel"));
  CHECK(says(refusal(build_zip({{"word/styles.xml", "<w:styles/>"}})), "word/document.xml is missing",
             "word/document.xml tidak ada"));
  std::string good = build_docx(word_table(1, {{"a"}}));
  CHECK(says(refusal(good.substr(0, good.size() - 10)), "Word (.docx) file is truncated", "Word (.docx) terpotong"));
  CHECK(says(refusal(build_zip(docx_members("<w:document><w:body><w:tbl></w:body></w:document>"))),
             "Word (.docx) file is damaged", "bukan XML yang utuh"));
}

TEST_CASE("docx reader: crafted documents are refused before they cost memory or time") {
  SUBCASE("entity expansion: a DTD is refused") {
    std::string xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                      "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>";
    CHECK(says(refusal(build_zip(docx_members(xml))), "DTD", "DTD"));
  }
  SUBCASE("zip bomb: a part inflating beyond the limit") {
    std::string body(3 << 20, ' ');  // 3 MB of blanks deflate to a few KB
    XlsxLimits limits;
    limits.max_member_bytes = 1 << 20;
    CHECK(says(refusal(build_docx(word_paragraphs("a") + body), limits), "exceeds 1 MB", "melebihi 1 MB"));
  }
  SUBCASE("tables nested deeper than Word nests them") {
    std::string open, close;
    for (int k = 0; k <= kMaxWordTableNesting; ++k) {
      open += "<w:tbl><w:tr><w:tc>";
      close = "</w:tc></w:tr></w:tbl>" + close;
    }
    CHECK(says(refusal(build_docx(open + "<w:p/>" + close)), "nested more than 32", "bersarang lebih dari 32"));
  }
  SUBCASE("elements nested 200,000 deep around a table: read without recursion") {
    std::string open, close;
    for (int k = 0; k < 200000; ++k) {
      open += "<w:sdt>";
      close += "</w:sdt>";
    }
    WordDocument document = read_docx(build_docx(open + word_table(1, {{"deep"}}) + close));
    REQUIRE(document.tables == 1);
    CHECK(document.blocks.back().rows.front().front() == "deep");
  }
  SUBCASE("a gridSpan wider than any table") {
    CHECK(says(refusal(build_docx(one_row_table(cell_xml(word_paragraphs("x"), "<w:gridSpan w:val=\"2000000000\"/>")))),
               "too wide", "terlalu lebar"));
  }
  SUBCASE("a vertical merge repeating a long text down many rows") {
    std::string rows = "<w:tr>" + cell_xml(word_paragraphs(std::string(100000, 'x')), "<w:vMerge w:val=\"restart\"/>") + "</w:tr>";
    for (int k = 0; k < 200; ++k) rows += "<w:tr>" + cell_xml("<w:p/>", "<w:vMerge/>") + "</w:tr>";
    XlsxLimits limits;
    limits.max_total_bytes = 8 << 20;
    CHECK(says(refusal(build_docx("<w:tbl>" + rows + "</w:tbl>"), limits), "merged ranges that are too large",
               "sel gabungan"));
  }
  SUBCASE("more rows than the limit") {
    std::string rows;
    for (int k = 0; k < 30; ++k) rows += "<w:tr>" + cell_xml(word_paragraphs("r")) + "</w:tr>";
    XlsxLimits limits;
    limits.max_rows = 20;
    CHECK(says(refusal(build_docx("<w:tbl>" + rows + "</w:tbl>"), limits), "more than 20 rows", "lebih dari 20 baris"));
  }
}

TEST_CASE("docx import: a .doc or .odt renamed .docx is refused in Word's words, naming the file") {
  auto refused = [](const std::string& name, const std::string& bytes) {
    pokin::Bilingual message = pokin::test::refusal_of([&] { pokin::import::import_text(name, bytes, {}); });
    CHECK(message.en.rfind(name + ": ", 0) == 0);
    return message;
  };
  CHECK(says(refused("pk.docx", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0')),
             "old Word document (.doc)", "dokumen Word lama"));
  CHECK(says(refused("pk.docx", build_zip({{"mimetype", "application/vnd.oasis.opendocument.text", true},
                                          {"content.xml", "<x/>"}})),
             "OpenDocument", "OpenDocument"));
  std::string good = build_docx(word_table(1, {{"a"}}));
  CHECK(says(refused("pk.docx", good.substr(0, good.size() / 2)), "Word (.docx) file is truncated", "terpotong"));
  // An Excel workbook's messages still speak of Excel.
  CHECK(says(refused("iku.xlsx", good.substr(0, good.size() / 2)), "Excel (.xlsx) file is truncated", "terpotong"));
}
