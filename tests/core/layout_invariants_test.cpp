#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/layout/layout_service.h"
#include "core/layout/text_metrics.h"
#include "core/synthetic/synthetic_document.h"
#include "core/text/bilingual.h"
#include "layout_test_documents.h"

using namespace pokin;

namespace {

bool overlap(const Rect& a, const Rect& b) {
  return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

bool on_border(const Rect& r, Point p) {
  const double e = 0.01;
  bool inside = p.x >= r.x - e && p.x <= r.right() + e && p.y >= r.y - e && p.y <= r.bottom() + e;
  bool at_edge = std::abs(p.x - r.x) < e || std::abs(p.x - r.right()) < e || std::abs(p.y - r.y) < e ||
                 std::abs(p.y - r.bottom()) < e;
  return inside && at_edge;
}

// Boxes of a geometry by id; a stub shares the id of the node it collapses, so it is keyed apart.
std::map<std::pair<Id, BoxKind>, const Box*> by_id(const Geometry& g) {
  std::map<std::pair<Id, BoxKind>, const Box*> map;
  for (const Box& box : g.boxes) map[{box.id, box.kind}] = &box;
  return map;
}

void check_invariants(const Document& document, const Geometry& g, LayoutStyle style) {
  REQUIRE(g.error.empty());
  // No two boxes overlap (sweep over x so big documents stay quick).
  std::vector<const Box*> sorted;
  for (const Box& box : g.boxes) sorted.push_back(&box);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->rect.x < b->rect.x; });
  int overlaps = 0;
  for (std::size_t i = 0; i < sorted.size(); ++i)
    for (std::size_t j = i + 1; j < sorted.size() && sorted[j]->rect.x < sorted[i]->rect.right(); ++j)
      if (overlap(sorted[i]->rect, sorted[j]->rect)) ++overlaps;
  CHECK(overlaps == 0);
  // Bounds hold everything.
  for (const Box& box : g.boxes) {
    CHECK(g.bounds.contains({box.rect.x, box.rect.y}));
    CHECK(g.bounds.contains({box.rect.right(), box.rect.bottom()}));
    for (const TextLine& line : box.lines) {
      CHECK(line.baseline > box.rect.y);
      CHECK(line.baseline < box.rect.bottom());
      CHECK(line.x + text_width(line.text, line.size, line.bold) <= box.rect.right() + 0.01);
    }
  }
  auto boxes = by_id(g);
  auto node_box = [&](Id id) {
    return boxes.count({id, BoxKind::Sasaran}) ? boxes.at({id, BoxKind::Sasaran}) : boxes.at({id, BoxKind::Unit});
  };
  for (const Edge& edge : g.edges) {
    for (Point p : edge.curve) CHECK(g.bounds.contains(p));
    REQUIRE(edge.curve.size() >= 4);
    CHECK((edge.curve.size() - 1) % 3 == 0);
    if (edge.kind == EdgeKind::Crosscutting) {
      // Drawn from the helper (to) into the helped (from).
      CHECK(on_border(node_box(edge.to)->rect, edge.curve.front()));
      CHECK(on_border(node_box(edge.from)->rect, edge.curve.back()));
      continue;
    }
    const Box* parent = node_box(edge.from);
    const Box* child = edge.from == edge.to ? boxes.at({edge.to, BoxKind::CollapsedStub}) : node_box(edge.to);
    CHECK(on_border(parent->rect, edge.curve.front()));
    CHECK(on_border(child->rect, edge.curve.back()));
    if (style == LayoutStyle::TopDown) CHECK(parent->rect.bottom() < child->rect.y);
    if (style == LayoutStyle::LeftRight) CHECK(parent->rect.right() < child->rect.x);
  }
  (void)document;
}

// Siblings (children of one parent, in document order) run left to right, or top to bottom in left-right.
void check_sibling_order(const Document& document, const Geometry& g, bool across) {
  auto boxes = by_id(g);
  std::map<Id, std::vector<const Sasaran*>> children;
  for (const auto& [id, s] : document.sasaran)
    if (s.parent != kNoId && boxes.count({id, BoxKind::Sasaran})) children[s.parent].push_back(&s);
  for (auto& [parent, list] : children) {
    // Expected order: by unit, then order, then id - units here are created in organisation order.
    std::sort(list.begin(), list.end(), [&](auto* a, auto* b) {
      return std::tie(a->unit, a->order, a->id) < std::tie(b->unit, b->order, b->id);
    });
    for (std::size_t i = 1; i < list.size(); ++i) {
      const Rect& a = boxes.at({list[i - 1]->id, BoxKind::Sasaran})->rect;
      const Rect& b = boxes.at({list[i]->id, BoxKind::Sasaran})->rect;
      if (across) CHECK(a.bottom() <= b.y);
      else CHECK(a.right() <= b.x);
    }
  }
}

}  // namespace

