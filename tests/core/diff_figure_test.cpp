// The comparison drawn on the tree (core/compare/diff_figure.h): each kind of change of a hand-built pair of
// versions (tests/core/version_pair.h) marks the expected box with the expected words, written out here; the
// removed boxes come back once, under the right parent, with ids that clash with nothing; and the exported SVG
// carries the marks and their legend.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "core/compare/diff_figure.h"
#include "core/view/change_marks.h"
#include "tests/core/diff_figure_svg.h"
#include "tests/core/version_pair.h"
#include "svg_boxes.h"

using namespace pokin;

namespace {

constexpr std::uint32_t kGreen = 0xC6EFCE, kGrey = 0xE4E7EB, kBlue = 0xCFE2F7, kAmber = 0xFFE8A8, kWhite = 0xFFFFFF;

DiffFigure figure_of(const test::VersionPair& pair, Language language = Language::Indonesian) {
  return diff_figure(pair.old_document, pair.new_document, pair.diff, LayoutView{}, language);
}

// The ids the figure gave the nodes it put back: those it holds that the new document does not.
template <class Map>
std::vector<Id> put_back(const Map& figure, const Map& original) {
  std::vector<Id> ids;
  for (const auto& [id, node] : figure)
    if (!original.count(id)) ids.push_back(id);
  return ids;
}

}  // namespace

TEST_CASE("diff figure: the mark colours are the ones the legend promises") {
  CHECK(change_mark_style(ChangeMark::Added).fill == kGreen);
  CHECK(change_mark_style(ChangeMark::Removed).fill == kGrey);
  CHECK(change_mark_style(ChangeMark::Removed).dashed);
  CHECK(change_mark_style(ChangeMark::Moved).fill == kBlue);
  CHECK(change_mark_style(ChangeMark::Changed).fill == kAmber);
  CHECK(change_mark_style(ChangeMark::Unchanged).fill == kWhite);
}

TEST_CASE("diff figure: each kind of change marks its own box with its own words") {
  test::VersionPair pair = test::version_pair();
  DiffFigure figure = figure_of(pair);
  const auto& decorations = figure.view.decorations;

  // Reworded sasaran: the old statement; its indicator's target old -> new under that indicator.
  const NodeDecoration& ss1 = decorations.at(pair.ss1);
  CHECK(ss1.fill == kAmber);
  CHECK_FALSE(ss1.ghost);
  CHECK(ss1.label == "Semula: Meningkatnya kualitas pelayanan perizinan");
  CHECK(ss1.indikator_notes.at(pair.ik11) == "Target 2024: 80 \xE2\x86\x92 85");

  // A removed indicator of a box that stays: put back in that box, with "Dihapus" under it.
  std::vector<Id> indikator_back = put_back(figure.document.indikator, pair.new_document.indikator);
  REQUIRE(indikator_back.size() == 2);  // IK1.2 and IK3.1
  Id ik12_back = kNoId, ik31_back = kNoId;
  for (Id id : indikator_back) (figure.document.indikator.at(id).code == "IK1.2" ? ik12_back : ik31_back) = id;
  REQUIRE(ik12_back != kNoId);
  REQUIRE(ik31_back != kNoId);
  CHECK(figure.document.indikator.at(ik12_back).sasaran == pair.ss1);
  CHECK(ss1.indikator_notes.at(ik12_back) == "Dihapus");

  // An indicator added to a box that stays: "Baru" under it, the box marked as changed.
  const NodeDecoration& sp1 = decorations.at(pair.sp1);
  CHECK(sp1.fill == kAmber);
  CHECK(sp1.label.empty());
  CHECK(sp1.indikator_notes.at(pair.ik22) == "Baru");
  CHECK(sp1.indikator_notes.size() == 1);

  // Moved: blue, its old parent named.
  const NodeDecoration& sp2 = decorations.at(pair.sp2);
  CHECK(sp2.fill == kBlue);
  CHECK(sp2.label == "Dipindah dari: SS1 Meningkatnya kualitas pelayanan perizinan");
  CHECK(figure.document.sasaran.at(pair.sp2).parent == pair.ss2);

  // Added: green, "Baru"; its own indicator needs no note of its own.
  const NodeDecoration& sp4 = decorations.at(pair.sp4);
  CHECK(sp4.fill == kGreen);
  CHECK(sp4.label == "Baru");
  CHECK(sp4.indikator_notes.empty());

  // Removed: put back ghosted, grey, "Dihapus", its indicator with it and no note of its own.
  std::vector<Id> sasaran_back = put_back(figure.document.sasaran, pair.new_document.sasaran);
  REQUIRE(sasaran_back.size() == 1);
  const Id sp3_back = sasaran_back.front();
  const NodeDecoration& sp3 = decorations.at(sp3_back);
  CHECK(sp3.fill == kGrey);
  CHECK(sp3.ghost);
  CHECK(sp3.label == "Dihapus");
  CHECK(sp3.indikator_notes.empty());
  CHECK(figure.document.indikator.at(ik31_back).sasaran == sp3_back);

  // Unchanged: white, nothing written.
  CHECK(decorations.at(pair.ss2).fill == kWhite);
  CHECK(decorations.at(pair.ss2).label.empty());
  CHECK_FALSE(decorations.at(pair.ss2).ghost);
}

