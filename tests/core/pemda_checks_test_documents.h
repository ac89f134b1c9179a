#pragma once
// Pemda documents for the Pemda checks and the penjenjangan table, in the shape of core/model/pemda_structure.h:
// a Pemda unit owning the sasaran RPJMD at level 0, each OPD's head unit under it (a merged part) with the OPD's
// levels one lower than in its own file. Every value the tests expect is worked out from this file by hand.
//
// CleanPemda, two OPD, one year (2024), every field filled, so that no rule at all fires:
//
//  Pemerintah Kabupaten Contoh (P, rpjmd part)   R1 Meningkatnya investasi daerah          (IKD "Pertumbuhan investasi")
//  ├ Kepala Dinas PMPTSP (A, part "Dinas          R2 Meningkatnya derajat kesehatan        (IKD "Angka harapan hidup")
//  │  Penanaman Modal dan PTSP", order 1)         R3 Meningkatnya tata kelola pemerintahan (IKD "Nilai SAKIP")
//  │ └ Bidang Perizinan (Ab)                     A1  (A, level 1) under R1   "Nilai realisasi investasi"
//  └ Kepala Dinas Kesehatan (B, part             A2  (A, level 1) under R3   "Nilai akuntabilitas kinerja dinas"
//     "Dinas Kesehatan", order 2)                A11 (Ab, level 2) under A1  "Persentase izin terbit tepat waktu"
//    └ Bidang Pelayanan Kesehatan (Bb)           A21 (Ab, level 2) under A2  "Persentase laporan kinerja tepat waktu"
//                                                B1  (B, level 1) under R2   "Angka kematian ibu"
//                                                B11 (Bb, level 2) under B1  "Persentase persalinan di faskes"
//                                                a crosscutting link B11 -> A11, accepted
//
// FaultyPemda: CleanPemda and, each fault once,
//  - B2 (B, level 1, no parent) "Meningkatnya mutu layanan puskesmas", indikator "Indeks Kepuasan Masyarakat (IKM)"
//    [opd_sasaran_without_rpjmd on B2; not_cascaded on B2 (B has a Bidang); opd_level_not_cascaded on B: 1 of 2]
//  - A1's link to R1 only Suggested [opd_sasaran_without_rpjmd on A1, the "only by suggestion" message]
//  - R4 "Menurunnya angka kemiskinan" that no OPD supports [rpjmd_sasaran_unsupported on R4]
//  - A2 also measures "Indeks kepuasan masyarakat" [indikator_claimed_by_two_opd on B2's IKM, naming A and B]
//  - a link A11 helped by B11, Usulan [crosscutting_between_opd_not_agreed on A11]
//  - a link A21 helped by A11, Usulan (one OPD) [crosscutting_proposed on A21]
#include <string>

#include "core/model/document.h"
#include "core/synthetic/synthetic_document.h"
#include "layout_test_documents.h"

namespace pokin::test {

inline std::vector<LevelName> pemda_level_names() {
  return {{"Sasaran RPJMD", "IKD"}, {"Sasaran Strategis", "IKU"}, {"Sasaran Program", "IKP"},
          {"Sasaran Kegiatan", "IKK"}, {"Sasaran Individu", "IKI"}};
}

struct CleanPemda : DocumentBuilder {
  Id p, a, ab, b, bb;
  Id r1, r2, r3, a1, a2, a11, a21, b1, b11;
  Id ik_a1, ik_a2, ik_b1;

  CleanPemda() {
    DocumentInfo& info = document.info;
    info.instansi = "Pemerintah Kabupaten Contoh";
    info.pemda = "Kabupaten Contoh";
    info.period_start = 2024;
    info.period_end = 2024;
    info.levels = pemda_level_names();
    p = unit(kNoId, UnitKind::Head, "Pemerintah Kabupaten Contoh", 0);
    a = unit(p, UnitKind::Head, "Kepala Dinas PMPTSP", 1);
    ab = unit(a, UnitKind::Division, "Bidang Perizinan", 1);
    b = unit(p, UnitKind::Head, "Kepala Dinas Kesehatan", 2);
    bb = unit(b, UnitKind::Division, "Bidang Pelayanan Kesehatan", 1);
    document.parts[p] = {p, "rpjmd.xlsx", "Pemerintah Kabupaten Contoh", "2026-12-02T15:40:00Z", "r", true};
    document.parts[a] = {a, "dpmptsp.pokin", "Dinas Penanaman Modal dan PTSP", "2026-12-02T15:40:00Z", "a", false};
    document.parts[b] = {b, "dinkes.pokin", "Dinas Kesehatan", "2026-12-02T15:40:00Z", "b", false};

    r1 = statement(p, kNoId, 0, "R1", "Meningkatnya investasi daerah", "Pertumbuhan investasi");
    r2 = statement(p, kNoId, 0, "R2", "Meningkatnya derajat kesehatan masyarakat", "Angka harapan hidup");
    r3 = statement(p, kNoId, 0, "R3", "Meningkatnya tata kelola pemerintahan", "Nilai SAKIP");
    a1 = statement(a, r1, 1, "A1", "Meningkatnya realisasi investasi", "Nilai realisasi investasi");
    a2 = statement(a, r3, 1, "A2", "Meningkatnya akuntabilitas kinerja dinas", "Nilai akuntabilitas kinerja dinas");
    a11 = statement(ab, a1, 2, "A11", "Meningkatnya ketepatan waktu perizinan", "Persentase izin terbit tepat waktu");
    a21 = statement(ab, a2, 2, "A21", "Tersusunnya laporan kinerja tepat waktu", "Persentase laporan kinerja tepat waktu");
    b1 = statement(b, r2, 1, "B1", "Menurunnya angka kematian ibu", "Angka kematian ibu");
    b11 = statement(bb, b1, 2, "B11", "Meningkatnya persalinan di fasilitas kesehatan", "Persentase persalinan di faskes");
    ik_a1 = first_indikator(a1);
    ik_a2 = first_indikator(a2);
    ik_b1 = first_indikator(b1);
    link(b11, a11, LinkStatus::Diterima);
  }

