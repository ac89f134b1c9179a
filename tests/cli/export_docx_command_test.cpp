// pokin export -f docx: the figure on one page of the chosen paper, at the page's text width, stored as SVG with
// a PNG fallback; read back with the ZIP and XML readers of core/spreadsheet.
#include <doctest/doctest.h>

#include "cli_test_support.h"
#include "tests/core/docx_package_reader.h"

using pokin::test::DocxPackage;

TEST_CASE("pokin export -f docx writes the figure on an A4 landscape page at the text width, SVG and PNG") {
  cli_test::TempDir dir;
  const std::string example = std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin";
  auto result = cli_test::run({"--lang", "en", "export", example, "-f", "docx", "-o", dir.file("pohon.docx"),
                               "--layout", "compact"});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("1 pages") != std::string::npos);
  DocxPackage docx(cli_test::read(dir.file("pohon.docx")));
  auto document = docx.xml("word/document.xml");
  const auto* size = document->root.first("pgSz");
  REQUIRE(size != nullptr);
  CHECK((*size)["w"] == "16838");  // A4 landscape, the default of `pokin export`
  CHECK((*size)["h"] == "11906");
  CHECK((*size)["orient"] == "landscape");
  // A wide tree takes the text width: 16838 - 2 x 1134 twips = 14570 x 635 = 9,251,950 EMU.
  const auto* extent = document->root.first("extent");
  REQUIRE(extent != nullptr);
  CHECK((*extent)["cx"] == "9251950");

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
  // The caption names the figure in the chosen language.
  bool caption = false;
  for (const auto* text : document->root.all("t")) caption = caption || text->text == "Figure ";
  CHECK(caption);
}