TEST_CASE("diff figure: removed nodes appear once, under the matched parent, with ids that clash with nothing") {
  test::VersionPair pair = test::version_pair();
  DiffFigure figure = figure_of(pair);
  const Document& document = figure.document;
  CHECK(document.sasaran.size() == pair.new_document.sasaran.size() + 1);
  CHECK(document.indikator.size() == pair.new_document.indikator.size() + 2);
  CHECK(document.units.size() == pair.new_document.units.size());
  // Every node of the new document is still there, as it was.
  for (const auto& [id, sasaran] : pair.new_document.sasaran) CHECK(document.sasaran.at(id) == sasaran);
  for (const auto& [id, indikator] : pair.new_document.indikator) CHECK(document.indikator.at(id) == indikator);

  // The new document's largest id is IK4.1's, 14 (2 units, 6 sasaran, 6 indicators in building order).
  REQUIRE(pair.ik41 == 14);
  std::set<Id> all;
  std::size_t count = 0;
  for (const auto* map : {&document.units}) for (const auto& entry : *map) all.insert(entry.first), ++count;
  for (const auto& entry : document.sasaran) all.insert(entry.first), ++count;
  for (const auto& entry : document.indikator) all.insert(entry.first), ++count;
  CHECK(all.size() == count);  // no id twice across kinds
  const Id sp3_back = put_back(document.sasaran, pair.new_document.sasaran).front();
  CHECK(sp3_back > 14);
  for (Id id : put_back(document.indikator, pair.new_document.indikator)) CHECK(id > 14);
  CHECK(document.last_id >= sp3_back);

  const Sasaran& sp3 = document.sasaran.at(sp3_back);
  CHECK(sp3.code == "SP3");
  CHECK(sp3.statement == "Terlaksananya pameran investasi");
  CHECK(sp3.parent == pair.ss2);     // where it stood in the old tree
  CHECK(sp3.unit == pair.bidang);
  CHECK(sp3.level == 1);

  // Each change knows its node and the box that carries its mark, in the diff's order.
  REQUIRE(figure.change_nodes.size() == pair.diff.changes.size());
  REQUIRE(figure.change_boxes.size() == pair.diff.changes.size());
  CHECK(figure.change_boxes[0] == pair.ss1);  // reworded SS1
  CHECK(figure.change_nodes[1] == pair.ik11);
  CHECK(figure.change_boxes[1] == pair.ss1);  // its indicator's target
  CHECK(figure.change_boxes[5] == sp3_back);  // removed SP3
  CHECK(figure.change_nodes[5] == sp3_back);
  CHECK(figure.changes_of.at(sp3_back).size() == 1);
  CHECK(figure.changes_of.at(sp3_back).front().kind == ChangeKind::Removed);
  CHECK(figure.changes_of.at(pair.ik11).front().kind == ChangeKind::TargetChanged);
}

TEST_CASE("diff figure: a removed child listed before its removed parent still stands under it") {
  test::VersionPair pair = test::version_pair();
  // Remove SS2's whole branch from the new version too, and list the child first.
  Document old_document = pair.old_document;
  DocumentDiff diff;
  diff.same_lineage = true;
  for (Id id : {pair.head, pair.bidang}) diff.matches.push_back({DiffNodeType::Unit, id, id, MatchBasis::SameId, 1});
  Document new_document = old_document;
  new_document.indikator.erase(pair.ik31);
  new_document.sasaran.erase(pair.sp3);
  new_document.sasaran.erase(pair.ss2);
  for (const auto& [id, s] : new_document.sasaran)
    diff.matches.push_back({DiffNodeType::Sasaran, id, id, MatchBasis::SameId, 1});
  Change child;
  child.kind = ChangeKind::Removed;
  child.old_node = pair.sp3;
  Change parent = child;
  parent.old_node = pair.ss2;
  diff.changes = {child, parent, parent};  // and the parent named twice: still put back once
  DiffFigure figure = diff_figure(old_document, new_document, diff, LayoutView{}, Language::Indonesian);
  std::vector<Id> back = put_back(figure.document.sasaran, new_document.sasaran);
  REQUIRE(back.size() == 2);
  const Sasaran* ss2 = nullptr;
  const Sasaran* sp3 = nullptr;
  for (Id id : back) (figure.document.sasaran.at(id).code == "SS2" ? ss2 : sp3) = &figure.document.sasaran.at(id);
  REQUIRE(ss2);
  REQUIRE(sp3);
  CHECK(sp3->parent == ss2->id);
  CHECK(ss2->parent == kNoId);
  // Its indicator came back with it although the diff did not name it.
  CHECK(figure.document.indikator.size() == new_document.indikator.size() + 1);
}

