// diff_documents on a real amendment: the IKU 2025-2029 of the Dinas Koperasi of Kabupaten Pringsewu before and
// after it was brought in line with the amended Renstra, each imported from its table as a planner would
// (tests/fixtures/compare/SOURCES.md). The expected changes are those written by eye before Pokin was run on the
// pair (tests/fixtures/compare/pringsewu_koperasi_changes_by_eye.md).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/compare/change_matrix_form.h"
#include "core/compare/document_diff.h"
#include "core/import/import_document.h"

using namespace pokin;

namespace {

Document imported_pair_side(const std::string& name) {
  import::ImportResult result = import::import_file(std::string(POKIN_FIXTURES) + "/compare/" + name, {});
  return std::move(result.document);
}

struct KoperasiPair {
  Document before = imported_pair_side("pringsewu_koperasi_iku_2025_2029_kondisi_awal_tab.txt");
  Document after = imported_pair_side("pringsewu_koperasi_iku_2025_2029_selaras_renstra_tab.txt");
  DocumentDiff diff = diff_documents(before, after);
};

// The source's trailing blanks ("Meningkatnya Daya Saing Koperasi ") aside.
Id koperasi_sasaran_named(const Document& document, const std::string& statement) {
  for (const auto& [id, sasaran] : document.sasaran)
    if (sasaran.statement.substr(0, sasaran.statement.find_last_not_of(' ') + 1) == statement) return id;
  return kNoId;
}

Id koperasi_indikator_named(const Document& document, const std::string& name) {
  for (const auto& [id, indikator] : document.indikator)
    if (indikator.name == name) return id;
  return kNoId;
}

int count_changes(const DocumentDiff& diff, ChangeKind kind, DiffNodeType type) {
  int count = 0;
  for (const Change& change : diff.changes) count += change.kind == kind && change.type == type;
  return count;
}

const Change* change_of(const DocumentDiff& diff, ChangeKind kind, Id old_node, Id new_node) {
  for (const Change& change : diff.changes)
    if (change.kind == kind && change.old_node == old_node && change.new_node == new_node) return &change;
  return nullptr;
}

const std::string kKoperasiBefore = "Meningkatnya Daya Saing Koperasi";
const std::string kKoperasiAfter = "Meningkatnya Daya Saing Koperasi dan UMKM";
const std::string kUmkmBefore = "Meningkatnya Daya Saing UMKM";
const std::string kDagangBefore = "Meningkatnya kinerja dan daya saing sektor perdagangan daerah";
const std::string kDagangAfter = "Meningkatnya kinerja dan daya saing sektor perdagangan";
const std::string kIkm = "Meningkatnya pertumbuhan dan daya saing Industri Kecil dan Menengah (IKM)";
const std::string kSehatBefore = "Presentase koperasi sehat dengan omzet naik";
const std::string kSehatAfter = "Persentase Meningkatnya Koperasi yang Berkualitas";
const std::string kOmzetUmkm = "Persentase UMKM yang mengalami peningkatan omzet setelah mendapat pembinaan";
const std::string kKemitraan = "Proporsi UKM Menjalin Kemitraan dan Ekspor";
const std::string kDagangIkBefore = "Kontribusi sektor perdagangan terhadap PDRB";
const std::string kDagangIkAfter = "Kontribusi PDRB Perdagangan Besar dan Eceran";
const std::string kIndustri = "Kontribusi PDRB Industri Pengolahan";

}  // namespace

TEST_CASE("amendment pair: both tables import with the rows written by eye") {
  KoperasiPair pair;
  CHECK(pair.before.sasaran.size() == 4);
  CHECK(pair.before.indikator.size() == 4);
  CHECK(pair.after.sasaran.size() == 3);
  CHECK(pair.after.indikator.size() == 4);
  Id kemitraan = koperasi_indikator_named(pair.after, kKemitraan);
  REQUIRE(kemitraan != kNoId);
  CHECK(pair.after.indikator.at(kemitraan).sasaran == koperasi_sasaran_named(pair.after, kKoperasiAfter));
  CHECK(pair.after.indikator.at(kemitraan).target.at(2029).text == "2,89");
  Id sehat = koperasi_indikator_named(pair.before, kSehatBefore);
  REQUIRE(sehat != kNoId);
  CHECK(pair.before.indikator.at(sehat).target.at(2027).text == "41,67");
}

TEST_CASE("amendment pair: the counts by kind are those read by eye") {
  KoperasiPair pair;
  CHECK_FALSE(pair.diff.same_lineage);  // two imports: matched by codes and text
  CHECK(count_changes(pair.diff, ChangeKind::Reworded, DiffNodeType::Sasaran) == 2);
  CHECK(count_changes(pair.diff, ChangeKind::Removed, DiffNodeType::Sasaran) == 1);
  CHECK(count_changes(pair.diff, ChangeKind::Added, DiffNodeType::Sasaran) == 0);
  CHECK(count_changes(pair.diff, ChangeKind::Moved, DiffNodeType::Sasaran) == 0);
  CHECK(count_changes(pair.diff, ChangeKind::Reworded, DiffNodeType::Indikator) == 2);
  CHECK(count_changes(pair.diff, ChangeKind::Removed, DiffNodeType::Indikator) == 1);
  CHECK(count_changes(pair.diff, ChangeKind::Added, DiffNodeType::Indikator) == 1);
  CHECK(count_changes(pair.diff, ChangeKind::Moved, DiffNodeType::Indikator) == 0);
  CHECK(count_changes(pair.diff, ChangeKind::TargetChanged, DiffNodeType::Indikator) == 0);
  for (DiffNodeType type : {DiffNodeType::Unit, DiffNodeType::Sasaran, DiffNodeType::Indikator})
    CHECK(count_changes(pair.diff, ChangeKind::FieldChanged, type) == 0);  // renumbered rows are no change
  CHECK(pair.diff.changes.size() == 7);
}

