// The export dialog says what will really print (issue 12): the page count of the whole figure, title block and
// legend included, the smallest text as printed, a warning and a remedy under 7 pt; the figure's language is its
// own (Indonesian by default while the interface speaks English) and badges are off unless ticked.
#include <doctest/doctest.h>

#include <string>

#include "app/ui/export_dialog_view.h"
#include "app/ui/strings.h"
#include "core/export/export_document.h"
#include "core/layout/layout_service.h"
#include "core/synthetic/synthetic_document.h"
#include "tests/core/test_files.h"
#include "tests/core/xml_reader.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

// Runs one frame of the dialog; returns the lines it showed under the options (summary, warnings), one a line.
std::string shown_text(test::UiHarness& ui, ExportDialogState& state, const Document& document,
                       const Geometry& geometry, std::optional<ExportRequest>* chosen = nullptr) {
  ui.frame([&] {
    auto result = export_dialog_view(state, document, &geometry, kNoId);
    if (chosen && result) *chosen = result;
    return 0;
  });
  std::string shown;
  for (const std::string& line : state.shown) shown += line + "\n";
  return shown;
}

// The pages a PDF holds: its page objects ("/Type /Page", not "/Type /Pages").
int pdf_pages(const std::string& pdf) {
  int pages = 0;
  for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos; at = pdf.find("/Type /Page", at + 1))
    if (pdf.compare(at, 12, "/Type /Pages") != 0) ++pages;
  return pages;
}

Document synthetic_document(int sasaran) {
  SyntheticOptions options;
  options.sasaran = sasaran;
  return make_synthetic_document(options);
}

}  // namespace

TEST_CASE("export dialog: the true page count and printed text size, a warning with what to do under 7 pt") {
  test::UiHarness ui;
  set_language(Language::Indonesian);
  const Document document = synthetic_document(120);
  LayoutView view;
  view.style = LayoutStyle::Compact;
  LayoutService layout;
  const Geometry geometry = layout.layout_now(document, view);

  ExportDialogState state;
  state.open = true;
  state.request.format = ExportFormat::Pdf;
  state.request.view = view;
  state.request.date = "1 Januari 2026";
  state.request.page.pages = Pages::Tile;
  std::string shown;
  for (int frame = 0; frame < 3; ++frame) shown = shown_text(ui, state, document, geometry);

  // The real export of the same request: its page count is what the dialog must show.
  const auto dir = test::scratch_dir("pokin_export_dialog");
  ExportRequest request = state.request;
  request.output = dir / "tiles.pdf";
  export_document(document, request);
  const int pages = pdf_pages(test::read_file(request.output));
  REQUIRE(pages > 1);
  INFO(shown);
  CHECK(shown.find(std::to_string(pages) + " halaman A4 · teks terkecil 7,5 pt (skala 100%)") != std::string::npos);
  CHECK(shown.find("di bawah 7 pt") == std::string::npos);  // 1:1 tiles print box details at 7,5 pt

  // One page: the whole figure (W x H points, measured from the exported SVG) shrinks to
  // min(785,89 / W, 497,28 / H) on A4 landscape, and the box details (7,5 pt) with it.
  state.request.page.pages = Pages::Fit;
  for (int frame = 0; frame < 2; ++frame) shown = shown_text(ui, state, document, geometry);
  request = state.request;
  request.format = ExportFormat::Svg;
  request.output = dir / "whole.svg";
  export_document(document, request);
  double width = 0, height = 0;
  for (const auto& e : test::read_xml(test::read_file(request.output)))
    if (e.name == "svg") width = std::stod(e.attributes.at("width")), height = std::stod(e.attributes.at("height"));
  REQUIRE(width > 785.89);
  const double scale = std::min(785.89 / width, 497.28 / height);
  const std::string printed = format_points(7.5 * scale, Language::Indonesian);
  INFO(shown);
  CHECK(shown.find("1 halaman A4 · teks terkecil " + printed + " pt") != std::string::npos);
  CHECK(shown.find("Teks terkecil akan tercetak " + printed + " pt, di bawah 7 pt") != std::string::npos);
  CHECK(shown.find("«Ukuran asli, beberapa halaman»") != std::string::npos);

  // In English, one page is "1 page".
  set_language(Language::English);
  for (int frame = 0; frame < 2; ++frame) shown = shown_text(ui, state, document, geometry);
  CHECK(shown.find("1 page A4 · smallest text") != std::string::npos);
  set_language(Language::Indonesian);
  std::filesystem::remove_all(dir);
}

