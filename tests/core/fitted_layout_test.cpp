// LayoutStyle::Fitted (core/layout/fitted_placement.h): rows that wrap, leaves that stack, branches that turn, and
// a drawing shaped like the area it is fitted to.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

#include "core/layout/layout_service.h"
#include "core/store/document_file.h"
#include "layout_invariants.h"
#include "layout_test_documents.h"

using namespace pokin;

namespace {

// A Sasaran Strategis with `wide` Sasaran Program, each with one Sasaran Kegiatan: the programmes are not all
// leaves, so they hang in a row (not a stack) that the fitted style may wrap.
Document wide_tree(int wide) {
  test::DocumentBuilder b;
  Id head = b.unit(kNoId, UnitKind::Head, "Dinas");
  Id ss = b.sasaran(head, kNoId, 0, "SS1", "Meningkatnya realisasi investasi daerah");
  for (int i = 0; i < wide; ++i) {
    Id bidang = b.unit(head, UnitKind::Division, "Bidang " + std::to_string(i + 1), i);
    Id sp = b.sasaran(bidang, ss, 1, "SP" + std::to_string(i + 1), "Meningkatnya pelayanan bidang " + std::to_string(i + 1));
    Id seksi = b.unit(bidang, UnitKind::Section, "Seksi " + std::to_string(i + 1));
    b.sasaran(seksi, sp, 2, "SK" + std::to_string(i + 1), "Terlaksananya kegiatan seksi " + std::to_string(i + 1));
  }
  return std::move(b.document);
}

// A chain of `depth` sasaran, each the only child of the one before, the last with two leaves: deep and narrow.
Document chain_tree(int depth) {
  test::DocumentBuilder b;
  Id unit = b.unit(kNoId, UnitKind::Head, "Dinas");
  Id parent = kNoId;
  for (int level = 0; level < depth; ++level)
    parent = b.sasaran(unit, parent, level, "C" + std::to_string(level), "Sasaran tingkat " + std::to_string(level));
  b.sasaran(unit, parent, depth, "L1", "Daun pertama");
  b.sasaran(unit, parent, depth, "L2", "Daun kedua");
  return std::move(b.document);
}

Geometry fitted(const Document& document, double width, double height) {
  LayoutView view;
  view.style = LayoutStyle::Fitted;
  view.fit = {width, height};
  Geometry g = compute_layout(document, view);
  test::check_invariants(document, g, LayoutStyle::Fitted);
  return g;
}

// The tops of the programme boxes (SP...): one value per row they sit in, with how many boxes sit in each.
std::map<double, int> programme_rows(const Document& document, const Geometry& g) {
  std::map<double, int> rows;
  for (const Box& box : g.boxes)
    if (document.sasaran.at(box.id).code.rfind("SP", 0) == 0) ++rows[box.rect.y];
  return rows;
}

// No cascade edge runs through a box: points along every cubic segment stay out of every box's inside (1 pt in
// from its border, since an edge starts and ends on a border).
int edges_through_boxes(const Geometry& g) {
  int crossings = 0;
  for (const Edge& edge : g.edges) {
    if (edge.kind != EdgeKind::Cascade) continue;
    for (std::size_t k = 0; k + 3 < edge.curve.size(); k += 3) {
      for (int step = 0; step <= 16; ++step) {
        double t = step / 16.0, u = 1 - t;
        const Point &a = edge.curve[k], &b = edge.curve[k + 1], &c = edge.curve[k + 2], &d = edge.curve[k + 3];
        Point p{u * u * u * a.x + 3 * u * u * t * b.x + 3 * u * t * t * c.x + t * t * t * d.x,
                u * u * u * a.y + 3 * u * u * t * b.y + 3 * u * t * t * c.y + t * t * t * d.y};
        for (const Box& box : g.boxes)
          if (p.x > box.rect.x + 1 && p.x < box.rect.right() - 1 && p.y > box.rect.y + 1 && p.y < box.rect.bottom() - 1)
            ++crossings;
      }
    }
  }
  return crossings;
}

}  // namespace

