// The bundled example printed as a poster (`pokin export -f pdf --pages tile`): no page edge goes through a box,
// every page shows some of the diagram, and the signature needs no page of its own, on every paper.
#include <doctest/doctest.h>

#include <iostream>

#include "cli_test_support.h"
#include "core/export/figure.h"
#include "core/export/tile_plan.h"
#include "core/layout/layout_service.h"
#include "core/store/document_file.h"

using namespace pokin;

namespace {

const std::string kExample = std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin";

struct Poster {
  Geometry geometry;
  FigureText text;
  FigureLayout layout;
  TilePlan plan;
};

Poster poster(const PageSetup& setup, bool signature, LayoutStyle style = LayoutStyle::TopDown) {
  Document document;
  store::DocumentFile::open(kExample, document);
  LayoutView view;
  view.style = style;
  Poster p;
  LayoutService service;
  p.geometry = service.layout_now(document, view);
  p.text = make_figure_text(document, p.geometry, view, "2 Desember 2026", signature);
  p.layout = arrange_figure(p.text, p.geometry, content_area(setup).width);
  p.plan = plan_tiles(setup, p.text, p.geometry, p.layout);
  return p;
}

}  // namespace

TEST_CASE("debug poster") {
  PageSetup setup;
  setup.pages = Pages::Tile;
  Poster p = poster(setup, false);
  std::cerr << "figure " << p.layout.width << " x " << p.layout.height << " title " << p.layout.title.x << "," << p.layout.title.y << " " << p.layout.title.width << "x" << p.layout.title.height << " diagram y " << p.layout.diagram.y << "\n";
  Rect area = content_area(setup);
  std::cerr << "area " << area.width << " x " << area.height << " tiles " << p.plan.tiles.size() << " grid " << p.plan.grid << " split " << p.plan.split_blocks << "\n";
  for (const Tile& t : p.plan.tiles) std::cerr << t.label() << " w " << t.window.x << ".." << t.window.right() << " y " << t.window.y << ".." << t.window.bottom() << " cut " << t.cut.x << ".." << t.cut.right() << "\n";
  for (const Box& b : p.geometry.boxes) if (b.level <= 1) std::cerr << "box L" << b.level << " " << b.rect.x << "," << b.rect.y << " " << b.rect.width << "x" << b.rect.height << "\n";
}