  // A sasaran with one complete indikator (named `indikator`).
  Id statement(Id owner, Id parent, int level, std::string code, std::string text, std::string indikator_name) {
    Id id = sasaran(owner, parent, level, code, std::move(text), static_cast<int>(document.sasaran.size()));
    measure(id, std::move(indikator_name));
    return id;
  }
  Id measure(Id sasaran_id, std::string name) {
    Id id = indikator(sasaran_id, "IK" + std::to_string(document.last_id + 1), std::move(name), "%", "80");
    Indikator& i = document.indikator.at(id);
    i.formula = "realisasi / target x 100%";
    i.sumber_data = "Laporan tahunan";
    i.penanggung_jawab = "Sub Bagian Perencanaan";
    return id;
  }
  Id first_indikator(Id sasaran_id) const {
    for (const auto& [id, i] : document.indikator)
      if (i.sasaran == sasaran_id) return id;
    return kNoId;
  }
};

struct FaultyPemda : CleanPemda {
  Id b2, ik_b2_ikm, ik_a2_ikm, r4, link_between_opd, link_within_opd;

  FaultyPemda() {
    b2 = statement(b, kNoId, 1, "B2", "Meningkatnya mutu layanan puskesmas", "Indeks Kepuasan Masyarakat (IKM)");
    ik_b2_ikm = first_indikator(b2);
    document.sasaran.at(a1).link_origin = LinkOrigin::Suggested;
    document.sasaran.at(a1).suggestion_score = 0.6;
    r4 = statement(p, kNoId, 0, "R4", "Menurunnya angka kemiskinan", "Persentase penduduk miskin");
    ik_a2_ikm = measure(a2, "Indeks kepuasan masyarakat");
    link_between_opd = link(a11, b11, LinkStatus::Usulan);
    link_within_opd = link(a21, a11, LinkStatus::Usulan);
  }
};

// make_synthetic_document's OPD under a Pemda unit, their levels one lower, each OPD's Sasaran Strategis under one
// of `rpjmd_count` sasaran RPJMD in turn (each with one indikator), the parts filled: what a merge of synthetic
// OPD documents gives.
inline Document synthetic_pemda(const SyntheticOptions& options, int rpjmd_count) {
  Document document = make_synthetic_document(options);
  std::vector<Id> heads;
  for (const auto& [id, unit] : document.units)
    if (unit.parent == kNoId) heads.push_back(id);
  for (auto& [id, sasaran] : document.sasaran) ++sasaran.level;
  document.info.levels.insert(document.info.levels.begin(), LevelName{"Sasaran RPJMD", "IKD"});
  Unit pemda;
  pemda.id = document.allocate_id();
  pemda.kind = UnitKind::Head;
  pemda.name = document.info.instansi;
  document.units.emplace(pemda.id, pemda);
  document.parts[pemda.id] = {pemda.id, "rpjmd.xlsx", document.info.instansi, "2026-12-02T15:40:00Z", "r", true};
  std::vector<Id> rpjmd;
  for (int r = 0; r < rpjmd_count; ++r) {
    Sasaran s;
    s.id = document.allocate_id();
    s.unit = pemda.id;
    s.level = 0;
    s.code = "RPJMD" + std::to_string(r + 1);
    s.statement = "Sasaran RPJMD nomor " + std::to_string(r + 1);
    document.sasaran.emplace(s.id, s);
    Indikator i;
    i.id = document.allocate_id();
    i.sasaran = s.id;
    i.name = "Indikator daerah nomor " + std::to_string(r + 1);
    document.indikator.emplace(i.id, i);
    rpjmd.push_back(s.id);
  }
  std::size_t next = 0;
  for (Id head : heads) {
    document.units.at(head).parent = pemda.id;
    document.parts[head] = {head, document.units.at(head).name + ".pokin", document.units.at(head).name,
                            "2026-12-02T15:40:00Z", std::to_string(head), false};
    for (auto& [id, sasaran] : document.sasaran)
      if (sasaran.unit == head && sasaran.parent == kNoId) sasaran.parent = rpjmd[next++ % rpjmd.size()];
  }
  return document;
}

}  // namespace pokin::test
