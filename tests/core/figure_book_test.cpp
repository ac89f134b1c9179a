// The figure book's splitting, on hand-built documents and a stand-in layout that puts every box (100 x 40 points,
// one line of 10 pt text) in a row per depth, 110 points apart: a row of n boxes is 110 n - 10 points wide. So the
// expected pages can be worked out by hand, whatever the real Fitted placement does.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "core/export/figure_book.h"
#include "core/export/page_file_names.h"
#include "core/layout/view_tree.h"
#include "core/model/tree_index.h"
#include "layout_test_documents.h"

using namespace pokin;

namespace {

Geometry rows_by_depth(const Document& document, const LayoutView& view) {
  TreeIndex index(document);
  ViewTree tree = select_view(document, index, view);
  Geometry geometry;
  std::map<int, int> in_row;
  int widest = 0, deepest = 0;
  for (const ViewNode& node : tree.nodes) {
    int column = in_row[node.depth]++;
    widest = std::max(widest, column + 1);
    deepest = std::max(deepest, node.depth);
    Box box;
    box.id = node.id;
    box.kind = node.kind;
    box.hidden_count = node.hidden_count;
    box.rect = {column * 110.0, node.depth * 60.0, 100, 40};
    box.lines.push_back({"x", box.rect.x + 8, box.rect.y + 20, 10});
    geometry.boxes.push_back(box);
  }
  geometry.bounds = {0, 0, widest * 110.0 - 10, (deepest + 1) * 60.0 - 20};
  return geometry;
}

// Title and page line only: no legend, instansi or period to widen the figure. The page line is 8 pt.
FigureText plain_text(const Geometry&, const LayoutView&) { return FigureText{}; }

FigureBook plan(const Document& document, double width, double min_text = 8) {
  BookSheet sheet{width, 2000, min_text, Language::Indonesian};
  return plan_figure_book(
      document, LayoutView{}, sheet, [](const Document& d, const LayoutView& view) { return rows_by_depth(d, view); },
      plain_text);
}

std::vector<Id> shown_sasaran(const BookPage& page) {
  std::vector<Id> ids;
  for (const Box& box : page.geometry.boxes)
    if (box.kind == BoxKind::Sasaran) ids.push_back(box.id);
  return ids;
}

// One sasaran with one below it: two boxes, 100 points wide.
Document parent_and_child() {
  test::DocumentBuilder b;
  Id head = b.unit(kNoId, UnitKind::Head, "Dinas");
  Id ss = b.sasaran(head, kNoId, 0, "SS", "Induk");
  b.sasaran(head, ss, 1, "S1", "Anak");
  return b.document;
}

// SS
// ├─ A: A1, A2
// ├─ B: B1 (B1a (B1a1, B1a2), B1b (B1b1)), B2 (B2a, B2b), B3
// └─ C: C1
struct BranchyTree : test::DocumentBuilder {
  BranchyTree() {
    Id head = unit(kNoId, UnitKind::Head, "Dinas");
    ss = sasaran(head, kNoId, 0, "SS", "Induk");
    int order = 0;
    auto child = [&](Id parent, const std::string& code) {
      Id id = sasaran(head, parent, 1, code, "Sasaran " + code, order++);
      codes[id] = code;
      return id;
    };
    a = child(ss, "A");
    child(a, "A1");
    child(a, "A2");
    b = child(ss, "B");
    b1 = child(b, "B1");
    Id b1a = child(b1, "B1a");
    child(b1a, "B1a1");
    child(b1a, "B1a2");
    Id b1b = child(b1, "B1b");
    child(b1b, "B1b1");
    Id b2 = child(b, "B2");
    child(b2, "B2a");
    child(b2, "B2b");
    child(b, "B3");
    c = child(ss, "C");
    child(c, "C1");
    codes[ss] = "SS";
  }
  Id ss, a, b, b1, c;
  std::map<Id, std::string> codes;
};

}  // namespace

