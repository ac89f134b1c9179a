// diff_documents on small hand-built pairs: one kind of change at a time, expected changes written by hand.
#include <doctest/doctest.h>

#include "core/compare/document_diff.h"
#include "hand_built_document.h"

using namespace pokin;

namespace {

// Kepala Dinas (1) -> Bidang Pelayanan Perizinan (2) -> Seksi Proses Perizinan (3); SS1 (4) <- SP1 (5) <- SK1 (6);
// indikator 7 on SS1, 8 on SP1, 9 on SK1, each with targets 2025: 80, 2026: 81, 2027: 82.
struct Pair {
  testing::CleanCascade before;
  Document& old_document = before.document;
  Document new_document = before.document;
};

std::vector<Change> of_kind(const DocumentDiff& diff, ChangeKind kind) {
  std::vector<Change> out;
  for (const Change& change : diff.changes)
    if (change.kind == kind) out.push_back(change);
  return out;
}

}  // namespace

TEST_CASE("diff: identical documents give no change, matched by id") {
  Pair pair;
  DocumentDiff diff = diff_documents(pair.old_document, pair.new_document);
  CHECK(diff.same_lineage);
  CHECK(diff.empty());
  CHECK(diff.matches.size() == 9);  // 3 units, 3 sasaran, 3 indikator
}

TEST_CASE("diff: the hand-built ids are the ones the comments say") {
  Pair pair;
  CHECK(pair.before.ss == 4);
  CHECK(pair.before.sp == 5);
  CHECK(pair.before.sk == 6);
  CHECK(pair.before.ik_kegiatan == 9);
  CHECK(pair.old_document.indikator.at(7).target.at(2025).text == "80");
}

TEST_CASE("diff: an added sasaran and its indikator, under their parents") {
  Pair pair;
  Sasaran added;
  added.id = 20;
  added.unit = pair.before.seksi;
  added.parent = pair.before.sp;
  added.level = 2;
  added.code = "SK2";
  added.statement = "Meningkatnya pengawasan izin";
  added.order = 1;
  pair.new_document.sasaran[20] = added;
  Indikator measure;
  measure.id = 21;
  measure.sasaran = 20;
  measure.code = "IK21";
  measure.name = "Jumlah izin yang diawasi";
  pair.new_document.indikator[21] = measure;
  DocumentDiff diff = diff_documents(pair.old_document, pair.new_document);
  REQUIRE(diff.changes.size() == 2);
  CHECK(diff.changes[0].kind == ChangeKind::Added);
  CHECK(diff.changes[0].type == DiffNodeType::Sasaran);
  CHECK(diff.changes[0].new_node == 20);
  CHECK(diff.changes[0].old_node == kNoId);
  CHECK(diff.changes[0].new_parent == 5);
  CHECK(diff.changes[0].new_text == "SK2 Meningkatnya pengawasan izin");
  CHECK(diff.changes[1].type == DiffNodeType::Indikator);
  CHECK(diff.changes[1].new_node == 21);
  CHECK(diff.changes[1].new_parent == 20);
}

TEST_CASE("diff: a removed indikator names its old sasaran") {
  Pair pair;
  pair.new_document.indikator.erase(8);
  DocumentDiff diff = diff_documents(pair.old_document, pair.new_document);
  REQUIRE(diff.changes.size() == 1);
  CHECK(diff.changes[0].kind == ChangeKind::Removed);
  CHECK(diff.changes[0].type == DiffNodeType::Indikator);
  CHECK(diff.changes[0].old_node == 8);
  CHECK(diff.changes[0].new_node == kNoId);
  CHECK(diff.changes[0].old_parent == 5);
  CHECK(diff.changes[0].old_text == "IK8 Persentase izin terbit tepat waktu");
}

TEST_CASE("diff: a sasaran under another parent sasaran is Moved, both parents named") {
  Pair pair;
  pair.new_document.sasaran.at(6).parent = 4;
  DocumentDiff diff = diff_documents(pair.old_document, pair.new_document);
  REQUIRE(diff.changes.size() == 1);
  const Change& moved = diff.changes[0];
  CHECK(moved.kind == ChangeKind::Moved);
  CHECK(moved.field == "parent");
  CHECK(moved.old_parent == 5);
  CHECK(moved.new_parent == 4);
  CHECK(moved.old_text == "SP1 Meningkatnya kecepatan penerbitan izin");
  CHECK(moved.new_text == "SS1 Meningkatnya kualitas pelayanan perizinan");
}

TEST_CASE("diff: a sasaran given to another unit and an indikator to another sasaran are Moved") {
  Pair pair;
  pair.new_document.sasaran.at(6).unit = 2;
  pair.new_document.indikator.at(9).sasaran = 5;
  DocumentDiff diff = diff_documents(pair.old_document, pair.new_document);
  REQUIRE(diff.changes.size() == 2);
  // The new tree's order: SP1 and its indikator (now 8 and 9) before SK1.
  CHECK(diff.changes[0].type == DiffNodeType::Indikator);
  CHECK(diff.changes[0].kind == ChangeKind::Moved);
  CHECK(diff.changes[0].old_parent == 6);
  CHECK(diff.changes[0].new_parent == 5);
  CHECK(diff.changes[1].type == DiffNodeType::Sasaran);
  CHECK(diff.changes[1].field == "unit");
  CHECK(diff.changes[1].old_text == "Seksi Proses Perizinan");
  CHECK(diff.changes[1].new_text == "Bidang Pelayanan Perizinan");
}

