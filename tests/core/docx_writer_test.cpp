// The Word writer (core/export/docx_writer.h), read back with the ZIP and XML readers of core/spreadsheet and the
// .docx table reader: package parts, figures stored as Word 2016+ stores SVG, sizes in twips and EMU computed by
// hand, tables with repeated header rows, text with markup characters and Indonesian words, atomic writing.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/export/docx_writer.h"
#include "core/spreadsheet/docx_reader.h"
#include "core/text/bilingual.h"
#include "docx_package_reader.h"
#include "refusal_message.h"
#include "tests/scratch_path.h"

using namespace pokin;
using pokin::test::DocxPackage;
using pokin::test::XmlTreeElement;

namespace {

const std::string kSvg =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1000pt\" "
    "height=\"100pt\" viewBox=\"0 0 1000 100\"><rect width=\"1000\" height=\"100\" fill=\"#2f5d8a\"/></svg>";
const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + "not really a picture";

DocxFigure figure(double width, double height, std::string caption = "Pohon Kinerja") {
  DocxFigure result;
  result.svg = kSvg;
  result.png = kPng;
  result.width = width;
  result.height = height;
  result.caption = std::move(caption);
  return result;
}

DocxDocument one_section(DocxPage page, std::vector<DocxBlock> blocks) {
  DocxDocument document;
  document.title = "Uji";
  document.sections.push_back({page, std::move(blocks)});
  return document;
}

DocxPage page_of(Paper paper, Orientation orientation) {
  DocxPage page;
  page.paper = paper;
  page.orientation = orientation;
  return page;
}

std::string paragraph_text(const XmlTreeElement& paragraph) {
  std::string text;
  for (const XmlTreeElement* piece : paragraph.all("t")) text += piece->text;
  return text;
}

}  // namespace