TEST_CASE("A tree too wide for the sheet becomes an overview and a page per branch that does not fit") {
  // Sheet 400 points wide, text at least 8 pt: the smallest text is the 8 pt page line, so no shrinking is
  // allowed and a page fits when its widest row has at most 3 boxes (320 points; 4 are 430).
  //  - whole tree: the row under A, B, C has 6 boxes: no.
  //  - levels 2: SS; A B C; their three "+N" stubs: fits. Levels 3 puts 6 boxes in a row: no.
  //  - keep branches on the overview, smallest first: C (1 below) -> stub A, stub B, C1: fits; then A (2 below)
  //    -> A1 A2 stub-B C1: 4, no; B (10 below) no. So page 1 continues A on page 2 and B on page 3.
  //  - page 2, A: A; A1 A2: fits.
  //  - page 3, B whole: B1a B1b B2a B2b in a row: no. Levels 2: B; B1 B2 B3; stubs B1 B2: fits; levels 3: 4 in a
  //    row, no. Keeping B2 (2 below): stub-B1 B2a B2b: fits; B1 then makes 4: no. So B1 continues on page 4.
  //  - page 4, B1: B1; B1a B1b; B1a1 B1a2 B1b1: fits.
  BranchyTree tree;
  FigureBook book = plan(tree.document, 400);
  REQUIRE(book.pages.size() == 4);
  CHECK(book.warnings.empty());
  CHECK(book.pages[0].branch == kNoId);
  CHECK(book.pages[1].branch == tree.a);
  CHECK(book.pages[2].branch == tree.b);
  CHECK(book.pages[3].branch == tree.b1);
  CHECK(book.pages[0].continuations == std::vector<std::pair<Id, int>>{{tree.a, 2}, {tree.b, 3}});
  CHECK(book.pages[1].continuations.empty());
  CHECK(book.pages[2].continuations == std::vector<std::pair<Id, int>>{{tree.b1, 4}});
  CHECK(book.pages[1].continues == 1);
  CHECK(book.pages[2].continues == 1);
  CHECK(book.pages[3].continues == 3);
  // The continued box carries the page number in its label; the branch pages are titled by their branch.
  CHECK(book.pages[0].view.decorations.at(tree.a).label == "lanjut hal. 2");
  CHECK(book.pages[0].view.decorations.at(tree.b).label == "lanjut hal. 3");
  CHECK(book.pages[2].view.decorations.at(tree.b1).label == "lanjut hal. 4");
  CHECK(book.pages[0].title == "Pohon Kinerja - Ikhtisar");
  CHECK(book.pages[2].title == "Pohon Kinerja - B Sasaran B");
  CHECK(book.pages[2].text.date == "Halaman 3 dari 4 · lanjutan hal. 1");
  // Every sasaran is on exactly one page, a branch's root counted on the page that continues it.
  std::map<Id, int> seen;
  for (const BookPage& page : book.pages)
    for (Id id : shown_sasaran(page))
      if (std::find(page.branches.begin(), page.branches.end(), id) == page.branches.end()) ++seen[id];
  CHECK(seen.size() == tree.document.sasaran.size());
  for (const auto& [id, count] : seen) CHECK_MESSAGE(count == 1, tree.codes[id]);
  // No page shrinks: the widest row is 3 boxes, 320 points <= 400.
  for (const BookPage& page : book.pages) {
    CHECK(page.fits);
    CHECK(page.scale == doctest::Approx(1));
    CHECK(page.width <= 400);
    CHECK(page.smallest_text == doctest::Approx(8));
  }
}

