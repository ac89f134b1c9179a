// Matching by content with the yearly targets as evidence (core/compare/target_series.h): an indicator reworded
// in an amendment keeps its numbers, so two independently numbered files still pair it up; a run that proves
// nothing (too short, all alike, carried twice) does not.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/compare/document_diff.h"
#include "core/compare/target_series.h"

using namespace pokin;

namespace {

struct SeriesDocument {
  Document document;
  SeriesDocument() {
    document.info.period_start = 2025;
    document.info.period_end = 2029;
  }
  Id next = 1;
  Id unit(const std::string& name) {
    Unit u;
    u.id = next++;
    u.name = name;
    document.units[u.id] = u;
    return u.id;
  }
  Id sasaran(Id owner, const std::string& statement, int order) {
    Sasaran s;
    s.id = next++;
    s.unit = owner;
    s.statement = statement;
    s.order = order;
    document.sasaran[s.id] = s;
    return s.id;
  }
  Id indikator(Id owner, const std::string& name, const std::vector<std::string>& targets, int order = 0) {
    Indikator i;
    i.id = next++;
    i.sasaran = owner;
    i.name = name;
    i.order = order;
    int year = 2025;
    for (const std::string& target : targets) {
      if (!target.empty()) i.target[year] = {target, std::nullopt};
      ++year;
    }
    document.indikator[i.id] = i;
    return i.id;
  }
};

int count_of(const DocumentDiff& diff, ChangeKind kind, DiffNodeType type) {
  int count = 0;
  for (const Change& change : diff.changes) count += change.kind == kind && change.type == type;
  return count;
}

const std::vector<std::string> kRising = {"61,2", "63,5", "66,0", "68,4", "70,1"};
const std::vector<std::string> kOther = {"12", "14", "15", "17", "20"};

}  // namespace

TEST_CASE("target series: a run is a key only when long and varied enough") {
  SeriesDocument d;
  Id owner = d.sasaran(d.unit("Kepala Dinas"), "Meningkatnya pelayanan", 0);
  Indikator rising = d.document.indikator.at(d.indikator(owner, "A", kRising));
  CHECK(target_series(rising) == "2025=61,2|2026=63,5|2027=66,0|2028=68,4|2029=70,1|");
  CHECK(target_series(d.document.indikator.at(d.indikator(owner, "B", {"100", "100", "100", "100", "100"}))).empty());
  CHECK(target_series(d.document.indikator.at(d.indikator(owner, "C", {"10", "", "", "", "12"}))).empty());
  CHECK_FALSE(target_series(d.document.indikator.at(d.indikator(owner, "D", {"10", "11", "12", "", ""}))).empty());
  // The number read from a target decides when there is one: "45,00" and "45" are one value.
  Indikator read = rising;
  read.target[2025] = {"61,20", 61.2};
  Indikator plain = rising;
  plain.target[2025] = {"61.2", 61.2};
  CHECK(target_series(read) == target_series(plain));
}

TEST_CASE("target series: an indikator reworded with other words but the same targets is Reworded") {
  SeriesDocument before, after;
  Id s_old = before.sasaran(before.unit("Kepala Dinas"), "Meningkatnya kualitas pelayanan kesehatan dasar", 0);
  Id kept_old = before.indikator(s_old, "Angka kematian bayi per 1.000 kelahiran hidup", kOther, 0);
  Id reworded_old = before.indikator(s_old, "Presentase puskesmas terakreditasi paripurna", kRising, 1);
  after.next = 50;  // another import numbers its nodes otherwise
  Id s_new = after.sasaran(after.unit("Kepala Dinas"), "Meningkatnya kualitas pelayanan kesehatan dasar", 0);
  Id kept_new = after.indikator(s_new, "Angka kematian bayi per 1.000 kelahiran hidup", kOther, 0);
  Id reworded_new = after.indikator(s_new, "Indeks mutu fasilitas layanan primer", kRising, 1);
  DocumentDiff diff = diff_documents(before.document, after.document);
  CHECK_FALSE(diff.same_lineage);
  REQUIRE(diff.changes.size() == 1);
  CHECK(diff.changes[0].kind == ChangeKind::Reworded);
  CHECK(diff.changes[0].old_node == reworded_old);
  CHECK(diff.changes[0].new_node == reworded_new);
  (void)kept_old;
  (void)kept_new;
}