TEST_CASE("a .docx package declares svg and png, and its relationships point at both media parts") {
  DocxPackage docx(docx_package(one_section({}, {figure(1000, 100)})));
  CHECK(docx.bytes.substr(0, 4) == std::string("PK\x03\x04", 4));

  auto types = docx.xml("[Content_Types].xml");
  std::map<std::string, std::string> defaults, overrides;
  for (const XmlTreeElement* entry : types->root.all("Default")) defaults[(*entry)["Extension"]] = (*entry)["ContentType"];
  for (const XmlTreeElement* entry : types->root.all("Override")) overrides[(*entry)["PartName"]] = (*entry)["ContentType"];
  CHECK(defaults["svg"] == "image/svg+xml");
  CHECK(defaults["png"] == "image/png");
  CHECK(defaults["rels"] == "application/vnd.openxmlformats-package.relationships+xml");
  CHECK(overrides["/word/document.xml"] ==
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");

  auto package_rels = docx.xml("_rels/.rels");
  bool main_document = false;
  for (const XmlTreeElement* relationship : package_rels->root.all("Relationship"))
    if ((*relationship)["Target"] == "word/document.xml" &&
        (*relationship)["Type"] == "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")
      main_document = true;
  CHECK(main_document);

  int png_parts = 0, svg_parts = 0;
  auto rels = docx.xml("word/_rels/document.xml.rels");
  for (const XmlTreeElement* relationship : rels->root.all("Relationship")) {
    const std::string target = (*relationship)["Target"];
    if (target.size() < 4) continue;
    const std::string extension = target.substr(target.size() - 4);
    if (extension != ".png" && extension != ".svg") continue;
    CHECK((*relationship)["Type"] == "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image");
    // The targets are relative to word/, and the parts hold exactly the bytes given.
    CHECK(docx.part("word/" + target) == (extension == ".png" ? kPng : kSvg));
    (extension == ".png" ? png_parts : svg_parts) += 1;
  }
  CHECK(png_parts == 1);
  CHECK(svg_parts == 1);
  CHECK(docx.contains("word/styles.xml"));
}

TEST_CASE("a figure's picture embeds the PNG and carries the SVG in Word's svgBlip extension") {
  DocxPackage docx(docx_package(one_section({}, {figure(1000, 100)})));
  auto targets = docx.document_relationships();
  auto document = docx.xml("word/document.xml");
  auto blips = document->root.all("blip");
  REQUIRE(blips.size() == 1);
  const XmlTreeElement& blip = *blips[0];
  const std::string png_target = targets[blip["embed"]];
  CHECK(png_target.substr(png_target.size() - 4) == ".png");

  const XmlTreeElement* extension = blip.first("ext");
  REQUIRE(extension != nullptr);
  CHECK((*extension)["uri"] == "{96DAC541-7B7A-43D3-8B79-37D633B846F1}");
  const XmlTreeElement* svg_blip = extension->first("svgBlip");
  REQUIRE(svg_blip != nullptr);
  const std::string svg_target = targets[(*svg_blip)["embed"]];
  CHECK(svg_target.substr(svg_target.size() - 4) == ".svg");
  CHECK(docx.part("word/" + svg_target) == kSvg);
  // Inline in the text (not floating), so it moves with its caption.
  CHECK(document->root.first("inline") != nullptr);
  CHECK(document->root.first("anchor") == nullptr);
}

TEST_CASE("a figure is drawn at the size, in EMU, that fits the text area, keeping its aspect") {
  auto extent_of = [](const DocxPage& page, double width, double height) {
    DocxPackage docx(docx_package(one_section(page, {figure(width, height)})));
    auto document = docx.xml("word/document.xml");
    const XmlTreeElement* extent = document->root.first("extent");  // wp:extent
    const XmlTreeElement* transform = document->root.first("xfrm");
    REQUIRE(extent != nullptr);
    REQUIRE(transform != nullptr);
    const XmlTreeElement* shape = transform->first("ext");  // a:ext of the picture's shape: the same size
    REQUIRE(shape != nullptr);
    CHECK((*shape)["cx"] == (*extent)["cx"]);
    CHECK((*shape)["cy"] == (*extent)["cy"]);
    return std::make_pair(std::stoll((*extent)["cx"]), std::stoll((*extent)["cy"]));
  };
  // A4 portrait, 20 mm margins: 11906 - 2 x 1134 = 9638 twips of text width = 9638 x 635 = 6,120,130 EMU.
  // A 10:1 figure takes the whole width: 6,120,130 x 612,013.
  CHECK(extent_of(page_of(Paper::A4, Orientation::Portrait), 1000, 100) == std::make_pair(6120130LL, 612013LL));
  // A small figure is enlarged to the same width.
  CHECK(extent_of(page_of(Paper::A4, Orientation::Portrait), 100, 10) == std::make_pair(6120130LL, 612013LL));
  // A4 landscape: text height 11906 - 2268 = 9638 twips, minus 1200 for the caption = 8438 twips = 5,358,130 EMU;
  // a 1:10 figure is bound by the height: 535,813 x 5,358,130.
  CHECK(extent_of(page_of(Paper::A4, Orientation::Landscape), 100, 1000) == std::make_pair(535813LL, 5358130LL));
  // F4 portrait: 18709 - 2268 - 1200 = 15241 twips = 9,678,035 EMU high; a 1:5 figure: 1,935,607 wide.
  CHECK(extent_of(page_of(Paper::F4, Orientation::Portrait), 200, 1000) == std::make_pair(1935607LL, 9678035LL));
}

TEST_CASE("sectPr gives each section its paper, orientation and margins in twips") {
  auto section_properties = [](const DocxDocument& word) {
    DocxPackage docx(docx_package(word));
    auto document = docx.xml("word/document.xml");
    std::vector<std::map<std::string, std::string>> found;
    for (const XmlTreeElement* section : document->root.all("sectPr")) {
      const XmlTreeElement* size = section->first("pgSz");
      const XmlTreeElement* margins = section->first("pgMar");
      REQUIRE(size != nullptr);
      REQUIRE(margins != nullptr);
      found.push_back({{"w", (*size)["w"]}, {"h", (*size)["h"]}, {"orient", (*size)["orient"]},
                       {"top", (*margins)["top"]}, {"left", (*margins)["left"]}, {"right", (*margins)["right"]},
                       {"bottom", (*margins)["bottom"]}, {"in", section->parent->name}});
    }
    return found;
  };
  DocxPage f4;
  f4.paper = Paper::F4;
  f4.top = 25.4;    // 1 inch = 1440 twips
  f4.left = 30;     // 30 / 25.4 x 1440 = 1700.8 -> 1701
  f4.right = 15;    // 850.4 -> 850
  f4.bottom = 10;   // 566.9 -> 567
  DocxDocument word;
  word.sections.push_back({f4, {DocxParagraph{"Formulir"}}});
  word.sections.push_back({page_of(Paper::A4, Orientation::Landscape), {DocxParagraph{"Gambar"}}});
  word.sections.push_back({page_of(Paper::A3, Orientation::Landscape), {DocxParagraph{"Poster"}}});
  word.sections.push_back({page_of(Paper::A4, Orientation::Portrait), {DocxParagraph{"Akhir"}}});
  auto found = section_properties(word);
  REQUIRE(found.size() == 4);
  // 215 x 330 mm = 12189 x 18709 twips; portrait carries no orient attribute.
  CHECK(found[0] == std::map<std::string, std::string>{{"w", "12189"}, {"h", "18709"}, {"orient", "(absent)"},
                                                         {"top", "1440"}, {"left", "1701"}, {"right", "850"},
                                                         {"bottom", "567"}, {"in", "pPr"}});
  // A4 landscape: 297 x 210 mm = 16838 x 11906; 20 mm margins = 1134.
  CHECK(found[1] == std::map<std::string, std::string>{{"w", "16838"}, {"h", "11906"}, {"orient", "landscape"},
                                                         {"top", "1134"}, {"left", "1134"}, {"right", "1134"},
                                                         {"bottom", "1134"}, {"in", "pPr"}});
  // A3 landscape: 420 x 297 mm = 23811 x 16838.
  CHECK(found[2]["w"] == "23811");
  CHECK(found[2]["h"] == "16838");
  CHECK(found[2]["orient"] == "landscape");
  // The last section's properties are the body's own last child.
  CHECK(found[3]["w"] == "11906");
  CHECK(found[3]["h"] == "16838");
  CHECK(found[3]["in"] == "body");
}

TEST_CASE("figure pages: one figure per page, a page break before each but the first, a numbered caption under each") {
  DocxPackage docx(docx_package(
      DocxDocument{"Buku", {figure_pages({}, {figure(1000, 100, "Ikhtisar"), figure(100, 1000, "Cabang 1")})}}));
  auto document = docx.xml("word/document.xml");
  std::vector<const XmlTreeElement*> paragraphs = document->root.all("p");
  std::vector<const XmlTreeElement*> figure_paragraphs, caption_paragraphs;
  for (const XmlTreeElement* paragraph : paragraphs) {
    if (paragraph->first("drawing")) figure_paragraphs.push_back(paragraph);
    if (const XmlTreeElement* style = paragraph->first("pStyle"); style && (*style)["val"] == "Caption")
      caption_paragraphs.push_back(paragraph);
  }
  REQUIRE(figure_paragraphs.size() == 2);
  CHECK(figure_paragraphs[0]->first("pageBreakBefore") == nullptr);
  CHECK(figure_paragraphs[1]->first("pageBreakBefore") != nullptr);
  // No page of its own for a stray break: no w:br anywhere.
  CHECK(document->root.first("br") == nullptr);
  REQUIRE(caption_paragraphs.size() == 2);
  CHECK(paragraph_text(*caption_paragraphs[0]) == "Gambar 1. Ikhtisar");
  CHECK(paragraph_text(*caption_paragraphs[1]) == "Gambar 2. Cabang 1");
  const XmlTreeElement* field = caption_paragraphs[1]->first("fldSimple");
  REQUIRE(field != nullptr);
  CHECK((*field)["instr"] == " SEQ Gambar \\* ARABIC ");
  // The two figures have their own media parts.
  CHECK(docx.contains("word/media/figure1.png"));
  CHECK(docx.contains("word/media/figure2.svg"));
}

TEST_CASE("a table: fixed column widths, header rows marked to repeat, cells spanning columns") {
  DocxTable table;
  table.column_widths = {10, 50, 30};  // mm: 567, 2835, 1701 twips
  table.rows.push_back({{{"Formulir Rencana Kinerja", true, DocxAlign::Centre, 3}}, true});
  table.rows.push_back({{{"No"}, {"Sasaran"}, {"Indikator"}}, true});
  table.rows.push_back({{{"1"}, {"Meningkatnya kualitas pelayanan"}, {"Indeks Kepuasan Masyarakat"}}, false});
  DocxPackage docx(docx_package(one_section({}, {table})));
  auto document = docx.xml("word/document.xml");
  const XmlTreeElement* word_table = document->root.first("tbl");
  REQUIRE(word_table != nullptr);
  std::vector<std::string> grid;
  for (const XmlTreeElement* column : word_table->all("gridCol")) grid.push_back((*column)["w"]);
  CHECK(grid == std::vector<std::string>{"567", "2835", "1701"});
  const XmlTreeElement* layout = word_table->first("tblLayout");
  REQUIRE(layout != nullptr);
  CHECK((*layout)["type"] == "fixed");

  auto rows = word_table->all("tr");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0]->first("tblHeader") != nullptr);
  CHECK(rows[1]->first("tblHeader") != nullptr);
  CHECK(rows[2]->first("tblHeader") == nullptr);
  const XmlTreeElement* span = rows[0]->first("gridSpan");
  REQUIRE(span != nullptr);
  CHECK((*span)["val"] == "3");
  const XmlTreeElement* spanned_width = rows[0]->first("tcW");
  REQUIRE(spanned_width != nullptr);
  CHECK((*spanned_width)["w"] == "5103");  // 567 + 2835 + 1701
  CHECK((*rows[2]->all("tcW")[1])["w"] == "2835");

  // The .docx table reader of the importer sees the same cells.
  spreadsheet::WordDocument read = spreadsheet::read_docx(docx.bytes);
  REQUIRE(read.tables == 1);
  for (const auto& block : read.blocks) {
    if (!block.table) continue;
    REQUIRE(block.rows.size() == 3);
    CHECK(block.rows[1] == std::vector<std::string>{"No", "Sasaran", "Indikator"});
    CHECK(block.rows[2] == std::vector<std::string>{"1", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat"});
  }
}

TEST_CASE("text with & < > quotes and Indonesian words comes back as written") {
  const std::string heading = "Pohon Kinerja Dinas Pekerjaan Umum & Penataan Ruang";
  const std::string body = "Capaian 92,8% < 100% > 0 — \"Sangat baik\" 'ya' · Rp1.250.000 · ±5% · Bupati Balangan";
  const std::string cell = "Kesehatan & Pendidikan <Urusan Wajib>";
  DocxTable table;
  table.column_widths = {60};
  table.rows.push_back({{{cell}}, true});
  DocxPackage docx(docx_package(one_section({}, {DocxHeading{heading, 1}, DocxParagraph{body}, table})));
  spreadsheet::WordDocument read = spreadsheet::read_docx(docx.bytes);
  std::vector<std::string> paragraphs;
  std::string table_cell;
  for (const auto& block : read.blocks) {
    if (block.table) table_cell = block.rows.at(0).at(0);
    else paragraphs.push_back(block.paragraph);
  }
  CHECK(paragraphs == std::vector<std::string>{heading, body});
  CHECK(table_cell == cell);
  // The heading uses Word's built-in style, so the navigation pane lists it.
  auto document = docx.xml("word/document.xml");
  const XmlTreeElement* style = document->root.first("pStyle");
  REQUIRE(style != nullptr);
  CHECK((*style)["val"] == "Heading1");
  // The markup characters are escaped in the part itself, not just decoded by a lenient reader.
  const std::string xml = docx.part("word/document.xml");
  CHECK(xml.find("Umum &amp; Penataan") != std::string::npos);
  CHECK(xml.find("&lt;Urusan Wajib&gt;") != std::string::npos);
}

TEST_CASE("line breaks and tabs in a text become w:br and w:tab, and control characters do not break the XML") {
  DocxPackage docx(docx_package(one_section({}, {DocxParagraph{"Baris satu\nBaris\tdua\x01."}})));
  auto document = docx.xml("word/document.xml");
  const XmlTreeElement* paragraph = document->root.first("p");
  REQUIRE(paragraph != nullptr);
  CHECK(paragraph->all("br").size() == 1);
  CHECK(paragraph->all("tab").size() == 1);
  CHECK(paragraph_text(*paragraph) == "Baris satuBarisdua .");
}

TEST_CASE("the same document gives the same bytes") {
  DocxDocument word = one_section({}, {DocxHeading{"Judul"}, figure(300, 200)});
  CHECK(docx_package(word) == docx_package(word));
}

TEST_CASE("write_docx: a missing folder or a full disk is a bilingual UserError and leaves no file") {
  auto folder = pokin::test::scratch_path("pokin_docx_writer_test");
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  DocxDocument word = one_section({}, {figure(300, 200)});

  const auto missing = folder / "tidak-ada" / "buku.docx";
  Bilingual message = pokin::test::refusal_of([&] { write_docx(missing, word); });
  CHECK(pokin::test::says(message, "does not exist", "tidak ada"));
  CHECK_FALSE(std::filesystem::exists(folder / "tidak-ada"));

  // A finished file is complete, and nothing but it is left in the folder.
  const auto written = folder / "buku.docx";
  write_docx(written, word);
  std::ifstream in(written, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(bytes == docx_package(word));
  int entries = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++entries;
  CHECK(entries == 1);

  if (std::filesystem::exists("/dev/full")) {
    Bilingual full = pokin::test::refusal_of([&] { write_docx("/dev/full", word); });
    CHECK(pokin::test::says(full, "full", "penuh"));
  }
  std::filesystem::remove_all(folder);
}

TEST_CASE("paragraph properties follow the schema's order, which Word enforces") {
  DocxTable table;
  table.column_widths = {40, 40};
  table.rows.push_back({{{"Kiri", false, DocxAlign::Right}, {"Kanan", false, DocxAlign::Centre}}, false});
  DocxDocument word = one_section({}, {DocxHeading{"Bab 1"}, DocxPageBreak{}, DocxHeading{"Bab 2", 2},
                                       DocxPageBreak{}, figure(300, 200), DocxPageBreak{},
                                       DocxParagraph{"Catatan", false, DocxAlign::Justify}, table});
  DocxPackage docx(docx_package(word));
  auto document = docx.xml("word/document.xml");
  const std::vector<std::string> order = {"pStyle", "keepNext", "keepLines", "pageBreakBefore", "spacing", "jc",
                                          "rPr", "sectPr"};
  int breaks = 0;
  for (const XmlTreeElement* properties : document->root.all("pPr")) {
    int last = -1;
    for (const auto& child : properties->children) {
      auto at = std::find(order.begin(), order.end(), child->name);
      REQUIRE_MESSAGE(at != order.end(), "unexpected " << child->name);
      const int index = static_cast<int>(at - order.begin());
      CHECK_MESSAGE(index > last, child->name << " out of order");
      last = index;
      if (child->name == "pageBreakBefore") ++breaks;
    }
  }
  CHECK(breaks == 3);
}

TEST_CASE("a table that ends a section is followed by the section's own 1 pt paragraph only, two tables are kept apart") {
  DocxTable table;
  table.column_widths = {50};
  table.rows.push_back({{{"Sel"}}, false});
  DocxDocument word;
  word.sections.push_back({{}, {table, table}});
  word.sections.push_back({{}, {DocxParagraph{"Lampiran"}}});
  DocxPackage docx(docx_package(word));
  auto document = docx.xml("word/document.xml");
  const XmlTreeElement* body = document->root.first("body");
  REQUIRE(body != nullptr);
  std::vector<std::string> blocks;
  for (const auto& child : body->children) blocks.push_back(child->name);
  // table, separator, table, the paragraph holding the first section's sectPr, the text, the body's sectPr.
  CHECK(blocks == std::vector<std::string>{"tbl", "p", "tbl", "p", "p", "sectPr"});
  const XmlTreeElement* section_end = body->children[3].get();
  REQUIRE(section_end->first("sectPr") != nullptr);
  const XmlTreeElement* spacing = section_end->first("spacing");
  REQUIRE(spacing != nullptr);
  CHECK(section_end->first("t") == nullptr);
}

TEST_CASE("a table without rows is left out, and columns without a width share what is left of the text width") {
  DocxTable empty;
  empty.column_widths = {50};
  DocxTable unsized;
  unsized.column_widths = {40};  // 2268 twips; A4 portrait, 20 mm margins: 9638 twips of text width
  unsized.rows.push_back({{{"No"}, {"Uraian"}, {"Keterangan"}}, true});
  unsized.rows.push_back({{}, false});  // a row without cells: Word would call the file damaged
  DocxPackage docx(docx_package(one_section({}, {empty, unsized})));
  auto document = docx.xml("word/document.xml");
  auto tables = document->root.all("tbl");
  REQUIRE(tables.size() == 1);
  std::vector<std::string> grid;
  for (const XmlTreeElement* column : tables[0]->all("gridCol")) grid.push_back((*column)["w"]);
  CHECK(grid == std::vector<std::string>{"2268", "3685", "3685"});  // (9638 - 2268) / 2
  CHECK(tables[0]->all("tr").size() == 1);
}

TEST_CASE("invalid UTF-8 and XML's forbidden characters in any text still give well-formed parts") {
  const std::string hostile = std::string("Sasaran \xff\xfe ]]> <!-- &#0; \x0b\x1f ") + "\xed\xa0\x80" + " \"akhir\"";
  DocxTable table;
  table.column_widths = {40};
  table.rows.push_back({{{hostile}}, true});
  DocxFigure picture = figure(300, 200, hostile);
  picture.caption_label = hostile;
  DocxDocument word = one_section({}, {DocxHeading{hostile}, DocxParagraph{hostile}, picture, table});
  word.title = hostile;
  DocxPackage docx(docx_package(word));
  for (const char* part : {"word/document.xml", "docProps/core.xml"}) {
    CAPTURE(part);
    CHECK_NOTHROW(docx.xml(part));
  }
  spreadsheet::WordDocument read = spreadsheet::read_docx(docx.bytes);
  CHECK(read.tables == 1);
}