TEST_CASE("Layout: a hand-built tree keeps its invariants in every style") {
  Document document = test::small_tree(3);
  for (LayoutStyle style : {LayoutStyle::TopDown, LayoutStyle::LeftRight, LayoutStyle::Compact}) {
    CAPTURE(static_cast<int>(style));
    LayoutView view;
    view.style = style;
    view.fields.target_year = 2024;
    Geometry g = compute_layout(document, view);
    CHECK(g.boxes.size() == document.sasaran.size());
    CHECK(g.edges.size() == document.sasaran.size() - 1);
    check_invariants(document, g, style);
    if (style != LayoutStyle::Compact) check_sibling_order(document, g, style == LayoutStyle::LeftRight);
  }
}

TEST_CASE("Layout: generated Pemda documents keep the invariants") {
  SyntheticOptions options;
  options.sasaran = 600;
  Document document = make_synthetic_document(options);
  for (LayoutStyle style : {LayoutStyle::TopDown, LayoutStyle::LeftRight, LayoutStyle::Compact}) {
    CAPTURE(static_cast<int>(style));
    LayoutView view;
    view.style = style;
    view.fields.target_year = 2023;
    Geometry g = compute_layout(document, view);
    CHECK(g.boxes.size() == document.sasaran.size());
    check_invariants(document, g, style);
    if (style == LayoutStyle::TopDown) check_sibling_order(document, g, false);
    CHECK(std::count_if(g.edges.begin(), g.edges.end(), [](const Edge& e) { return e.kind == EdgeKind::Crosscutting; }) > 0);
  }
  LayoutView units;
  units.granularity = Granularity::Unit;
  Geometry g = compute_layout(document, units);
  CHECK(g.boxes.size() == document.units.size());
  check_invariants(document, g, LayoutStyle::TopDown);
}

TEST_CASE("Layout: the same input gives the same geometry") {
  SyntheticOptions options;
  options.sasaran = 300;
  Document document = make_synthetic_document(options);
  LayoutView view;
  view.style = LayoutStyle::Compact;
  Geometry first = compute_layout(document, view);
  Geometry second = compute_layout(make_synthetic_document(options), view);
  CHECK(first == second);
}

TEST_CASE("Layout: compact stacks a branch of 40 leaves at most two boxes wide") {
  Document document = test::small_tree(40);
  Id seksi_sasaran = kNoId;
  for (const auto& [id, s] : document.sasaran)
    if (s.code == "SK1") seksi_sasaran = id;
  LayoutView view;
  view.style = LayoutStyle::Compact;
  view.branch = seksi_sasaran;
  Geometry g = compute_layout(document, view);
  REQUIRE(g.boxes.size() == 41);
  check_invariants(document, g, LayoutStyle::Compact);
  double box_width = g.boxes.front().rect.width;
  double left = 1e9, right = -1e9;
  for (const Box& box : g.boxes) {
    left = std::min(left, box.rect.x);
    right = std::max(right, box.rect.right());
  }
  CHECK(right - left <= 2 * box_width + 40);
  // The same branch in plain top-down is 40 boxes wide.
  view.style = LayoutStyle::TopDown;
  Geometry wide = compute_layout(document, view);
  CHECK(wide.bounds.width > 30 * box_width);
}

TEST_CASE("Layout: levels, collapse and branches") {
  Document document = test::small_tree(5);
  Id ss = kNoId, sp1 = kNoId;
  for (const auto& [id, s] : document.sasaran) {
    if (s.code == "SS1") ss = id;
    if (s.code == "SP1") sp1 = id;
  }
  LayoutView view;
  view.max_levels = 2;
  Geometry g = compute_layout(document, view);
  // SS1, SP1, SP2 and one stub "+6" under SP1 (SK1 and its 5 staff).
  REQUIRE(g.boxes.size() == 4);
  auto stub = std::find_if(g.boxes.begin(), g.boxes.end(), [](const Box& b) { return b.kind == BoxKind::CollapsedStub; });
  REQUIRE(stub != g.boxes.end());
  CHECK(stub->id == sp1);
  CHECK(stub->hidden_count == 6);
  CHECK(stub->lines.front().text == "+6");
  check_invariants(document, g, LayoutStyle::TopDown);

  view = {};
  view.collapsed = {ss};
  g = compute_layout(document, view);
  REQUIRE(g.boxes.size() == 2);
  CHECK(g.boxes[1].hidden_count == 8);

  view = {};
  view.branch = sp1;
  g = compute_layout(document, view);
  CHECK(g.boxes.size() == 7);
  CHECK(g.boxes.front().id == sp1);

  view.branch = 999999;
  CHECK_THROWS_AS(compute_layout(document, view), UserError);
}

