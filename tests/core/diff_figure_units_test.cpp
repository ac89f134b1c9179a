// Unit changes drawn on the comparison figure (core/compare/diff_figure.h): a small Renstra before and after an
// SOTK reorganisation, compared by id, drawn with unit boxes and with sasaran boxes. What the reorganisation did:
//   Bidang Perizinan   renamed "Bidang Pelayanan Perizinan" (its jabatan with it); owns SP1
//   Bidang Promosi     removed, with the sasaran it owned (SP2)
//   Seksi Data         moved from under the Sekretariat to under the renamed bidang; owns SK1
//   Subbag Humas       removed; owned no sasaran
//   Bidang Pengendalian new, with a new sasaran (SP3)
//   Kepala Dinas       a new holder (a field no sasaran box shows)
// The expected words are written out here from the mark vocabulary (core/view/change_marks.h) and the unit names.
#include <doctest/doctest.h>

#include <string>

#include "core/compare/diff_figure.h"
#include "tests/core/diff_figure_svg.h"
#include "tests/core/layout_test_documents.h"
#include "svg_boxes.h"

using namespace pokin;

namespace {

constexpr std::uint32_t kUnitGreen = 0xC6EFCE, kUnitGrey = 0xE4E7EB, kUnitBlue = 0xCFE2F7, kUnitAmber = 0xFFE8A8,
                        kUnitWhite = 0xFFFFFF;

struct ReorganisedPair {
  Document old_document, new_document;
  DocumentDiff diff;
  Id head = kNoId, sekretariat = kNoId, perizinan = kNoId, promosi = kNoId, seksi = kNoId, humas = kNoId,
     pengendalian = kNoId;
  Id ss1 = kNoId, sp1 = kNoId, sp2 = kNoId, sk1 = kNoId, sp3 = kNoId;
};

ReorganisedPair reorganised_pair() {
  ReorganisedPair pair;
  test::DocumentBuilder b;
  pair.head = b.unit(kNoId, UnitKind::Head, "Dinas");
  b.document.units.at(pair.head).holder_name = "Drs. Ahmad";
  pair.sekretariat = b.unit(pair.head, UnitKind::Division, "Sekretariat", 0);
  pair.perizinan = b.unit(pair.head, UnitKind::Division, "Bidang Perizinan", 1);
  pair.promosi = b.unit(pair.head, UnitKind::Division, "Bidang Promosi", 2);
  pair.seksi = b.unit(pair.sekretariat, UnitKind::Section, "Seksi Data", 0);
  pair.humas = b.unit(pair.sekretariat, UnitKind::Section, "Subbag Humas", 1);
  pair.ss1 = b.sasaran(pair.head, kNoId, 0, "SS1", "Meningkatnya realisasi investasi daerah");
  b.indikator(pair.ss1, "IKU1", "Nilai realisasi investasi", "Rp", "5.200");
  pair.sp1 = b.sasaran(pair.perizinan, pair.ss1, 1, "SP1", "Meningkatnya kecepatan penerbitan izin", 0);
  b.indikator(pair.sp1, "IK1.1", "Persentase izin terbit tepat waktu", "%", "95");
  pair.sp2 = b.sasaran(pair.promosi, pair.ss1, 1, "SP2", "Terlaksananya promosi investasi", 1);
  b.indikator(pair.sp2, "IK2.1", "Jumlah promosi", "kali", "4");
  pair.sk1 = b.sasaran(pair.seksi, pair.sp1, 2, "SK1", "Tersedianya data perizinan yang mutakhir", 0);
  b.indikator(pair.sk1, "IK3.1", "Persentase data mutakhir", "%", "100");
  pair.old_document = b.document;

  Document& next = b.document;
  next.units.at(pair.head).holder_name = "Dr. Budi";
  next.units.at(pair.perizinan).name = "Bidang Pelayanan Perizinan";
  next.units.at(pair.perizinan).jabatan = "Kepala Bidang Pelayanan Perizinan";
  next.units.at(pair.seksi).parent = pair.perizinan;
  for (auto it = next.indikator.begin(); it != next.indikator.end();)
    it = it->second.sasaran == pair.sp2 ? next.indikator.erase(it) : std::next(it);
  next.sasaran.erase(pair.sp2);
  next.units.erase(pair.promosi);
  next.units.erase(pair.humas);
  pair.pengendalian = b.unit(pair.head, UnitKind::Division, "Bidang Pengendalian", 3);
  pair.sp3 = b.sasaran(pair.pengendalian, pair.ss1, 1, "SP3", "Meningkatnya kepatuhan pelaku usaha", 2);
  b.indikator(pair.sp3, "IK4.1", "Persentase pelaku usaha patuh", "%", "70");
  pair.new_document = next;

  DiffOptions options;
  options.matching = DiffMatching::ById;
  pair.diff = diff_documents(pair.old_document, pair.new_document, options);
  return pair;
}

int unit_changes(const DocumentDiff& diff, ChangeKind kind) {
  int count = 0;
  for (const Change& change : diff.changes)
    if (change.type == DiffNodeType::Unit && change.kind == kind) ++count;
  return count;
}

// The unit (by name) or sasaran (by code) the figure put back: in the figure, not in the new document.
Id put_back_unit(const DiffFigure& figure, const Document& new_document, const std::string& name) {
  for (const auto& [id, unit] : figure.document.units)
    if (!new_document.units.count(id) && unit.name == name) return id;
  return kNoId;
}
Id put_back_sasaran(const DiffFigure& figure, const Document& new_document, const std::string& code) {
  for (const auto& [id, sasaran] : figure.document.sasaran)
    if (!new_document.sasaran.count(id) && sasaran.code == code) return id;
  return kNoId;
}

std::size_t change_index(const DocumentDiff& diff, DiffNodeType type, ChangeKind kind, Id node) {
  for (std::size_t i = 0; i < diff.changes.size(); ++i) {
    const Change& change = diff.changes[i];
    if (change.type == type && change.kind == kind && (change.new_node == node || change.old_node == node)) return i;
  }
  return diff.changes.size();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("diff figure units: the reorganised pair holds the unit changes the figure must draw") {
  ReorganisedPair pair = reorganised_pair();
  CHECK(unit_changes(pair.diff, ChangeKind::Added) == 1);
  CHECK(unit_changes(pair.diff, ChangeKind::Removed) == 2);
  CHECK(unit_changes(pair.diff, ChangeKind::Moved) == 1);
  CHECK(unit_changes(pair.diff, ChangeKind::Reworded) == 1);
  CHECK(unit_changes(pair.diff, ChangeKind::FieldChanged) == 2);  // the jabatan renamed too, the head's holder
}

TEST_CASE("diff figure units: with unit boxes, each unit box carries its own mark") {
  ReorganisedPair pair = reorganised_pair();
  LayoutView view;
  view.granularity = Granularity::Unit;
  DiffFigure figure = diff_figure(pair.old_document, pair.new_document, pair.diff, view, Language::Indonesian);
  const auto& decorations = figure.view.decorations;

  const NodeDecoration& renamed = decorations.at(pair.perizinan);
  CHECK(renamed.fill == kUnitAmber);
  CHECK(contains(renamed.label, "Semula: Bidang Perizinan"));
  const NodeDecoration& added = decorations.at(pair.pengendalian);
  CHECK(added.fill == kUnitGreen);
  CHECK(added.label.rfind("Baru", 0) == 0);
  const NodeDecoration& moved = decorations.at(pair.seksi);
  CHECK(moved.fill == kUnitBlue);
  CHECK(contains(moved.label, "Dipindah dari: Sekretariat"));

  // Both removed units come back ghosted, the one that owned SP2 with SP2 under it.
  const Id promosi = put_back_unit(figure, pair.new_document, "Bidang Promosi");
  const Id humas = put_back_unit(figure, pair.new_document, "Subbag Humas");
  REQUIRE(promosi != kNoId);
  REQUIRE(humas != kNoId);
  for (Id unit : {promosi, humas}) {
    CHECK(decorations.at(unit).ghost);
    CHECK(decorations.at(unit).fill == kUnitGrey);
    CHECK(decorations.at(unit).label.rfind("Dihapus", 0) == 0);
  }
  const Id sp2 = put_back_sasaran(figure, pair.new_document, "SP2");
  REQUIRE(sp2 != kNoId);
  CHECK(figure.document.sasaran.at(sp2).unit == promosi);
  CHECK(figure.document.units.at(humas).parent == pair.sekretariat);

  // Every unit change has its box: nothing left for the legend.
  for (std::size_t i = 0; i < pair.diff.changes.size(); ++i)
    if (pair.diff.changes[i].type == DiffNodeType::Unit) CHECK(figure.change_boxes[i] != kNoId);
  CHECK(figure.legend_notes.empty());
}

TEST_CASE("diff figure units: without unit boxes, each sasaran box says what happened to its unit") {
  ReorganisedPair pair = reorganised_pair();
  DiffFigure figure = diff_figure(pair.old_document, pair.new_document, pair.diff, LayoutView{}, Language::Indonesian);
  const auto& decorations = figure.view.decorations;

  // SP1 itself did not change; its unit was renamed: the old name, the box marked changed.
  const NodeDecoration& sp1 = decorations.at(pair.sp1);
  CHECK(sp1.fill == kUnitAmber);
  CHECK(sp1.label == "Unit semula: Bidang Perizinan");
  CHECK(figure.change_boxes[change_index(pair.diff, DiffNodeType::Unit, ChangeKind::Reworded, pair.perizinan)] ==
        pair.sp1);
  // SK1's seksi moved: its old parent unit named.
  CHECK(decorations.at(pair.sk1).fill == kUnitAmber);
  CHECK(decorations.at(pair.sk1).label == "Unit dipindah dari: Sekretariat");
  // SP3 is new in a new unit: green, "Baru" first, then the unit.
  CHECK(decorations.at(pair.sp3).fill == kUnitGreen);
  CHECK(decorations.at(pair.sp3).label == "Baru\nUnit baru: Bidang Pengendalian");
  // SP2 came back with its removed unit: ghosted, the unit named as removed.
  const Id sp2 = put_back_sasaran(figure, pair.new_document, "SP2");
  REQUIRE(sp2 != kNoId);
  CHECK(decorations.at(sp2).ghost);
  CHECK(decorations.at(sp2).fill == kUnitGrey);
  CHECK(decorations.at(sp2).label == "Dihapus\nUnit dihapus: Bidang Promosi");
  // SS1's unit only got a new holder, which no sasaran box shows: SS1 stays unchanged.
  CHECK(decorations.at(pair.ss1).fill == kUnitWhite);
  CHECK(decorations.at(pair.ss1).label.empty());

  // The removed Subbag Humas owned nothing and the holder is not on a box: both counted for the legend.
  CHECK(figure.change_boxes[change_index(pair.diff, DiffNodeType::Unit, ChangeKind::Removed, pair.humas)] == kNoId);
  REQUIRE(figure.legend_notes.size() == 1);
  CHECK(figure.legend_notes.front() ==
        "Tidak tampak pada kotak: 2 perubahan unit kerja (1 dihapus, 1 diubah). Lihat matriks perubahan.");

  DiffFigure english = diff_figure(pair.old_document, pair.new_document, pair.diff, LayoutView{}, Language::English);
  CHECK(english.view.decorations.at(pair.sp1).label == "Unit formerly: Bidang Perizinan");
  CHECK(english.view.decorations.at(pair.sk1).label == "Unit moved from: Sekretariat");
  REQUIRE(english.legend_notes.size() == 1);
  CHECK(english.legend_notes.front() ==
        "Not shown on any box: 2 unit changes (1 removed, 1 changed). See the change matrix.");
}

TEST_CASE("diff figure units: a renamed jabatan alone is named on the boxes of its unit") {
  ReorganisedPair pair = reorganised_pair();
  Document old_document = pair.new_document;
  Document new_document = pair.new_document;
  new_document.units.at(pair.sekretariat).jabatan = "Sekretaris Dinas";
  DiffOptions options;
  options.matching = DiffMatching::ById;
  DocumentDiff diff = diff_documents(old_document, new_document, options);
  // The Sekretariat owns no sasaran in this pair: the jabatan change cannot be drawn, so the legend counts it.
  DiffFigure figure = diff_figure(old_document, new_document, diff, LayoutView{}, Language::Indonesian);
  REQUIRE(figure.legend_notes.size() == 1);
  CHECK(contains(figure.legend_notes.front(), "1 perubahan unit kerja (1 diubah)"));
  // Give the Sekretariat a sasaran in both versions: now its boxes say the old jabatan.
  for (Document* document : {&old_document, &new_document}) {
    Sasaran sasaran;
    sasaran.id = 900;
    sasaran.unit = pair.sekretariat;
    sasaran.parent = pair.ss1;
    sasaran.level = 1;
    sasaran.code = "SP9";
    sasaran.statement = "Meningkatnya kualitas perencanaan";
    document->sasaran[sasaran.id] = sasaran;
  }
  diff = diff_documents(old_document, new_document, options);
  figure = diff_figure(old_document, new_document, diff, LayoutView{}, Language::Indonesian);
  CHECK(figure.view.decorations.at(900).label == "Jabatan semula: Kepala Sekretariat");
  CHECK(figure.view.decorations.at(900).fill == kUnitAmber);
  CHECK(figure.legend_notes.empty());
}

TEST_CASE("diff figure units: the exported SVGs show the old unit name, the new and the removed unit") {
  ReorganisedPair pair = reorganised_pair();
  LayoutView by_unit;
  by_unit.granularity = Granularity::Unit;
  DiffFigure units = diff_figure(pair.old_document, pair.new_document, pair.diff, by_unit, Language::Indonesian);
  std::string svg = test::exported_diff_svg(units, "pokin_diff_units.svg");
  auto boxes = test::boxes_of(svg);
  REQUIRE(boxes.count(pair.perizinan));
  CHECK(test::has(boxes.at(pair.perizinan).texts, "Bidang Pelayanan Perizinan"));
  CHECK(test::has(boxes.at(pair.perizinan).texts, "Semula: Bidang Perizinan"));
  REQUIRE(boxes.count(pair.pengendalian));
  CHECK(boxes.at(pair.pengendalian).fill == "#c6efce");
  CHECK(test::has(boxes.at(pair.pengendalian).texts, "Baru"));
  const Id promosi = put_back_unit(units, pair.new_document, "Bidang Promosi");
  REQUIRE(boxes.count(promosi));
  CHECK(boxes.at(promosi).fill == "#e4e7eb");
  CHECK(test::has(boxes.at(promosi).texts, "Dihapus"));
  CHECK(test::dashed_box(svg, promosi));  // the ghost's outline

  // The sasaran view: the unit's old name under SP1's owner line, the uncountable ones in the legend.
  DiffFigure sasaran = diff_figure(pair.old_document, pair.new_document, pair.diff, LayoutView{}, Language::Indonesian);
  std::string sasaran_svg = test::exported_diff_svg(sasaran, "pokin_diff_units_sasaran.svg");
  auto sasaran_boxes = test::boxes_of(sasaran_svg);
  REQUIRE(sasaran_boxes.count(pair.sp1));
  CHECK(test::has(sasaran_boxes.at(pair.sp1).texts, "Kepala Bidang Pelayanan Perizinan"));
  CHECK(test::has(sasaran_boxes.at(pair.sp1).texts, "Unit semula: Bidang Perizinan"));
  CHECK(sasaran_boxes.at(pair.sp1).fill == "#ffe8a8");
  CHECK(test::has(test::texts_of(sasaran_svg),
                  "Tidak tampak pada kotak: 2 perubahan unit kerja (1 dihapus, 1 diubah). Lihat matriks perubahan."));
}
