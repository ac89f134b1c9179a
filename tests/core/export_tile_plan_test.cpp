// Posters (tiled PDF) of hand-placed pieces: where the cut lines go, how many pages, where the signature lands,
// and legends that stay inside the figure. Every expected value is worked out by hand in the comments.
#include <doctest/doctest.h>

#include "core/export/figure.h"
#include "core/export/page_setup.h"
#include "core/export/tile_plan.h"
#include "core/layout/text_metrics.h"

using namespace pokin;

namespace {

// A page edge (window side) or a cut line goes through the open inside of `r`.
bool crosses(const Rect& r, const Tile& tile) {
  auto through_x = [&](double x) { return x > r.x + 1e-6 && x < r.right() - 1e-6 && tile.window.y < r.bottom() && r.y < tile.window.bottom(); };
  auto through_y = [&](double y) { return y > r.y + 1e-6 && y < r.bottom() - 1e-6 && tile.window.x < r.right() && r.x < tile.window.right(); };
  return through_x(tile.window.x) || through_x(tile.window.right()) || through_x(tile.cut.x) || through_x(tile.cut.right()) ||
         through_y(tile.window.y) || through_y(tile.window.bottom()) || through_y(tile.cut.y) || through_y(tile.cut.bottom());
}

// Ten boxes 200 x 80 in a row, 20 apart: x = 0, 220, ..., 1980; the figure 2180 wide.
Geometry row_of_ten() {
  Geometry geometry;
  for (int i = 0; i < 10; ++i) {
    Box box;
    box.id = i + 1;
    box.rect = {220.0 * i, 0, 200, 80};
    geometry.boxes.push_back(box);
  }
  geometry.bounds = {0, 0, 2180, 80};
  return geometry;
}

FigureText plain_text(bool signature) {
  FigureText text;
  text.title = "Pohon Kinerja";
  text.date = "";
  text.signature = signature;
  text.penandatangan.jabatan = "Kepala";
  text.penandatangan.nama = "Budi";
  text.penandatangan.nip = "1";
  text.signature_place_date = "Paringin";
  return text;
}

PageSetup tile_setup(Paper paper, Orientation orientation) {
  PageSetup setup;
  setup.pages = Pages::Tile;
  setup.paper = paper;
  setup.orientation = orientation;
  return setup;
}

}  // namespace

TEST_CASE("tile plan: four boxes in a row are cut in the gap between the second and the third") {
  // Boxes at x 0, 220, 440, 660 (200 wide), pages 500 wide, glue band up to 24. The first page reaches 500; the
  // last gap it reaches is [420, 440]: it ends at 440, the next starts at max(420, 440 - 24) = 420, the cut line
  // is 430. The rest, 860 - 420 = 440, fits on the second page.
  std::vector<TileBlock> blocks;
  for (int i = 0; i < 4; ++i) blocks.push_back({{220.0 * i, 0, 200, 80}, true});
  TilePlan plan = plan_tile_pieces(blocks, {}, 860, 80, 500, 300, 24);
  REQUIRE(plan.tiles.size() == 2);
  CHECK(plan.split_blocks == 0);
  CHECK(plan.tiles[0].window.x == 0);
  CHECK(plan.tiles[0].window.right() == doctest::Approx(440));
  CHECK(plan.tiles[0].cut.right() == doctest::Approx(430));
  CHECK(plan.tiles[1].window.x == doctest::Approx(420));
  CHECK(plan.tiles[1].cut.x == doctest::Approx(430));
  CHECK(plan.tiles[1].window.right() == doctest::Approx(860));
  CHECK(plan.tiles[0].label() == "A1");
  CHECK(plan.tiles[1].label() == "B1");
  CHECK(plan.neighbours(0, TileSide::Right) == std::vector<int>{1});
  CHECK(plan.neighbours(1, TileSide::Left) == std::vector<int>{0});
  CHECK(plan.neighbours(0, TileSide::Bottom).empty());
  for (const Tile& tile : plan.tiles)
    for (const TileBlock& block : blocks) CHECK_FALSE(crosses(block.rect, tile));
}

TEST_CASE("tile plan: two levels, the second row of pages starts in the gap between them") {
  // Boxes at y 0..80 and 200..280, pages 150 high. First page: the gap [80, 200] reaches past 150, so it ends at
  // 150 and the next would start at 126; 280 - 126 = 154 is just too long, so the glue band narrows: the next
  // starts at 280 - 150 = 130 and the cut line is (150 + 130) / 2 = 140.
  std::vector<TileBlock> blocks{{{0, 0, 200, 80}, true}, {{0, 200, 200, 80}, true}};
  TilePlan plan = plan_tile_pieces(blocks, {}, 200, 280, 500, 150, 24);
  REQUIRE(plan.tiles.size() == 2);
  CHECK(plan.rows == 2);
  CHECK(plan.tiles[0].window.bottom() == doctest::Approx(150));
  CHECK(plan.tiles[0].cut.bottom() == doctest::Approx(140));
  CHECK(plan.tiles[1].window.y == doctest::Approx(130));
  CHECK(plan.tiles[1].label() == "A2");
  CHECK(plan.neighbours(0, TileSide::Bottom) == std::vector<int>{1});
}

TEST_CASE("tile plan: only a box wider than a page is cut, and it is counted") {
  std::vector<TileBlock> blocks{{{0, 0, 600, 80}, true}};
  TilePlan plan = plan_tile_pieces(blocks, {}, 600, 80, 500, 300, 24);
  CHECK(plan.tiles.size() == 2);
  CHECK(plan.split_blocks == 1);
}

