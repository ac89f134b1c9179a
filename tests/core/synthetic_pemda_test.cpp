#include <doctest/doctest.h>

#include <map>
#include <set>

#include "core/model/pemda_structure.h"
#include "core/synthetic/synthetic_pemda.h"
#include "tests/core/small_pemda.h"

using namespace pokin;

TEST_CASE("synthetic pemda: counts of a small Pemda follow its shape") {
  Document d = test::small_pemda();
  // Per OPD: units 1 head + 2 bidang + 4 seksi + 8 staff = 15; sasaran 3 SS + 2x2 SP + 4x2 SK + 8 SI = 23.
  CHECK(d.units.size() == 3 * 15 + 1);
  CHECK(d.sasaran.size() == 3 * 23 + 5 + 25);
  CHECK(d.parts.size() == 4);
  CHECK(is_pemda_document(d));
}

TEST_CASE("synthetic pemda: the default is Pemda size, 40 real OPD") {
  Document d = make_synthetic_pemda({});
  // Per OPD: 1 + 6 + 30 + 180 = 217 units; 3 + 6x2 + 30x2 + 180 = 255 sasaran.
  CHECK(d.units.size() == 40 * 217 + 1);
  CHECK(d.sasaran.size() == 40 * 255 + 30);
  // 3 to 5 indicators per OPD sasaran, 2 per RPJMD statement.
  CHECK(d.indikator.size() >= 40 * 255 * 3 + 60);
  CHECK(d.indikator.size() <= 40 * 255 * 5 + 60);
  CHECK(d.indikator.size() > 38000);
  std::set<std::string> names;
  for (const auto& [unit, part] : d.parts)
    if (!part.rpjmd) names.insert(part.instansi);
  CHECK(names.size() == 40);
  CHECK(names.count("Dinas Pendidikan"));
  CHECK(names.count("Dinas Kesehatan"));
  CHECK(names.count("Badan Perencanaan Pembangunan Daerah"));
}

TEST_CASE("synthetic pemda: the Pemda unit owns the RPJMD, every OPD sits under it") {
  Document d = test::small_pemda();
  const Id pemda = pemda_unit(d);
  REQUIRE(pemda != kNoId);
  CHECK(d.units.at(pemda).parent == kNoId);
  int tujuan = 0, sasaran_rpjmd = 0;
  for (const auto& [id, s] : d.sasaran) {
    if (s.unit != pemda) continue;
    CHECK(s.level == 0);
    if (s.kind == StatementKind::Tujuan) {
      ++tujuan;
      CHECK(s.parent == kNoId);
    } else {
      ++sasaran_rpjmd;
      REQUIRE(d.find_sasaran(s.parent));
      CHECK(d.sasaran.at(s.parent).kind == StatementKind::Tujuan);
    }
  }
  CHECK(tujuan == 5);
  CHECK(sasaran_rpjmd == 25);
  for (const auto& [unit, part] : d.parts) {
    CHECK(part.unit == unit);
    CHECK_FALSE(part.source_file.empty());
    CHECK_FALSE(part.fingerprint.empty());
    if (!part.rpjmd) CHECK(d.units.at(unit).parent == pemda);
  }
}

TEST_CASE("synthetic pemda: every OPD Sasaran Strategis supports a sasaran RPJMD") {
  Document d = test::small_pemda();
  const Id pemda = pemda_unit(d);
  int strategic = 0;
  for (const auto& [id, s] : d.sasaran) {
    if (s.unit == pemda) continue;
    CHECK(s.level >= 1);
    CHECK(opd_of_sasaran(d, id) != kNoId);
    if (s.level != 1) continue;
    ++strategic;
    const Sasaran* supported = d.find_sasaran(s.parent);
    REQUIRE(supported);
    CHECK(supported->unit == pemda);
    CHECK(supported->kind == StatementKind::Sasaran);
    // Owned by the OPD's head.
    CHECK(opd_of_unit(d, s.unit) == s.unit);
  }
  CHECK(strategic == 3 * 3);
}

TEST_CASE("synthetic pemda: every unit has its OPD, every node its origin in its part's file") {
  Document d = test::small_pemda();
  const Id pemda = pemda_unit(d);
  std::map<Id, std::set<Id>> origins_per_part;  // OPD (or the Pemda unit) -> origins seen
  auto part_of_unit = [&](Id unit) { return unit == pemda ? pemda : opd_of_unit(d, unit); };
  for (const auto& [id, unit] : d.units) {
    if (id == pemda) {
      CHECK(opd_of_unit(d, id) == kNoId);
    } else {
      REQUIRE(opd_of_unit(d, id) != kNoId);
      CHECK(d.parts.count(opd_of_unit(d, id)));
    }
    REQUIRE(d.origins.count(id));
    CHECK(origins_per_part[part_of_unit(id)].insert(d.origins.at(id)).second);
  }
  for (const auto& [id, s] : d.sasaran) {
    REQUIRE(d.origins.count(id));
    CHECK(origins_per_part[part_of_unit(s.unit)].insert(d.origins.at(id)).second);
  }
  for (const auto& [id, indikator] : d.indikator) {
    REQUIRE(d.origins.count(id));
    CHECK(origins_per_part[part_of_unit(d.sasaran.at(indikator.sasaran).unit)].insert(d.origins.at(id)).second);
  }
  CHECK(d.origins.size() == d.units.size() + d.sasaran.size() + d.indikator.size());
  // A part's top unit is the first node of its file.
  for (const auto& [unit, part] : d.parts) CHECK(d.origins.at(unit) == 1);
}

TEST_CASE("synthetic pemda: crosscutting links join sasaran of different OPD, and the result is deterministic") {
  Document d = make_synthetic_pemda({});
  int between_opd = 0;
  for (const auto& [id, link] : d.links)
    if (link.to != kNoId && opd_of_sasaran(d, link.from) != opd_of_sasaran(d, link.to)) ++between_opd;
  // 3% of 10,200 OPD sasaran is 306 links; a random pair lies in two different OPD 39 times in 40.
  CHECK(d.links.size() == 306);
  CHECK(between_opd > 250);
  CHECK(make_synthetic_pemda({}).same_content(d));
}