TEST_CASE("export dialog: with the interface in English the figure stays Indonesian and badges stay off") {
  test::UiHarness ui;
  set_language(Language::English);
  const Document document = synthetic_document(20);
  LayoutService layout;
  const Geometry geometry = layout.layout_now(document, LayoutView{});
  ExportDialogState state;
  state.open = true;
  std::string shown;
  for (int frame = 0; frame < 3; ++frame) shown = shown_text(ui, state, document, geometry);
  CHECK(state.request.figure_language == Language::Indonesian);  // the figure-language choice, as it starts
  CHECK(shown.find("smallest text") != std::string::npos);        // the summary in the interface's language

  std::vector<int> ignored;
  std::optional<ExportRequest> chosen;
  auto frame = [&] {
    shown_text(ui, state, document, geometry, &chosen);
    return std::vector<int>{};
  };
  REQUIRE(ui.click("###export", tr("export.export"), frame, ignored));
  REQUIRE(chosen);
  CHECK(chosen->figure_language == Language::Indonesian);
  CHECK_FALSE(chosen->badges);
  set_language(Language::Indonesian);
}

TEST_CASE("export dialog: Word is offered, and the figure-book box asks for a book fitted to the paper at 7 pt") {
  test::UiHarness ui;
  set_language(Language::Indonesian);
  const Document document = synthetic_document(20);
  LayoutService layout;
  const Geometry geometry = layout.layout_now(document, LayoutView{});
  ExportDialogState state;
  state.open = true;
  state.request.format = ExportFormat::Docx;
  std::vector<int> ignored;
  std::optional<ExportRequest> chosen;
  std::string shown;
  auto frame = [&] {
    shown = shown_text(ui, state, document, geometry, &chosen);
    return std::vector<int>{};
  };
  for (int i = 0; i < 2; ++i) frame();
  CHECK(shown.find("Buku gambar A4") == std::string::npos);  // off until the planner asks for it
  REQUIRE(ui.click("###export", tr("export.book"), frame, ignored));
  for (int i = 0; i < 2; ++i) frame();
  REQUIRE(state.request.fit);
  CHECK(shown.find("Buku gambar A4: teks tidak tercetak di bawah 7 pt") != std::string::npos);
  REQUIRE(ui.click("###export", tr("export.export"), frame, ignored));
  REQUIRE(chosen);
  CHECK(chosen->format == ExportFormat::Docx);
  REQUIRE(chosen->fit);
  CHECK(chosen->fit->min_text == 7);
}

TEST_CASE("export dialog: the figure book's real pages, planned as the export writes them, once asked for") {
  test::UiHarness ui;
  set_language(Language::Indonesian);
  const Document document = synthetic_document(150);
  LayoutService layout;
  const Geometry geometry = layout.layout_now(document, LayoutView{});
  ExportDialogState state;
  state.open = true;
  state.request.format = ExportFormat::Pdf;
  state.request.fit = FitRequest{7};
  std::vector<int> ignored;
  std::string shown;
  auto frame = [&] {
    shown = shown_text(ui, state, document, geometry);
    return std::vector<int>{};
  };
  for (int i = 0; i < 2; ++i) frame();
  CHECK_FALSE(state.book_wanted);
  REQUIRE(ui.click("###export", tr("export.preview_pages"), frame, ignored));
  CHECK(state.book_wanted);  // the shell plans it on its job; here the test does

  const auto dir = test::scratch_dir("pokin_book_preview_dialog");
  ExportRequest written = state.request;
  written.output = dir / "book.pdf";
  const ExportResult result = export_document(document, written, layout);
  state.book = std::make_shared<const BookPreview>(preview_book(document, state.request, layout));
  state.book_key = book_preview_key(state.request);
  REQUIRE(result.pages > 1);
  CHECK(static_cast<int>(state.book->book.pages.size()) == result.pages);  // the pages the export wrote
  for (int i = 0; i < 2; ++i) frame();
  CHECK(shown.find(std::to_string(result.pages) + " halaman A4 · teks terkecil") != std::string::npos);

  state.request.page.paper = Paper::A3;  // other options: the preview is stale, the button is back
  for (int i = 0; i < 2; ++i) frame();
  CHECK(shown.find("Buku gambar A3") != std::string::npos);
  std::filesystem::remove_all(dir);
}