TEST_CASE("diff figure: the words follow the language") {
  test::VersionPair pair = test::version_pair();
  DiffFigure figure = figure_of(pair, Language::English);
  const auto& decorations = figure.view.decorations;
  CHECK(decorations.at(pair.ss1).label == "Was: Meningkatnya kualitas pelayanan perizinan");
  CHECK(decorations.at(pair.sp2).label == "Moved from: SS1 Meningkatnya kualitas pelayanan perizinan");
  CHECK(decorations.at(pair.sp4).label == "New");
  CHECK(decorations.at(pair.sp1).indikator_notes.at(pair.ik22) == "New");
  CHECK(figure.view.fields.language == Language::English);
}

TEST_CASE("diff figure: a field change reads old -> new and without indicators in the boxes the notes join the label") {
  test::VersionPair pair = test::version_pair();
  Change satuan;
  satuan.kind = ChangeKind::FieldChanged;
  satuan.type = DiffNodeType::Indikator;
  satuan.old_node = satuan.new_node = pair.ik21;
  satuan.field = "satuan";
  satuan.old_text = "%";
  pair.diff.changes.push_back(satuan);
  DiffFigure figure = figure_of(pair);
  CHECK(figure.view.decorations.at(pair.sp1).indikator_notes.at(pair.ik21) ==
        "Satuan: % \xE2\x86\x92 (kosong)");
  // Without indicators in the boxes, the indicator's note goes into the box's label, naming the indicator.
  LayoutView bare;
  bare.fields.indikator = false;
  DiffFigure plain = diff_figure(pair.old_document, pair.new_document, pair.diff, bare, Language::Indonesian);
  CHECK(plain.view.decorations.at(pair.sp1).label ==
        "Indikator IK2.2: Baru\nIndikator IK2.1: Satuan: % \xE2\x86\x92 (kosong)");
}

TEST_CASE("diff figure: the exported SVG, fitted to A4, carries the marks and their legend") {
  test::VersionPair pair = test::version_pair();
  DiffFigure figure = figure_of(pair);
  std::string svg = test::exported_diff_svg(figure, "pokin_diff_figure.svg");
  auto texts = test::texts_of(svg);
  CHECK(test::has(texts, "Pohon Kinerja: perubahan antarversi"));
  CHECK(test::has(texts, "Perubahan:"));
  // One box each new, removed and moved; SS1 and SP1 changed; SS2 unchanged.
  CHECK(test::has(texts, "Baru (hanya di versi baru) · 1 kotak"));
  CHECK(test::has(texts, "Dihapus (hanya di versi lama, garis putus-putus) · 1 kotak"));
  CHECK(test::has(texts, "Dipindah ke induk lain · 1 kotak"));
  CHECK(test::has(texts, "Diubah (teks, indikator, target atau unit) · 2 kotak"));
  CHECK(test::has(texts, "Tidak berubah · 1 kotak"));
  CHECK(test::has(texts, "Target 2024: 80 \xE2\x86\x92 85"));
  auto boxes = test::boxes_of(svg);
  CHECK(boxes.at(pair.sp4).fill == "#c6efce");
  CHECK(boxes.at(pair.sp2).fill == "#cfe2f7");
  CHECK(boxes.at(pair.ss1).fill == "#ffe8a8");
  const Id sp3_back = put_back(figure.document.sasaran, pair.new_document.sasaran).front();
  REQUIRE(boxes.count(sp3_back));
  CHECK(boxes.at(sp3_back).fill == "#e4e7eb");
  CHECK(test::has(boxes.at(sp3_back).texts, "Dihapus"));
  CHECK(test::dashed_box(svg, sp3_back));  // the ghost's outline
  CHECK_FALSE(test::dashed_box(svg, pair.ss1));
}