TEST_CASE("Layout: unlinked sasaran hang under their unit's parent unit, styled apart") {
  test::DocumentBuilder b;
  Id head = b.unit(kNoId, UnitKind::Head, "Dinas");
  Id ss = b.sasaran(head, kNoId, 0, "SS1", "Meningkatnya investasi");
  Id bidang = b.unit(head, UnitKind::Division, "Bidang");
  Id orphan = b.sasaran(bidang, kNoId, 1, "SP9", "Belum ditautkan");
  Geometry g = compute_layout(b.document, LayoutView{});
  REQUIRE(g.boxes.size() == 2);
  CHECK(g.boxes[1].id == orphan);
  CHECK(g.boxes[1].unlinked);
  REQUIRE(g.edges.size() == 1);
  CHECK(g.edges[0].kind == EdgeKind::Unlinked);
  CHECK(g.edges[0].from == ss);
}

TEST_CASE("Layout: a parent loop in a corrupt file still shows every sasaran") {
  test::DocumentBuilder b;
  Id head = b.unit(kNoId, UnitKind::Head, "Dinas");
  Id a = b.sasaran(head, kNoId, 0, "A", "a");
  Id c = b.sasaran(head, kNoId, 0, "C", "c");
  b.document.sasaran[a].parent = c;
  b.document.sasaran[c].parent = a;
  Geometry g = compute_layout(b.document, LayoutView{});
  CHECK(g.boxes.size() == 2);
}

TEST_CASE("Layout: decorations reach the boxes") {
  Document document = test::small_tree(1);
  Id ss = document.sasaran.begin()->first;
  LayoutView view;
  view.decorations[ss] = {0x38A169, "Capaian 97% · sangat baik", "3"};
  Geometry g = compute_layout(document, view);
  const Box& box = g.boxes.front();
  CHECK(box.fill == 0x38A169);
  CHECK(box.badge == "3");
  CHECK(std::any_of(box.lines.begin(), box.lines.end(), [](const TextLine& l) { return l.text == "Capaian 97% · sangat baik"; }));
}

TEST_CASE("Layout service: results carry the generation of their request") {
  auto document = std::make_shared<const Document>(test::small_tree(3));
  LayoutService service;
  LayoutView view;
  std::uint64_t first = service.submit(document, view);
  view.style = LayoutStyle::LeftRight;
  std::uint64_t second = service.submit(document, view);
  CHECK(second > first);
  std::optional<Geometry> result;
  while (!(result = service.take_latest()) || result->generation != second) {
    if (result) CHECK(result->generation < second);
    std::this_thread::yield();
  }
  CHECK(*result == compute_layout(*document, view));
  view.branch = 123456;
  std::uint64_t bad = service.submit(document, view);
  while (!(result = service.take_latest())) std::this_thread::yield();
  CHECK(result->generation == bad);
  CHECK_FALSE(result->error.empty());
}

TEST_CASE("Text: widths follow Arial metrics and wrapping keeps every character") {
  CHECK(text_width("M", 10) == doctest::Approx(8.33).epsilon(0.01));  // Arial 'M' is 1706/2048 em
  CHECK(text_width("Meningkatnya", 10, true) > text_width("Meningkatnya", 10));
  std::string statement = "Meningkatnya kualitas pelayanan perizinan berusaha yang cepat, mudah dan transparan";
  auto lines = wrap_text(statement, 120, 10);
  CHECK(lines.size() > 1);
  std::string joined;
  for (auto& line : lines) {
    CHECK(text_width(line, 10) <= 120);
    joined += (joined.empty() ? "" : " ") + line;
  }
  CHECK(joined == statement);
  std::string long_word(300, 'x');
  lines = wrap_text(long_word + "e\xCC\x81", 100, 10);  // ends with e + combining acute
  CHECK(lines.size() > 1);
  CHECK(lines.back().find("e\xCC\x81") != std::string::npos);
}