TEST_CASE("Small branches of one parent share a page") {
  // SS -> X, Y, Z, each with two leaves. Whole: 6 leaves in a row, no. Levels 2: SS; X Y Z; three stubs: fits;
  // keeping any one branch makes 4 in a row: no. So X, Y and Z continue. Each alone is 210 points wide; packed in
  // rows no wider than the 400-point area (210 + 24 + 210 = 444 > 400) they stack, one per row, 100 points
  // high with 24 between: one page of 210 x 348 holds all three.
  test::DocumentBuilder b;
  Id head = b.unit(kNoId, UnitKind::Head, "Dinas");
  Id ss = b.sasaran(head, kNoId, 0, "SS", "Induk");
  std::vector<Id> branches;
  for (int i = 0; i < 3; ++i) {
    std::string code(1, static_cast<char>('X' + i));
    Id branch = b.sasaran(head, ss, 1, code, "Sasaran " + code, 2 * i);
    branches.push_back(branch);
    for (int leaf = 0; leaf < 2; ++leaf) b.sasaran(head, branch, 2, code + std::to_string(leaf), "Daun", leaf);
  }
  FigureBook book = plan(b.document, 400);
  REQUIRE(book.pages.size() == 2);
  CHECK(book.pages[0].continuations ==
        std::vector<std::pair<Id, int>>{{branches[0], 2}, {branches[1], 2}, {branches[2], 2}});
  CHECK(book.pages[1].branches == branches);
  CHECK(book.pages[1].title == "Pohon Kinerja - X Sasaran X (+2 cabang)");
  CHECK(book.pages[1].geometry.bounds.width == doctest::Approx(210));
  CHECK(book.pages[1].geometry.bounds.height == doctest::Approx(348));
  CHECK(shown_sasaran(book.pages[1]).size() == 9);
  // Moved with their branch: the second branch's root sits at the top of the second row.
  for (const Box& box : book.pages[1].geometry.boxes)
    if (box.id == branches[1]) {
      CHECK(box.rect.y == doctest::Approx(124));
      CHECK(box.lines.front().baseline == doctest::Approx(144));
    }
}

TEST_CASE("A figure is shrunk no further than the smallest text allows") {
  // Four leaves: a row of 430 points on a 400-point sheet. At min 7 pt the 8 pt page line may shrink to
  // 7/8 = 0.875, and 400/430 = 0.9302 is above that: one page at that scale, its smallest text 8 x 0.9302.
  test::DocumentBuilder b;
  Id head = b.unit(kNoId, UnitKind::Head, "Dinas");
  Id ss = b.sasaran(head, kNoId, 0, "SS", "Induk");
  for (int i = 0; i < 4; ++i) b.sasaran(head, ss, 1, "S" + std::to_string(i), "Anak", i);
  FigureBook book = plan(b.document, 400, 7);
  REQUIRE(book.pages.size() == 1);
  CHECK(book.pages[0].fits);
  CHECK(book.pages[0].scale == doctest::Approx(400.0 / 430));
  CHECK(book.smallest_text == doctest::Approx(8 * 400.0 / 430));
  CHECK(book.pages[0].title == "Pohon Kinerja");
  CHECK(book.pages[0].text.date == "Halaman 1 dari 1");
}

TEST_CASE("A box wider than the sheet is a warning, never text below the minimum") {
  // A 100-point box on a 90-point sheet at min 8 pt: nothing to split (the children are leaves), so the one page
  // keeps scale 1 (8 pt) and is marked too large.
  FigureBook book = plan(parent_and_child(), 90);
  REQUIRE(book.pages.size() == 1);
  CHECK_FALSE(book.pages[0].fits);
  CHECK(book.pages[0].scale == doctest::Approx(1));
  CHECK(book.smallest_text == doctest::Approx(8));
  REQUIRE(book.warnings.size() == 1);
  CHECK(book.warnings[0].id.find("Halaman 1") != std::string::npos);
  CHECK(book.warnings[0].en.find("does not fit") != std::string::npos);
}

TEST_CASE("A small tree is one page") {
  FigureBook book = plan(parent_and_child(), 400);
  REQUIRE(book.pages.size() == 1);
  CHECK(book.pages[0].continuations.empty());
  CHECK(shown_sasaran(book.pages[0]).size() == 2);
  CHECK(book.warnings.empty());
}

TEST_CASE("Pages written one file each are numbered, a single page keeps its name") {
  CHECK(numbered_page_path("out/pohon.svg", 1, 1) == std::filesystem::path("out/pohon.svg"));
  CHECK(numbered_page_path("out/pohon.svg", 1, 3) == std::filesystem::path("out/pohon-01.svg"));
  CHECK(numbered_page_path("out/pohon.svg", 3, 3) == std::filesystem::path("out/pohon-03.svg"));
  CHECK(numbered_page_path("pohon.png", 7, 120) == std::filesystem::path("pohon-007.png"));
  CHECK(numbered_page_path("pohon", 2, 2) == std::filesystem::path("pohon-02"));
}
