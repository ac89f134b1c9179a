#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/import/import_document.h"
#include "core/layout/layout_service.h"
#include "core/layout/text_metrics.h"
#include "core/synthetic/synthetic_document.h"
#include "core/text/bilingual.h"
#include "layout_invariants.h"
#include "layout_test_documents.h"

using namespace pokin;

using test::check_both_views;
using test::check_invariants;
using test::check_sibling_order;

TEST_CASE("Layout: a hand-built tree keeps its invariants in every style") {
  Document document = test::small_tree(3);
  for (LayoutStyle style : {LayoutStyle::TopDown, LayoutStyle::LeftRight, LayoutStyle::Compact, LayoutStyle::Fitted}) {
    CAPTURE(static_cast<int>(style));
    LayoutView view;
    view.style = style;
    view.fields.target_year = 2024;
    Geometry g = compute_layout(document, view);
    CHECK(g.boxes.size() == document.sasaran.size());
    CHECK(g.edges.size() == document.sasaran.size() - 1);
    check_invariants(document, g, style);
    if (style != LayoutStyle::Compact && style != LayoutStyle::Fitted) check_sibling_order(document, g, style == LayoutStyle::LeftRight);
  }
}

TEST_CASE("Layout: generated Pemda documents keep the invariants") {
  SyntheticOptions options;
  options.sasaran = 600;
  Document document = make_synthetic_document(options);
  for (LayoutStyle style : {LayoutStyle::TopDown, LayoutStyle::LeftRight, LayoutStyle::Compact, LayoutStyle::Fitted}) {
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
  Id seksi_sasaran = test::sasaran_by_code(document, "SK1");
  LayoutView view;
  view.style = LayoutStyle::Compact;
  view.branch = seksi_sasaran;
  Geometry g = compute_layout(document, view);
  REQUIRE(g.boxes.size() == 41);
  check_invariants(document, g, LayoutStyle::Compact);
  double box_width = g.boxes.front().rect.width;
  CHECK(test::boxes_span(g) <= 2 * box_width + 40);
  // The same branch in plain top-down is 40 boxes wide.
  view.style = LayoutStyle::TopDown;
  Geometry wide = compute_layout(document, view);
  CHECK(wide.bounds.width > 30 * box_width);
}

TEST_CASE("Layout: levels, collapse and branches") {
  Document document = test::small_tree(5);
  Id ss = test::sasaran_by_code(document, "SS1"), sp1 = test::sasaran_by_code(document, "SP1");
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
  NodeDecoration& decoration = view.decorations[ss];
  decoration.fill = 0x38A169;
  decoration.label = "Capaian 97% · sangat baik";
  decoration.badge = "3";
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

TEST_CASE("Layout: an import-shaped document (units out of order, copy-pasted seksi, suggested and missing links)") {
  // What importers of SK lampiran produce: only the unit hierarchy is known, many cascade links are suggestions
  // or missing, several seksi carry identical text, a bidang has no sasaran of its own.
  test::DocumentBuilder b;
  Id head = b.unit(kNoId, UnitKind::Head, "Kepala Dinas", 0);
  Id ss = b.sasaran(head, kNoId, 0, "SS1", "Meningkatnya investasi daerah");
  b.indikator(ss, "IKU 1.", "Nilai realisasi investasi (Rp)", "Rp", "5.200");
  std::vector<Id> bidang;
  for (int i = 3; i >= 0; --i) bidang.push_back(b.unit(head, UnitKind::Division, "Bidang " + std::to_string(i), i));
  std::vector<Id> sp;
  for (std::size_t i = 0; i < bidang.size(); ++i) {
    if (i == 1) continue;  // a bidang without sasaran: its seksi hang under the head's sasaran
    Id s = b.sasaran(bidang[i], i == 2 ? kNoId : ss, 1, "SP" + std::to_string(i), "Meningkatnya layanan");
    if (i == 0) b.document.sasaran[s].link_origin = LinkOrigin::Suggested;
    sp.push_back(s);
  }
  for (std::size_t i = 0; i < bidang.size(); ++i)
    for (int k = 0; k < 3; ++k) {
      Id seksi = b.unit(bidang[i], UnitKind::Section, "Seksi Pelayanan", 2 - k);
      Id sk = b.sasaran(seksi, kNoId, 2, "SK1", "Terlaksananya pelayanan perizinan sesuai SOP");
      b.indikator(sk, "IK1.1", "Persentase izin terbit tepat waktu", "%", "100");
    }
  Geometry g = compute_layout(b.document, LayoutView{});
  CHECK(g.boxes.size() == b.document.sasaran.size());
  check_invariants(b.document, g, LayoutStyle::TopDown);
  int unlinked = static_cast<int>(std::count_if(g.boxes.begin(), g.boxes.end(), [](const Box& box) { return box.unlinked; }));
  CHECK(unlinked == 13);  // SP2 and all twelve SK
  CHECK(std::count_if(g.boxes.begin(), g.boxes.end(), [](const Box& box) { return box.suggested; }) == 1);
  // The seksi of the bidang without sasaran hang under SS1 itself.
  std::set<Id> seksi_of_empty_bidang;
  for (const auto& [id, unit] : b.document.units)
    if (unit.parent == bidang[1]) seksi_of_empty_bidang.insert(id);
  for (const Edge& edge : g.edges) {
    const Sasaran& child = b.document.sasaran.at(edge.to);
    if (seksi_of_empty_bidang.count(child.unit)) {
      CHECK(edge.from == ss);
      CHECK(edge.kind == EdgeKind::Unlinked);
    }
  }
  LayoutView compact;
  compact.style = LayoutStyle::Compact;
  check_invariants(b.document, compute_layout(b.document, compact), LayoutStyle::Compact);
}

TEST_CASE("Layout: the imported seed documents keep the invariants in every style and both views") {
  for (const char* seed : {"000_35291f5101e1271f.txt", "001_6c00f06231feefe4.txt", "002_33780c05decfbe69.txt",
                           "003_629a2002ab84793b.txt", "004_8df3a47fc9cca565.txt"}) {
    CAPTURE(seed);
    Document document = import::import_file(std::string(POKIN_FIXTURES) + "/" + seed, {}).document;
    REQUIRE(!document.sasaran.empty());
    for (LayoutStyle style : {LayoutStyle::TopDown, LayoutStyle::LeftRight, LayoutStyle::Compact, LayoutStyle::Fitted}) {
      LayoutView view;
      view.style = style;
      view.fields.target_year = document.info.period_start;
      check_both_views(document, view);
    }
  }
}

TEST_CASE("Layout: the words the layout writes itself follow the language, domain words stay") {
  test::DocumentBuilder b;
  Id head = b.unit(kNoId, UnitKind::Head, "Dinas");
  Id ss = b.sasaran(head, kNoId, 0, "SS1", "");
  b.indikator(ss, "IKU1", "Nilai investasi", "Rp", "");
  auto texts = [&](Language language) {
    LayoutView view;
    view.fields.target_year = 2024;
    view.fields.language = language;
    Geometry geometry = compute_layout(b.document, view);
    std::string all;
    for (const auto& line : geometry.boxes.at(0).lines) all += line.text + "\n";
    return all;
  };
  std::string indonesian = texts(Language::Indonesian);
  std::string english = texts(Language::English);
  CHECK(indonesian.find("Target 2024: belum diisi") != std::string::npos);
  CHECK(indonesian.find("(pernyataan sasaran belum diisi)") != std::string::npos);
  CHECK(english.find("Target 2024: not filled in") != std::string::npos);
  CHECK(english.find("(no statement yet)") != std::string::npos);
  CHECK(english.find("belum diisi") == std::string::npos);
}
