// The Graphviz engine (LayoutEngine::Graphviz) keeps the same invariants as Pokin's own engine, and draws the
// same boxes.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/import/import_document.h"
#include "core/layout/layout_service.h"
#include "core/synthetic/synthetic_document.h"
#include "layout_invariants.h"
#include "layout_test_documents.h"

using namespace pokin;
using test::check_both_views;
using test::check_invariants;
using test::check_sibling_order;

namespace {

LayoutView graphviz_view(LayoutStyle style = LayoutStyle::TopDown) {
  LayoutView view;
  view.engine = LayoutEngine::Graphviz;
  view.style = style;
  view.fields.target_year = 2024;
  return view;
}

// A box's contents relative to its top-left corner are what must not depend on the engine.
void check_same_contents(const Box& a, const Box& b) {
  CHECK(a.id == b.id);
  CHECK(a.kind == b.kind);
  CHECK(a.rect.width == b.rect.width);
  CHECK(a.rect.height == b.rect.height);
  REQUIRE(a.lines.size() == b.lines.size());
  for (std::size_t i = 0; i < a.lines.size(); ++i) {
    CHECK(a.lines[i].text == b.lines[i].text);
    CHECK(a.lines[i].size == b.lines[i].size);
    CHECK(a.lines[i].x - a.rect.x == doctest::Approx(b.lines[i].x - b.rect.x));
    CHECK(a.lines[i].baseline - a.rect.y == doctest::Approx(b.lines[i].baseline - b.rect.y));
  }
  REQUIRE(a.dividers.size() == b.dividers.size());
  for (std::size_t i = 0; i < a.dividers.size(); ++i)
    CHECK(a.dividers[i] - a.rect.y == doctest::Approx(b.dividers[i] - b.rect.y));
}

void check_same_boxes_as_pokin(const Document& document, LayoutView view, const Geometry& graphviz) {
  view.engine = LayoutEngine::Pokin;
  Geometry pokin = compute_layout(document, view);
  REQUIRE(pokin.boxes.size() == graphviz.boxes.size());
  for (std::size_t i = 0; i < pokin.boxes.size(); ++i) check_same_contents(pokin.boxes[i], graphviz.boxes[i]);
  REQUIRE(pokin.edges.size() == graphviz.edges.size());
  for (std::size_t i = 0; i < pokin.edges.size(); ++i) {
    CHECK(pokin.edges[i].from == graphviz.edges[i].from);
    CHECK(pokin.edges[i].to == graphviz.edges[i].to);
    CHECK(pokin.edges[i].kind == graphviz.edges[i].kind);
  }
  CHECK_FALSE(pokin == graphviz);  // placed by another engine
}

}  // namespace

TEST_CASE("Graphviz layout: a hand-built tree keeps the invariants, top-down and left-right") {
  Document document = test::small_tree(4);
  // A crosscutting link between the two bidang's sasaran.
  CrosscuttingLink link;
  link.id = document.allocate_id();
  link.from = test::sasaran_by_code(document, "SP1");
  link.to = test::sasaran_by_code(document, "SP2");
  document.links.emplace(link.id, link);
  for (LayoutStyle style : {LayoutStyle::TopDown, LayoutStyle::LeftRight}) {
    CAPTURE(static_cast<int>(style));
    LayoutView view = graphviz_view(style);
    Geometry g = compute_layout(document, view);
    CHECK(g.boxes.size() == document.sasaran.size());
    CHECK(g.edges.size() == document.sasaran.size());  // a cascade edge into every non-root box, and the link
    check_invariants(document, g, style);
    check_sibling_order(document, g, style == LayoutStyle::LeftRight);
    check_same_boxes_as_pokin(document, view, g);
    auto crosscutting = std::find_if(g.edges.begin(), g.edges.end(),
                                     [](const Edge& e) { return e.kind == EdgeKind::Crosscutting; });
    REQUIRE(crosscutting != g.edges.end());
    CHECK(crosscutting->arrowhead.size() == 3);
    CHECK(crosscutting->arrowhead.front() == crosscutting->curve.back());
  }
}

TEST_CASE("Graphviz layout: the same input gives the same geometry") {
  SyntheticOptions options;
  options.sasaran = 150;
  LayoutView view = graphviz_view();
  Geometry first = compute_layout(make_synthetic_document(options), view);
  Geometry second = compute_layout(make_synthetic_document(options), view);
  CHECK(first.boxes.size() > 100);
  CHECK(first == second);
}

TEST_CASE("Graphviz layout: imported seed 004 keeps the invariants in both views") {
  Document document =
      import::import_file(std::string(POKIN_FIXTURES) + "/004_8df3a47fc9cca565.txt", {}).document;
  REQUIRE(!document.sasaran.empty());
  for (LayoutStyle style : {LayoutStyle::TopDown, LayoutStyle::LeftRight}) {
    CAPTURE(static_cast<int>(style));
    LayoutView view = graphviz_view(style);
    view.fields.target_year = document.info.period_start;
    check_same_boxes_as_pokin(document, view, check_both_views(document, view));
  }
}