TEST_CASE("tile plan: a page with nothing of the figure is left out") {
  // Two boxes at the two ends of a 1400-wide figure and a line between them only in the first half: pages of
  // 500 cut at the gaps; the middle page [~480, ~980] holds neither a box nor a line.
  std::vector<TileBlock> blocks{{{0, 0, 200, 80}, true}, {{1200, 0, 200, 80}, true}};
  TilePlan plan = plan_tile_pieces(blocks, {{300, 40}}, 1400, 80, 500, 300, 24);
  CHECK(plan.tiles.size() == 2);
  for (const Tile& tile : plan.tiles)
    CHECK((tile.cut.x < 200 || tile.cut.right() > 1200));
}

TEST_CASE("poster of ten boxes: page counts on every paper, the same with the signature") {
  // The figure: title block 92 high, then the row of ten boxes (x 0..2180, y 92..172). Page content widths:
  // A4 landscape 785.89 and A3 portrait 785.89 -> cuts in gaps [640,660], [1300,1320], [1960,1980]: 4 pages;
  // A4 portrait 539.28 and F4 portrait 553.45 -> [420,440], [860,880], [1300,1320], [1740,1760]: 5 pages;
  // F4 landscape 879.43 -> ends at 879.43 in [860,880], then [1520,1540]: 3 pages;
  // A3 landscape 1134.55 -> [1080,1100], the rest 1100 fits: 2 pages. Every height is one row.
  struct Case {
    Paper paper;
    Orientation orientation;
    std::size_t pages;
  };
  for (Case c : {Case{Paper::A4, Orientation::Landscape, 4}, Case{Paper::A4, Orientation::Portrait, 5},
                 Case{Paper::F4, Orientation::Landscape, 3}, Case{Paper::F4, Orientation::Portrait, 5},
                 Case{Paper::A3, Orientation::Landscape, 2}, Case{Paper::A3, Orientation::Portrait, 4}}) {
    PageSetup setup = tile_setup(c.paper, c.orientation);
    Geometry geometry = row_of_ten();
    for (bool signature : {false, true}) {
      CAPTURE(static_cast<int>(c.paper));
      CAPTURE(static_cast<int>(c.orientation));
      CAPTURE(signature);
      FigureText text = plain_text(signature);
      FigureLayout layout = arrange_figure(text, geometry, content_area(setup).width);
      TilePlan plan = plan_tiles(setup, text, geometry, layout);
      CHECK(plan.tiles.size() == c.pages);
      CHECK(plan.rows == 1);
      CHECK(plan.split_blocks == 0);
      for (const Tile& tile : plan.tiles) {
        bool has_box = false;
        for (const Box& box : geometry.boxes) {
          Rect r{box.rect.x + layout.diagram.x, box.rect.y + layout.diagram.y, box.rect.width, box.rect.height};
          CHECK_FALSE(crosses(r, tile));
          has_box = has_box || (r.x >= tile.cut.x && r.right() <= tile.cut.right());
        }
        CHECK(has_box);  // no page of only a header and footer, or of only the signature
      }
      if (signature) {
        // Under the boxes (which end at 172), on one page, inside that page's paper.
        CHECK(layout.signature.y >= 172);
        int holding = 0;
        for (const Tile& tile : plan.tiles)
          if (layout.signature.x >= tile.cut.x && layout.signature.right() <= tile.cut.right() &&
              layout.signature.bottom() <= tile.window.bottom())
            ++holding;
        CHECK(holding == 1);
        CHECK(layout.height <= content_area(setup).height);
      }
    }
  }
}

TEST_CASE("a naive grid of the same figure would have cut boxes: the plan does not") {
  // tile_grid (the estimate) cuts at multiples of 785.89 - 24 = 761.89: x = 761.89 falls inside the box
  // 660..860, which the plan avoids.
  PageSetup setup = tile_setup(Paper::A4, Orientation::Landscape);
  Geometry geometry = row_of_ten();
  FigureText text = plain_text(false);
  FigureLayout layout = arrange_figure(text, geometry, content_area(setup).width);
  TilePlan plan = plan_tiles(setup, text, geometry, layout);
  REQUIRE(plan.tiles.size() >= 2);
  CHECK(plan.tiles[0].cut.right() == doctest::Approx(650));
}

TEST_CASE("legends wrap inside the figure, however narrow") {
  // A narrow branch (one box 120 wide) with five long level labels: the figure is as wide as its title
  // ("Pohon Kinerja" at 16 pt bold plus 48) or the widest legend entry plus 48, and every entry ends inside it.
  Geometry geometry;
  Box box;
  box.rect = {0, 0, 120, 60};
  geometry.boxes.push_back(box);
  geometry.bounds = {0, 0, 120, 60};
  FigureText text = plain_text(false);
  for (int i = 0; i < 5; ++i)
    text.swatches.push_back({0xEEEEEE, 0x999999, {}, "Sasaran tingkat " + std::to_string(i) + " yang cukup panjang"});
  text.crosscutting = true;
  text.unlinked = true;
  FigureLayout layout = arrange_figure(text, geometry);
  double widest = 22 + text_width("Sasaran tingkat 0 yang cukup panjang", 8) + 14;
  CHECK(layout.width == doctest::Approx(std::max(text_width("Pohon Kinerja", 16, true) + 48, widest + 48)));
  CHECK(layout.legend.right() <= layout.width - 24 + 1e-6);
  CHECK(layout.legend.height >= 16 * 5);  // at least five rows: each long entry on a row of its own
  // Pieces of the legend, as figure_blocks gives them, all inside the figure.
  for (const Rect& r : figure_blocks(text, geometry, layout)) CHECK(r.right() <= layout.width + 1e-6);

  // A tiled PDF wraps it to its page width even when the figure is wider.
  geometry.bounds.width = 3000;
  FigureLayout wide = arrange_figure(text, geometry, 500);
  CHECK(wide.legend.right() <= 500 - 24 + 1e-6);
}
