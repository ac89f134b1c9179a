// Planning a figure book (export --fit) for a Pemda-size tree: how long plan_figure_book takes, how many layouts it
// asks for and how many pages it makes, on one synthetic document, A4 landscape, text at least 7 pt.
//   figure_book_bench [SASARAN]   (default 5,000 sasaran)
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "bench_support.h"
#include "core/export/figure_book.h"
#include "core/layout/layout_service.h"
#include "core/synthetic/synthetic_document.h"

int main(int argc, char** argv) {
  pokin::SyntheticOptions options;
  options.sasaran = argc > 1 ? std::atoi(argv[1]) : 5000;
  pokin::Document document = pokin::make_synthetic_document(options);
  pokin::LayoutService service;
  pokin::PageSetup setup;
  pokin::BookSheet sheet = pokin::book_sheet(setup, 7, pokin::Language::Indonesian);
  int layouts = 0, whole_document = 0;
  auto layout = [&](const pokin::Document& part, const pokin::LayoutView& view) {
    ++layouts;
    whole_document += &part == &document;
    return service.layout_now(part, view);
  };
  auto text = [&](const pokin::Geometry& geometry, const pokin::LayoutView& view) {
    return pokin::make_figure_text(document, geometry, view, "1 Januari 2026", false);
  };
  double best = 1e12;
  pokin::FigureBook book;
  for (int run = 0; run < 3; ++run) {
    layouts = 0;
    whole_document = 0;
    auto start = std::chrono::steady_clock::now();
    book = pokin::plan_figure_book(document, pokin::LayoutView{}, sheet, layout, text);
    best = std::min(best, bench::milliseconds_since(start));
  }
  if (std::getenv("BOOK_PAGES"))
    for (const auto& p : book.pages)
      std::printf("page %d: %zu boxes, %zu branches, %zu continuations, %.0f x %.0f at %.2f%s\n", p.number,
                  p.geometry.boxes.size(), p.branches.size(), p.continuations.size(), p.layout.width, p.layout.height,
                  p.scale, p.fits ? "" : " TOO LARGE");
  int too_large = static_cast<int>(std::count_if(book.pages.begin(), book.pages.end(),
                                                 [](const pokin::BookPage& p) { return !p.fits; }));
  std::printf("%zu sasaran, A4 landscape, min 7 pt: %zu pages (%d larger than the paper), %d layouts (%d of the whole document), "
              "smallest text %.2f pt; planned in %.0f ms (best of 3)\n",
              document.sasaran.size(), book.pages.size(), too_large, layouts, whole_document, book.smallest_text, best);
}
