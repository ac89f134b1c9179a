#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>

#include "tests/scratch_path.h"
#include "core/export/export_document.h"
#include "core/synthetic/synthetic_document.h"
#include "core/text/bilingual.h"
#include "layout_test_documents.h"
#include "test_files.h"

using namespace pokin;
using pokin::test::read_file;

namespace {

int pdf_page_count(const std::string& pdf) {
  static const std::regex kPage(R"(/Type\s*/Page[^s])");
  return static_cast<int>(std::distance(std::sregex_iterator(pdf.begin(), pdf.end(), kPage), std::sregex_iterator()));
}

std::filesystem::path temp_file(const std::string& name) {
  return test::scratch_path("pokin_test_" + name);
}

}  // namespace

TEST_CASE("PDF: fit gives one page, tile gives the pages it reports, the signature adding none") {
  SyntheticOptions options;
  options.sasaran = 100;
  Document document = make_synthetic_document(options);
  document.info.penandatangan = {"Drs. Ahmad Fauzi", "19700512 199503 1 002", "Kepala Dinas"};
  ExportRequest request;
  request.format = ExportFormat::Pdf;
  request.output = temp_file("fit.pdf");
  request.signature = true;
  request.date = "23 November 2026";
  ExportResult fit = export_document(document, request);
  std::string pdf = read_file(request.output);
  CHECK(pdf.rfind("%PDF-", 0) == 0);
  CHECK(fit.pages == 1);
  CHECK(pdf_page_count(pdf) == 1);

  for (Paper paper : {Paper::A4, Paper::A3, Paper::F4})
    for (Orientation orientation : {Orientation::Landscape, Orientation::Portrait}) {
      request.page.paper = paper;
      request.page.orientation = orientation;
      request.page.pages = Pages::Tile;
      request.output = temp_file("tile.pdf");
      ExportResult tile = export_document(document, request);
      // The poster cuts between boxes and leaves empty pages out (tile_plan_test works the counts out by hand
      // for hand-placed boxes); here: the PDF has the pages reported, and the signature adds none.
      CHECK(tile.pages > 1);
      CHECK(pdf_page_count(read_file(request.output)) == tile.pages);
      request.signature = false;
      ExportResult unsigned_tile = export_document(document, request);
      request.signature = true;
      CHECK(unsigned_tile.pages == tile.pages);
      CHECK(tile.split_boxes == 0);
    }
  std::filesystem::remove(temp_file("fit.pdf"));
  std::filesystem::remove(temp_file("tile.pdf"));
}

TEST_CASE("PNG: pixel size follows the DPI, and beyond 32,767 pixels it is refused with a way out") {
  Document document = test::small_tree(3);
  ExportRequest request;
  request.format = ExportFormat::Png;
  request.output = temp_file("small.png");
  request.dpi = 144;
  ExportResult result = export_document(document, request);
  std::string png = read_file(request.output);
  REQUIRE(png.size() > 24);
  CHECK(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned char>(png[at]) << 24) | (static_cast<unsigned char>(png[at + 1]) << 16) |
           (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]);
  };
  CHECK(static_cast<int>(be32(16)) == static_cast<int>(result.width));
  CHECK(static_cast<int>(be32(20)) == static_cast<int>(result.height));
  // At 144 DPI a pixel is half a point.
  request.format = ExportFormat::Svg;
  request.output = temp_file("small.svg");
  ExportResult points = export_document(document, request);
  CHECK(result.width == std::ceil(points.width * 2));

  SyntheticOptions options;
  options.sasaran = 2000;
  Document big = make_synthetic_document(options);
  request.format = ExportFormat::Png;
  request.output = temp_file("big.png");
  request.dpi = 300;
  try {
    export_document(big, request);
    FAIL("a PNG beyond 32,767 pixels must be refused");
  } catch (const UserError& error) {
    CHECK(error.message().en.find("32,767") != std::string::npos);
    CHECK(error.message().en.find("--pages tile") != std::string::npos);
    CHECK(error.message().id.find("--branch") != std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(request.output));
  std::filesystem::remove(temp_file("small.png"));
  std::filesystem::remove(temp_file("small.svg"));
}