TEST_CASE("Graphviz layout: collapsed subtrees and levels give stubs that dot places too") {
  Document document = test::small_tree(5);
  LayoutView view = graphviz_view();
  view.max_levels = 2;
  Geometry g = compute_layout(document, view);
  REQUIRE(g.boxes.size() == 4);
  CHECK(std::count_if(g.boxes.begin(), g.boxes.end(), [](const Box& b) { return b.kind == BoxKind::CollapsedStub; }) == 1);
  check_invariants(document, g, LayoutStyle::TopDown);
  view.branch = 999999;
  CHECK_THROWS_AS(compute_layout(document, view), UserError);
}

TEST_CASE("Graphviz layout: hostile text (HTML-label syntax, quotes, backslashes) cannot break the layout") {
  const std::string hostile =
      "<TABLE><TR><TD PORT=\"x\">graphviz</TD></TR></TABLE> \"quoted\" back\\slash \\N \\G \\l ]]> & {rank=same} "
      "-> n1; }";
  test::DocumentBuilder b;
  Id head = b.unit(kNoId, UnitKind::Head, hostile);
  Id ss = b.sasaran(head, kNoId, 0, "<B>SS1</B>", hostile);
  b.indikator(ss, "\\\"", hostile, "\"%\"", "<80>");
  Id bidang = b.unit(head, UnitKind::Division, hostile);
  Id sp = b.sasaran(bidang, ss, 1, hostile, std::string(5000, 'x') + hostile);
  b.link(sp, ss, LinkStatus::Diterima, hostile);
  LayoutView view = graphviz_view();
  Geometry g = compute_layout(b.document, view);
  REQUIRE(g.boxes.size() == 2);
  check_invariants(b.document, g, LayoutStyle::TopDown);
  // The text comes out literally in Pokin's lines (wrapping drops spaces and may break long words).
  auto without_spaces = [](std::string text) {
    text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
    return text;
  };
  std::string text;
  for (const TextLine& line : g.boxes[0].lines) text += line.text;
  CHECK(without_spaces(text).find(without_spaces(hostile)) != std::string::npos);
  check_same_boxes_as_pokin(b.document, view, g);
}

TEST_CASE("Graphviz layout: the LayoutService thread answers submissions from two threads") {
  auto document = std::make_shared<const Document>(test::small_tree(6));
  std::vector<std::uint64_t> generations[2];
  std::vector<LayoutView> views[2];
  std::optional<Geometry> newest;
  {
    LayoutService service;
    std::vector<std::thread> submitters;
    for (int t = 0; t < 2; ++t)
      submitters.emplace_back([&, t] {
        for (int i = 0; i < 5; ++i) {
          LayoutView view = graphviz_view(t == 0 ? LayoutStyle::TopDown : LayoutStyle::LeftRight);
          view.fields.target_year = 2021 + i;
          views[t].push_back(view);
          generations[t].push_back(service.submit(document, view));
        }
      });
    for (auto& thread : submitters) thread.join();
    std::uint64_t last = std::max(generations[0].back(), generations[1].back());
    std::optional<Geometry> result;
    while (!newest || newest->generation != last) {
      if ((result = service.take_latest())) {
        CHECK(result->error.empty());
        CHECK(result->boxes.size() == document->sasaran.size());
        CHECK((!newest || newest->generation < result->generation));
        newest = std::move(result);
      }
      std::this_thread::yield();
    }
  }
  // A one-off layout (a LayoutService of its own) gives the same geometry.
  int t = generations[0].back() == newest->generation ? 0 : 1;
  CHECK(*newest == compute_layout(*document, views[t].back()));
  check_invariants(*document, *newest, views[t].back().style);
}

TEST_CASE("Graphviz layout: compact hangs a branch of 40 leaves in two columns") {
  Document document = test::small_tree(40);
  LayoutView view = graphviz_view(LayoutStyle::Compact);
  view.branch = test::sasaran_by_code(document, "SK1");
  Geometry g = compute_layout(document, view);
  REQUIRE(g.boxes.size() == 41);
  check_invariants(document, g, LayoutStyle::Compact);
  CHECK(test::boxes_span(g) <= 2 * g.boxes.front().rect.width + 40);
  // Three leaves: one column.
  Document small = test::small_tree(3);
  view.branch = test::sasaran_by_code(small, "SK1");
  g = compute_layout(small, view);
  REQUIRE(g.boxes.size() == 4);
  check_invariants(small, g, LayoutStyle::Compact);
  for (std::size_t i = 2; i < g.boxes.size(); ++i) CHECK(g.boxes[i - 1].rect.bottom() < g.boxes[i].rect.y);
  // The whole tree and the imported seed keep the invariants in compact too.
  view.branch = kNoId;
  check_invariants(document, compute_layout(document, view), LayoutStyle::Compact);
  Document seed = import::import_file(std::string(POKIN_FIXTURES) + "/004_8df3a47fc9cca565.txt", {}).document;
  Geometry seed_geometry = compute_layout(seed, view);
  CHECK(seed_geometry.boxes.size() == seed.sasaran.size());
  check_invariants(seed, seed_geometry, LayoutStyle::Compact);
}