TEST_CASE("Fitted: a row of 18 programmes wraps into even rows on a page and stays one row on a wide strip") {
  Document document = wide_tree(18);
  // One row is 18 blocks of ~160 pt plus 30 pt gaps: ~3,300 pt wide and ~200 pt tall, which an A4 landscape area
  // (786 x 497) would print at 786 / 3300 = 24%; three rows of six, ~1,200 x ~650 pt, print at ~65%.
  Geometry page = fitted(document, 786, 497);
  auto rows = programme_rows(document, page);
  CHECK(rows.size() > 1);
  int fewest = 18, most = 0;
  for (auto [top, count] : rows) {
    fewest = std::min(fewest, count);
    most = std::max(most, count);
  }
  CHECK(most - fewest <= 1);  // even rows: 18 in 3 rows is 6 + 6 + 6, never 17 + 1
  CHECK(edges_through_boxes(page) == 0);

  // A strip 100,000 x 505 takes the one row at 100%; any second row would only make it taller.
  Geometry strip = fitted(document, 100000, 505);
  CHECK(programme_rows(document, strip).size() == 1);
  CHECK(edges_through_boxes(strip) == 0);
}

TEST_CASE("Fitted: a parent whose children are all leaves stacks them") {
  Document document = test::small_tree(8);
  Geometry g = fitted(document, 786, 497);
  // SK1 has 8 leaves: more than four go in two columns, so the 8 sit in 4 rows of 2.
  std::set<double> lefts, tops;
  for (const Box& box : g.boxes)
    if (document.sasaran.at(box.id).code.rfind("SI", 0) == 0) {
      lefts.insert(box.rect.x);
      tops.insert(box.rect.y);
    }
  CHECK(lefts.size() == 2);
  CHECK(tops.size() == 4);
  CHECK(edges_through_boxes(g) == 0);
}

TEST_CASE("Fitted: a deep narrow branch turns left-to-right on a wide area, stays top-down on a tall one") {
  Document document = chain_tree(6);
  auto turned = [&](const Geometry& g) {
    auto boxes = test::by_id(g);
    int count = 0;
    for (const Edge& edge : g.edges) {
      const Rect& parent = boxes.at({edge.from, BoxKind::Sasaran})->rect;
      const Rect& child = boxes.at({edge.to, BoxKind::Sasaran})->rect;
      if (child.x > parent.right()) ++count;
    }
    return count;
  };
  // Top-down, six boxes of ~50 pt over five 44 pt gaps plus the two leaves are ~600 pt tall and one box wide: on
  // a 3,000 x 300 area that needs ~50%, while the chain laid to the right (~6 x 250 pt wide, one box tall)
  // fits at 100%.
  Geometry wide = fitted(document, 3000, 300);
  CHECK(turned(wide) > 0);
  CHECK(edges_through_boxes(wide) == 0);
  // On a 300 x 3,000 area top-down fits already and a turn would only make it wider.
  Geometry tall = fitted(document, 300, 3000);
  CHECK(turned(tall) == 0);
}

TEST_CASE("Fitted: the bundled example takes the shape of an A4 landscape page") {
  Document document;
  store::DocumentFile::open(std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin", document);
  REQUIRE(document.sasaran.size() == 48);
  // A4 landscape less 28 pt margins and the 22 pt header and 20 pt footer bands: 786 x 497.
  Geometry g = fitted(document, 786, 497);
  CHECK(g.boxes.size() == 48);
  CHECK(edges_through_boxes(g) == 0);
  // Compact is 3,882 pt wide (issue 12): its page fit is 786 / 3882 = 20%. The fitted drawing must be well under
  // 60% of that width and need no more than 1 / 0.3 shrinking.
  CHECK(g.bounds.width < 0.6 * 3882);
  CHECK(std::min(786 / g.bounds.width, 497 / g.bounds.height) > 0.3);
  // Aspect within 35% of the page's 786 / 497 = 1.58. Blocks come in coarse sizes (a stack of four leaves is
  // ~330 pt, over a quarter of the drawing's height), so one row more or less moves the aspect by about that much.
  double aspect = g.bounds.width / g.bounds.height, page = 786.0 / 497.0;
  CHECK(aspect > page / 1.35);
  CHECK(aspect < page * 1.35);
  // Fitted to the same page upright, it comes out narrower for its height.
  Geometry portrait = fitted(document, 497, 786);
  CHECK(portrait.bounds.width / portrait.bounds.height < aspect);
}
