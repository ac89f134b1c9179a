// Planning a tiled PDF (poster) of a Pemda-size tree: plan_tiles alone (layout excluded), for the tree and the
// compact layout on A4 landscape, and the page counts it gives.
//   poster_plan_bench [SASARAN]   (default 5,000 sasaran)
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "bench_support.h"
#include "core/export/figure.h"
#include "core/export/tile_plan.h"
#include "core/layout/layout_service.h"
#include "core/synthetic/synthetic_document.h"

int main(int argc, char** argv) {
  pokin::SyntheticOptions options;
  options.sasaran = argc > 1 ? std::atoi(argv[1]) : 5000;
  pokin::Document document = pokin::make_synthetic_document(options);
  pokin::LayoutService layout;
  pokin::PageSetup setup;
  setup.pages = pokin::Pages::Tile;
  for (pokin::LayoutStyle style : {pokin::LayoutStyle::TopDown, pokin::LayoutStyle::Compact}) {
    pokin::LayoutView view;
    view.style = style;
    pokin::Geometry geometry = layout.layout_now(document, view);
    pokin::FigureText text = pokin::make_figure_text(document, geometry, view, "1 Januari 2026", false);
    std::size_t pages = 0;
    int split = 0;
    double best = bench::best_of_3([&] {
      pokin::FigureLayout figure = pokin::arrange_figure(text, geometry, pokin::content_area(setup).width);
      pokin::TilePlan plan = pokin::plan_tiles(setup, text, geometry, figure);
      pages = plan.tiles.size();
      split = plan.split_blocks;
    });
    std::printf("%zu sasaran, %s layout, A4 landscape poster: %zu pages, %d pieces cut, planned in %.0f ms (best of 3)\n",
                document.sasaran.size(), style == pokin::LayoutStyle::Compact ? "compact" : "tree", pages, split, best);
  }
}
