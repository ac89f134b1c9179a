// pokin export -f docx: the figure on one page of the chosen paper, at the page's text width, stored as SVG with
// a PNG fallback; read back with the ZIP and XML readers of core/spreadsheet.
#include <doctest/doctest.h>

#include <cstdlib>

#include "cli_test_support.h"
#include "tests/core/docx_package_reader.h"

using pokin::test::DocxPackage;

TEST_CASE("pokin export -f docx writes the figure on an A4 landscape page at the text width, SVG and PNG") {
  cli_test::TempDir dir;
  const std::string example = std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin";
  auto result = cli_test::run({"--lang", "en", "export", example, "-f", "docx", "-o", dir.file("pohon.docx"),
                               "--layout", "compact", "--figure-lang", "en"});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("1 pages") != std::string::npos);
  DocxPackage docx(cli_test::read(dir.file("pohon.docx")));
  auto document = docx.xml("word/document.xml");
  const auto* size = document->root.first("pgSz");
  REQUIRE(size != nullptr);
  CHECK((*size)["w"] == "16838");  // A4 landscape, the default of `pokin export`
  CHECK((*size)["h"] == "11906");
  CHECK((*size)["orient"] == "landscape");
  // A wide tree takes the text width. The figure page has the PDF's 28 pt margins (9.88 mm = 560 twips):
  // 16838 - 2 x 560 = 15718 twips x 635 = 9,980,930 EMU.
  const auto* extent = document->root.first("extent");
  REQUIRE(extent != nullptr);
  CHECK((*extent)["cx"] == "9980930");

  auto targets = docx.document_relationships();
  const auto* blip = document->root.first("blip");
  const auto* svg_blip = document->root.first("svgBlip");
  REQUIRE(blip != nullptr);
  REQUIRE(svg_blip != nullptr);
  const std::string png = docx.part("word/" + targets[(*blip)["embed"]]);
  const std::string svg = docx.part("word/" + targets[(*svg_blip)["embed"]]);
  CHECK(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("Kabupaten Balangan") != std::string::npos);
  // The caption names the figure in the figure's language (--figure-lang), not the interface's.
  bool caption = false;
  for (const auto* text : document->root.all("t")) caption = caption || text->text == "Figure ";
  CHECK(caption);
}

TEST_CASE("pokin export -f docx --fit A4: the figure book in Word, one figure per page, none shrunk below its plan") {
  cli_test::TempDir dir;
  const std::string example = std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin";
  auto svg = cli_test::run({"export", example, "-f", "svg", "--fit", "A4", "-o", dir.file("buku.svg")});
  REQUIRE(svg.exit_code == 0);
  auto word = cli_test::run({"export", example, "-f", "docx", "--fit", "A4", "-o", dir.file("buku.docx")});
  REQUIRE(word.exit_code == 0);
  // The SVG book's page count, read off the CLI's report ("Ditulis N halaman"), is the Word file's figure count.
  auto pages_in = [](const std::string& out) {
    auto at = out.find("Ditulis ");
    REQUIRE(at != std::string::npos);
    return std::stoi(out.substr(at + 8));
  };
  const int svg_pages = pages_in(svg.out);
  REQUIRE(svg_pages >= 2);
  DocxPackage docx(cli_test::read(dir.file("buku.docx")));
  auto document = docx.xml("word/document.xml");
  const auto blips = document->root.all("svgBlip");
  const auto extents = document->root.all("extent");
  // Word's text area is smaller than the PDF sheet (20 mm margins, a caption), so the Word book may need a page
  // more or less than the SVG book, but every page is a figure with its SVG and the report counts them.
  CHECK(static_cast<int>(blips.size()) == pages_in(word.out));
  CHECK(std::abs(static_cast<int>(blips.size()) - svg_pages) <= 2);
  // A4 landscape text area with 560-twip margins: 16838 - 2 x 560 = 15718 twips wide; 11906 - 2 x 560 - 1200
  // (caption) = 9586 high. Word keeps every picture inside it.
  int inside = 0;
  for (const auto* extent : extents)
    inside += std::stoll((*extent)["cx"]) <= 15718LL * 635 && std::stoll((*extent)["cy"]) <= 9586LL * 635;
  std::size_t warned = 0;
  for (std::size_t at = word.out.find("tidak muat"); at != std::string::npos; at = word.out.find("tidak muat", at + 1))
    ++warned;
  CHECK(inside + static_cast<int>(warned) >= static_cast<int>(extents.size()));
  // Word shrinks a picture to the page: a page the book could not fit is said to print smaller there.
  CHECK(word.out.find("teks terkecil ") != std::string::npos);
  if (warned > 0) CHECK(word.out.find("Di Word, halaman yang tidak muat diperkecil ke area cetak") != std::string::npos);
  else CHECK(word.out.find("teks terkecil 7") != std::string::npos);
}