TEST_CASE("target series: targets all alike prove nothing, so other words are a removal and an addition") {
  SeriesDocument before, after;
  const std::vector<std::string> flat = {"100", "100", "100", "100", "100"};
  Id s_old = before.sasaran(before.unit("Kepala Dinas"), "Meningkatnya kualitas pelayanan kesehatan dasar", 0);
  before.indikator(s_old, "Angka kematian bayi per 1.000 kelahiran hidup", kOther, 0);
  before.indikator(s_old, "Presentase puskesmas terakreditasi paripurna", flat, 1);
  after.next = 50;
  Id s_new = after.sasaran(after.unit("Kepala Dinas"), "Meningkatnya kualitas pelayanan kesehatan dasar", 0);
  after.indikator(s_new, "Angka kematian bayi per 1.000 kelahiran hidup", kOther, 0);
  after.indikator(s_new, "Indeks mutu fasilitas layanan primer", flat, 1);
  DocumentDiff diff = diff_documents(before.document, after.document);
  CHECK(count_of(diff, ChangeKind::Removed, DiffNodeType::Indikator) == 1);
  CHECK(count_of(diff, ChangeKind::Added, DiffNodeType::Indikator) == 1);
  CHECK(count_of(diff, ChangeKind::Reworded, DiffNodeType::Indikator) == 0);
}

TEST_CASE("target series: two merged sasaran, the one whose indikator kept its targets is the successor") {
  // "Koperasi" and "UMKM" merged into "Koperasi dan UMKM": the words alone favour the UMKM sasaran (it shares
  // "UMKM" and "persentase" with the new one); the koperasi indikator's unchanged targets say which one it is.
  SeriesDocument before, after;
  Id head_old = before.unit("Kepala Dinas");
  Id koperasi = before.sasaran(head_old, "Meningkatnya daya saing koperasi", 0);
  Id koperasi_ik = before.indikator(koperasi, "Presentase koperasi sehat dengan omzet naik", kRising);
  Id umkm = before.sasaran(head_old, "Meningkatnya daya saing UMKM", 1);
  before.indikator(umkm, "Persentase UMKM dengan omzet naik setelah pembinaan", kOther);
  after.next = 50;
  Id head_new = after.unit("Kepala Dinas");
  Id merged = after.sasaran(head_new, "Meningkatnya daya saing koperasi dan UMKM", 0);
  Id merged_ik = after.indikator(merged, "Persentase meningkatnya koperasi yang berkualitas", kRising, 0);
  after.indikator(merged, "Proporsi UKM menjalin kemitraan dan ekspor", {"1,81", "", "", "", "2,89"}, 1);
  DocumentDiff diff = diff_documents(before.document, after.document);
  bool koperasi_matched = false, indikator_matched = false;
  for (const NodeMatch& match : diff.matches) {
    if (match.old_node == koperasi) koperasi_matched = match.new_node == merged;
    if (match.old_node == koperasi_ik) indikator_matched = match.new_node == merged_ik;
    CHECK(match.old_node != umkm);
  }
  CHECK(koperasi_matched);
  CHECK(indikator_matched);
  CHECK(count_of(diff, ChangeKind::Removed, DiffNodeType::Sasaran) == 1);
  CHECK(count_of(diff, ChangeKind::Added, DiffNodeType::Indikator) == 1);
}

TEST_CASE("target series: a run two indikator carry on one side pairs nothing") {
  SeriesDocument before, after;
  Id s_old = before.sasaran(before.unit("Kepala Dinas"), "Meningkatnya kualitas pelayanan kesehatan dasar", 0);
  Id a = before.indikator(s_old, "Presentase puskesmas terakreditasi paripurna", kRising, 0);
  before.indikator(s_old, "Cakupan imunisasi dasar lengkap", kRising, 1);
  after.next = 50;
  Id s_new = after.sasaran(after.unit("Kepala Dinas"), "Meningkatnya kualitas pelayanan kesehatan dasar", 0);
  after.indikator(s_new, "Indeks mutu fasilitas layanan primer", kRising, 0);
  TargetSeriesTwins twins(before.document, after.document);
  CHECK(twins.new_twin(a) == kNoId);
}