TEST_CASE("diff: a reworded statement, a renamed unit and changed fields") {
  Pair pair;
  pair.new_document.sasaran.at(5).statement = "Meningkatnya  kecepatan penerbitan perizinan ";
  pair.new_document.units.at(3).name = "Seksi Pemrosesan Perizinan";
  Indikator& measure = pair.new_document.indikator.at(8);
  measure.satuan = "persen";
  measure.polarity = Polarity::Turun;
  measure.sumber_data = "Laporan SiCantik ";  // a trailing blank is no change
  DocumentDiff diff = diff_documents(pair.old_document, pair.new_document);
  REQUIRE(diff.changes.size() == 4);
  CHECK(diff.changes[0].kind == ChangeKind::Reworded);
  CHECK(diff.changes[0].type == DiffNodeType::Unit);
  CHECK(diff.changes[0].field == "name");
  CHECK(diff.changes[0].new_text == "Seksi Pemrosesan Perizinan");
  CHECK(diff.changes[1].kind == ChangeKind::Reworded);
  CHECK(diff.changes[1].field == "statement");
  CHECK(diff.changes[1].old_text == "Meningkatnya kecepatan penerbitan izin");
  CHECK(diff.changes[1].new_text == "Meningkatnya kecepatan penerbitan perizinan");
  CHECK(diff.changes[2].kind == ChangeKind::FieldChanged);
  CHECK(diff.changes[2].field == "satuan");
  CHECK(diff.changes[2].old_text == "%");
  CHECK(diff.changes[2].new_text == "persen");
  CHECK(diff.changes[3].field == "polarity");
  CHECK(diff.changes[3].old_text == "naik");
  CHECK(diff.changes[3].new_text == "turun");
}

TEST_CASE("diff: one TargetChanged per changed year, appeared and emptied included") {
  Pair pair;
  Indikator& measure = pair.new_document.indikator.at(7);
  measure.target[2025] = {"85", 85.0};
  measure.target.erase(2027);
  pair.old_document.indikator.at(7).target.erase(2026);
  DocumentDiff diff = diff_documents(pair.old_document, pair.new_document);
  std::vector<Change> targets = of_kind(diff, ChangeKind::TargetChanged);
  REQUIRE(diff.changes.size() == 3);
  REQUIRE(targets.size() == 3);
  CHECK(targets[0].year == 2025);
  CHECK(targets[0].old_text == "80");
  CHECK(targets[0].new_text == "85");
  CHECK(targets[1].year == 2026);  // appeared
  CHECK(targets[1].old_text == "");
  CHECK(targets[1].new_text == "81");
  CHECK(targets[2].year == 2027);  // emptied
  CHECK(targets[2].old_text == "82");
  CHECK(targets[2].new_text == "");
}

TEST_CASE("diff: crosscutting links added, removed and their status changed") {
  Pair pair;
  CrosscuttingLink kept;
  kept.id = 30;
  kept.from = 5;
  kept.partner_name = "Dinas Kominfo";
  kept.status = LinkStatus::Usulan;
  CrosscuttingLink gone = kept;
  gone.id = 31;
  gone.partner_name = "Bappeda";
  pair.old_document.links[30] = kept;
  pair.old_document.links[31] = gone;
  kept.status = LinkStatus::Diterima;
  pair.new_document.links[30] = kept;
  CrosscuttingLink added = kept;
  added.id = 32;
  added.from = 6;
  added.partner_name = "Kecamatan Paringin";
  pair.new_document.links[32] = added;
  DocumentDiff diff = diff_documents(pair.old_document, pair.new_document);
  REQUIRE(diff.changes.size() == 3);
  CHECK(diff.changes[0].kind == ChangeKind::FieldChanged);
  CHECK(diff.changes[0].type == DiffNodeType::Link);
  CHECK(diff.changes[0].field == "status");
  CHECK(diff.changes[0].old_text == "usulan");
  CHECK(diff.changes[0].new_text == "diterima");
  CHECK(diff.changes[1].kind == ChangeKind::Removed);  // where it stood: after link 30 of SP1
  CHECK(diff.changes[1].old_node == 31);
  CHECK(diff.changes[2].kind == ChangeKind::Added);
  CHECK(diff.changes[2].new_node == 32);
  CHECK(diff.changes[2].new_parent == 6);
}