TEST_CASE("amendment pair: the koperasi indikator is reworded, its five targets kept, not removed and added") {
  KoperasiPair pair;
  Id before = koperasi_indikator_named(pair.before, kSehatBefore);
  Id after = koperasi_indikator_named(pair.after, kSehatAfter);
  REQUIRE(before != kNoId);
  REQUIRE(after != kNoId);
  const Change* reworded = change_of(pair.diff, ChangeKind::Reworded, before, after);
  REQUIRE(reworded != nullptr);
  CHECK(reworded->type == DiffNodeType::Indikator);
  CHECK(reworded->old_text == kSehatBefore);
  CHECK(reworded->new_text == kSehatAfter);
  // Matched on weak words but the same five targets: listed for review with its score, saying why.
  bool listed = false;
  for (const NodeMatch& match : pair.diff.matches) {
    if (match.old_node == before) {
      listed = true;
      CHECK(match.new_node == after);
      CHECK(match.score < 1);
      CHECK(match.same_targets);
    }
    // The trade indikator is paired on its words (and its unchanged targets), the IKM one on its identical name.
    if (match.old_node == koperasi_indikator_named(pair.before, kIndustri)) CHECK_FALSE(match.same_targets);
  }
  CHECK(listed);
}

TEST_CASE("amendment pair: each sasaran goes to its own successor") {
  KoperasiPair pair;
  // Koperasi -> Koperasi dan UMKM (not the UMKM sasaran, which shares "UMKM" with it).
  const Change* koperasi = change_of(pair.diff, ChangeKind::Reworded, koperasi_sasaran_named(pair.before, kKoperasiBefore),
                                     koperasi_sasaran_named(pair.after, kKoperasiAfter));
  REQUIRE(koperasi != nullptr);
  CHECK(koperasi->old_text == kKoperasiBefore);  // the source's trailing space is no change of wording
  CHECK(koperasi->new_text == kKoperasiAfter);
  const Change* dagang = change_of(pair.diff, ChangeKind::Reworded, koperasi_sasaran_named(pair.before, kDagangBefore),
                                   koperasi_sasaran_named(pair.after, kDagangAfter));
  CHECK(dagang != nullptr);
  Id umkm = koperasi_sasaran_named(pair.before, kUmkmBefore);
  REQUIRE(umkm != kNoId);
  CHECK(change_of(pair.diff, ChangeKind::Removed, umkm, kNoId) != nullptr);
  CHECK(change_of(pair.diff, ChangeKind::Removed, koperasi_indikator_named(pair.before, kOmzetUmkm), kNoId) != nullptr);
  // The IKM sasaran and its indikator are untouched: matched with score 1, no change.
  Id ikm_before = koperasi_sasaran_named(pair.before, kIkm);
  Id ikm_after = koperasi_sasaran_named(pair.after, kIkm);
  for (const Change& change : pair.diff.changes) {
    CHECK(change.old_node != ikm_before);
    CHECK(change.new_node != ikm_after);
  }
}

TEST_CASE("amendment pair: the trade indikator is reworded and the partnership indikator added under its sasaran") {
  KoperasiPair pair;
  const Change* dagang = change_of(pair.diff, ChangeKind::Reworded, koperasi_indikator_named(pair.before, kDagangIkBefore),
                                   koperasi_indikator_named(pair.after, kDagangIkAfter));
  REQUIRE(dagang != nullptr);
  CHECK(dagang->new_text == kDagangIkAfter);
  const Change* added = change_of(pair.diff, ChangeKind::Added, kNoId, koperasi_indikator_named(pair.after, kKemitraan));
  REQUIRE(added != nullptr);
  CHECK(added->new_parent == koperasi_sasaran_named(pair.after, kKoperasiAfter));
  CHECK(koperasi_indikator_named(pair.after, kIndustri) != kNoId);
}

TEST_CASE("amendment pair: the matriks perubahan says which reviewed pairs rest on unchanged targets") {
  KoperasiPair pair;
  Form form = change_matrix_form(pair.before, pair.after, pair.diff);
  REQUIRE(form.blocks.size() == 4);
  const auto& review = std::get<FormTable>(form.blocks[3]);
  REQUIRE(review.rows.size() == 4);  // two sasaran and two indikator matched on similar, not equal, text
  std::vector<std::string> on_targets;
  for (const FormRow& row : review.rows)
    if (row[1].text.find("(target sama)") != std::string::npos) on_targets.push_back(row[3].text);
  // The koperasi sasaran and indikator: their words alone were too different. The trade pair was close enough.
  CHECK(on_targets == std::vector<std::string>{kKoperasiBefore, kSehatBefore});
}
