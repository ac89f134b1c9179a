// The bundled example printed as a poster (`pokin export -f pdf --pages tile`): no page edge goes through a box,
// every page shows some of the diagram, and the signature needs no page of its own, on every paper.
#include <doctest/doctest.h>

#include <cmath>

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
  p.text = poster_text(make_figure_text(document, p.geometry, view, "2 Desember 2026", signature), setup);
  p.layout = arrange_figure(p.text, p.geometry, content_area(setup).width);
  p.plan = plan_tiles(setup, p.text, p.geometry, p.layout);
  return p;
}

}  // namespace

// A page edge or a cut line going through the open inside of `r`.
bool crosses(const Rect& r, const Tile& tile) {
  auto through_x = [&](double x) {
    return x > r.x + 1e-6 && x < r.right() - 1e-6 && tile.window.y < r.bottom() && r.y < tile.window.bottom();
  };
  auto through_y = [&](double y) {
    return y > r.y + 1e-6 && y < r.bottom() - 1e-6 && tile.window.x < r.right() && r.x < tile.window.right();
  };
  return through_x(tile.window.x) || through_x(tile.window.right()) || through_x(tile.cut.x) ||
         through_x(tile.cut.right()) || through_y(tile.window.y) || through_y(tile.window.bottom()) ||
         through_y(tile.cut.y) || through_y(tile.cut.bottom());
}

TEST_CASE("the example as a poster: no box cut, no page without boxes or lines, the signature on a page with boxes, on every paper") {
  for (LayoutStyle style : {LayoutStyle::TopDown, LayoutStyle::Compact, LayoutStyle::LeftRight})
    for (Paper paper : {Paper::A4, Paper::F4, Paper::A3})
      for (Orientation orientation : {Orientation::Landscape, Orientation::Portrait}) {
        CAPTURE(static_cast<int>(style));
        CAPTURE(static_cast<int>(paper));
        CAPTURE(static_cast<int>(orientation));
        PageSetup setup;
        setup.pages = Pages::Tile;
        setup.paper = paper;
        setup.orientation = orientation;
        Poster plain = poster(setup, false, style);
        Poster signed_ = poster(setup, true, style);
        CHECK(signed_.plan.tiles.size() == plain.plan.tiles.size());
        for (const Poster* p : {&plain, &signed_}) {
          Rect area = content_area(setup);
          CHECK(p->plan.split_blocks == 0);
          for (const Tile& tile : p->plan.tiles) {
            CHECK(tile.window.width <= area.width + 1e-6);
            CHECK(tile.window.height <= area.height + 1e-6);
            bool has_box = false;
            for (const Box& box : p->geometry.boxes) {
              Rect r{box.rect.x + p->layout.diagram.x, box.rect.y + p->layout.diagram.y, box.rect.width,
                     box.rect.height};
              CHECK_FALSE(crosses(r, tile));
              has_box = has_box || (r.x < tile.cut.right() && tile.cut.x < r.right() && r.y < tile.cut.bottom() &&
                                    tile.cut.y < r.bottom());
            }
            // Or a line of the diagram passing through (kept so the poster's lines stay whole): walk the
            // polyline through each curve's points in steps of at most 2 points.
            bool has_line = false;
            for (const Edge& edge : p->geometry.edges)
              for (std::size_t k = 0; k + 1 < edge.curve.size() && !has_line; ++k) {
                Point a = edge.curve[k], b = edge.curve[k + 1];
                int steps = 1 + static_cast<int>(std::hypot(b.x - a.x, b.y - a.y) / 2);
                for (int j = 0; j <= steps && !has_line; ++j) {
                  double x = a.x + (b.x - a.x) * j / steps + p->layout.diagram.x;
                  double y = a.y + (b.y - a.y) * j / steps + p->layout.diagram.y;
                  has_line = x > tile.cut.x && x < tile.cut.right() && y > tile.cut.y && y < tile.cut.bottom();
                }
              }
            CHECK((has_box || has_line));
          }
        }
        // The signature: whole on a page that also shows boxes.
        const Rect& s = signed_.layout.signature;
        int holding = 0;
        for (const Tile& tile : signed_.plan.tiles) {
          CHECK_FALSE(crosses(s, tile));
          if (s.x >= tile.window.x && s.right() <= tile.window.right() && s.y >= tile.window.y &&
              s.bottom() <= tile.window.bottom()) {
            ++holding;
            bool with_box = false;
            for (const Box& box : signed_.geometry.boxes) {
              Rect r{box.rect.x + signed_.layout.diagram.x, box.rect.y + signed_.layout.diagram.y, box.rect.width,
                     box.rect.height};
              with_box = with_box || (r.x >= tile.window.x && r.right() <= tile.window.right() &&
                                      r.y >= tile.window.y && r.bottom() <= tile.window.bottom());
            }
            CHECK(with_box);
          }
        }
        CHECK(holding >= 1);
        // The legend stays on the first row of pages' width.
        CHECK(plain.layout.legend.right() <= content_area(setup).width);
      }
}

TEST_CASE("pokin export --pages tile writes the planned pages, with and without --signature") {
  cli_test::TempDir dir;
  PageSetup setup;
  setup.pages = Pages::Tile;
  std::size_t planned = poster(setup, true).plan.tiles.size();
  for (const char* signature : {"", "--signature"}) {
    std::vector<std::string> arguments{"export", kExample, "-f", "pdf", "--pages", "tile", "-o", dir.file("poster.pdf")};
    if (*signature) arguments.push_back(signature);
    auto result = cli_test::run(arguments);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("(48 kotak, " + std::to_string(planned) + " halaman") != std::string::npos);
    std::string pdf = cli_test::read(dir.file("poster.pdf"));
    std::size_t pages = 0;
    for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos; at = pdf.find("/Type /Page", at + 1))
      if (pdf.compare(at, 12, "/Type /Pages") != 0) ++pages;
    CHECK(pages == planned);
  }
}