TEST_CASE("diff: a removal stands where it stood in the old tree") {
  Pair pair;
  // Old: SS1 <- SP1 <- SK1, and SP2 (a second child of SS1, order 1) with its own child SK2 (removed with it).
  Sasaran sp2 = pair.old_document.sasaran.at(5);
  sp2.id = 40;
  sp2.code = "SP2";
  sp2.statement = "Terwujudnya promosi investasi";
  sp2.order = 1;
  Sasaran sk2 = pair.old_document.sasaran.at(6);
  sk2.id = 41;
  sk2.parent = 40;
  sk2.code = "SK2";
  sk2.statement = "Terlaksananya pameran investasi";
  pair.old_document.sasaran[40] = sp2;
  pair.old_document.sasaran[41] = sk2;
  // New: SS1 reworded (first in the tree), SK1's target changed (last in the tree).
  pair.new_document.sasaran.at(4).statement = "Meningkatnya mutu pelayanan perizinan";
  pair.new_document.indikator.at(9).target[2025] = {"90", 90.0};
  DocumentDiff diff = diff_documents(pair.old_document, pair.new_document);
  REQUIRE(diff.changes.size() == 4);
  CHECK(diff.changes[0].kind == ChangeKind::Reworded);
  CHECK(diff.changes[1].kind == ChangeKind::TargetChanged);  // SK1 is in SP1's subtree, which SP2 followed
  CHECK(diff.changes[2].old_node == 40);
  CHECK(diff.changes[3].old_node == 41);
}

TEST_CASE("diff: by content, renumbered ids match every node again") {
  Pair pair;
  Document renumbered;
  renumbered.info = pair.old_document.info;
  auto shift = [](Id id) { return id == kNoId ? kNoId : 100 + id; };
  for (auto [id, unit] : pair.old_document.units) {
    unit.id = shift(id), unit.parent = shift(unit.parent);
    renumbered.units[unit.id] = unit;
  }
  for (auto [id, sasaran] : pair.old_document.sasaran) {
    sasaran.id = shift(id), sasaran.parent = shift(sasaran.parent), sasaran.unit = shift(sasaran.unit);
    renumbered.sasaran[sasaran.id] = sasaran;
  }
  for (auto [id, indikator] : pair.old_document.indikator) {
    indikator.id = shift(id), indikator.sasaran = shift(indikator.sasaran);
    renumbered.indikator[indikator.id] = indikator;
  }
  DocumentDiff diff = diff_documents(pair.old_document, renumbered);
  CHECK_FALSE(diff.same_lineage);
  CHECK(diff.empty());
  REQUIRE(diff.matches.size() == 9);
  for (const NodeMatch& match : diff.matches) {
    CHECK(match.new_node == match.old_node + 100);
    CHECK(match.score == 1);
  }
  // Forced by id, nothing matches: every node removed and added.
  DocumentDiff by_id = diff_documents(pair.old_document, renumbered, {DiffMatching::ById});
  CHECK(by_id.same_lineage);
  CHECK(by_id.changes.size() == 18);
}

TEST_CASE("diff: two independent imports numbered from 1 are not taken for versions") {
  Pair pair;
  test::DocumentBuilder other;
  Id head = other.unit(kNoId, UnitKind::Head, "Kepala Badan");
  Id bidang = other.unit(head, UnitKind::Division, "Bidang Anggaran");
  Id ss = other.unit(bidang, UnitKind::Section, "Subbidang Aset");  // ids 1-3 are units here too
  Id first = other.sasaran(head, kNoId, 0, "SS1", "Meningkatnya akuntabilitas keuangan daerah");  // id 4
  other.indikator(first, "IKU1", "Opini BPK atas laporan keuangan", "opini", "WTP");
  (void)ss;
  DocumentDiff diff = diff_documents(pair.old_document, other.document);
  CHECK_FALSE(diff.same_lineage);
  // By content, only the two heads of agency pair up (top units, "Kepala ..." renamed: an agency restructured);
  // the other units, the sasaran (equal code SS1, but no matched owner unit and other words) and the indikator
  // are removed and added.
  CHECK(of_kind(diff, ChangeKind::Added).size() == 4);
  CHECK(of_kind(diff, ChangeKind::Removed).size() == 8);
  REQUIRE(diff.matches.size() == 1);
  CHECK(diff.matches[0].old_node == 1);
  CHECK(diff.matches[0].new_node == 1);
  CHECK(diff.matches[0].score < 1);
}

TEST_CASE("diff: by content, a reworded sasaran is Reworded (with its score for review), not Removed and Added") {
  Pair pair;
  Document renumbered = pair.new_document;
  renumbered.sasaran.at(5).statement = "Meningkatnya kecepatan dan ketepatan penerbitan izin usaha";
  DocumentDiff diff = diff_documents(pair.old_document, renumbered, {DiffMatching::ByContent});
  REQUIRE(diff.changes.size() == 1);
  CHECK(diff.changes[0].kind == ChangeKind::Reworded);
  bool reviewed = false;
  for (const NodeMatch& match : diff.matches)
    if (match.old_node == 5) {
      reviewed = true;
      CHECK(match.new_node == 5);
      CHECK(match.basis == MatchBasis::Code);  // SP1 under the matched SS1
      CHECK(match.score < 1);
      CHECK(match.score >= 0.45);
    }
  CHECK(reviewed);
}
