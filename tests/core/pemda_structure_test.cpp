#include <doctest/doctest.h>

#include "core/model/pemda_structure.h"

using namespace pokin;

namespace {

Unit unit(Id id, Id parent, std::string name) {
  Unit u;
  u.id = id;
  u.parent = parent;
  u.name = std::move(name);
  return u;
}

// Pemda unit 1 (RPJMD) above two OPD heads 2 and 5; unit 3 and 4 inside OPD 2.
Document two_opd_pemda() {
  Document d;
  for (Unit u : {unit(1, kNoId, "Pemerintah Kabupaten Contoh"), unit(2, 1, "Dinas Kesehatan"),
                 unit(3, 2, "Bidang Pelayanan Kesehatan"), unit(4, 3, "Seksi Rujukan"), unit(5, 1, "Dinas Sosial")})
    d.units[u.id] = u;
  d.parts[1] = MergedPart{1, "rpjmd.xlsx", "Kabupaten Contoh", "", "", true};
  d.parts[2] = MergedPart{2, "dinkes.pokin", "Dinas Kesehatan Kabupaten Contoh", "", "", false};
  d.parts[5] = MergedPart{5, "dinsos.pokin", "", "", "", false};
  Sasaran s;
  s.id = 10;
  s.unit = 4;
  d.sasaran[10] = s;
  return d;
}

}  // namespace

TEST_CASE("pemda structure: the OPD of a unit is the nearest merged part above it, never the RPJMD") {
  Document d = two_opd_pemda();
  CHECK(is_pemda_document(d));
  CHECK(pemda_unit(d) == 1);
  CHECK(opd_of_unit(d, 4) == 2);
  CHECK(opd_of_unit(d, 2) == 2);
  CHECK(opd_of_unit(d, 5) == 5);
  CHECK(opd_of_unit(d, 1) == kNoId);
  CHECK(opd_of_unit(d, 99) == kNoId);
  CHECK(opd_of_sasaran(d, 10) == 2);
  CHECK(opd_name(d, 2) == "Dinas Kesehatan Kabupaten Contoh");
  CHECK(opd_name(d, 5) == "Dinas Sosial");  // no instansi recorded: the unit's name
}

TEST_CASE("pemda structure: a cycle of parent units ends the walk without an OPD") {
  Document d = two_opd_pemda();
  d.parts.erase(2);
  d.units[3].parent = 4;  // 3 -> 4 -> 3
  CHECK(opd_of_unit(d, 4) == kNoId);
  CHECK_FALSE(is_pemda_document(Document{}));
}
