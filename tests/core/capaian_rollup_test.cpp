#include <doctest/doctest.h>

#include "core/capaian/capaian_rollup.h"
#include "tests/core/hand_built_document.h"

using namespace pokin;
using pokin::testing::CleanCascade;

namespace {

void set_year(Document& document, Id indikator, const char* target, const char* realisasi) {
  document.indikator[indikator].target[2025] = make_value(target);
  document.indikator[indikator].realisasi[2025] = make_value(realisasi);
}

}  // namespace

TEST_CASE("capaian roll-up: a sasaran is the weighted mean of its computable indicators") {
  CleanCascade doc;
  Id second = doc.indikator(doc.sp, "Jumlah izin terbit");
  Id third = doc.indikator(doc.sp, "Jumlah izin dicabut", Polarity::Turun);
  set_year(doc.document, doc.ik_program, "80", "72");  // 90%
  set_year(doc.document, second, "100", "60");         // 60%
  doc.document.indikator[second].weight = 2;
  doc.document.indikator[third].realisasi.clear();  // not computable: left out, but counted

  CapaianYear year = compute_capaian_year(doc.document, 2025);
  const RolledCapaian& sp = year.sasaran.at(doc.sp);
  REQUIRE(sp.percent.has_value());
  CHECK(*sp.percent == doctest::Approx((90 + 2 * 60) / 3.0));
  CHECK(sp.computed == 2);
  CHECK(sp.total == 3);
  CHECK(year.indikator.at(third).status == CapaianStatus::NoRealisasi);

  SUBCASE("a weight of 0 leaves the indicator out") {
    doc.document.indikator[second].weight = 0;
    CHECK(*compute_capaian_year(doc.document, 2025).sasaran.at(doc.sp).percent == doctest::Approx(90));
  }
  SUBCASE("clamped figures go into the mean") {
    set_year(doc.document, second, "10", "50");  // 500% -> 200%
    doc.document.indikator[second].weight = 1;
    CHECK(*compute_capaian_year(doc.document, 2025).sasaran.at(doc.sp).percent == doctest::Approx(145));
  }
}

TEST_CASE("capaian roll-up: nothing computable is nullopt, never 0") {
  CleanCascade doc;
  CapaianYear year = compute_capaian_year(doc.document, 2025);  // targets but no realisasi at all
  CHECK_FALSE(year.sasaran.at(doc.ss).percent.has_value());
  CHECK(year.sasaran.at(doc.ss).total == 1);
  CHECK_FALSE(year.branch.at(doc.ss).percent.has_value());
  CHECK_FALSE(year.unit.at(doc.head).percent.has_value());
  CHECK_FALSE(year.document.percent.has_value());
}

TEST_CASE("capaian roll-up: up the tree, own and supporting branches weigh half each") {
  CleanCascade doc;
  Id sp2 = doc.sasaran(doc.bidang, doc.ss, 1, "SP2", "Meningkatnya kualitas data perizinan");
  Id ik_sp2 = doc.indikator(sp2, "Persentase data mutakhir");
  set_year(doc.document, doc.iku, "100", "100");         // SS1 own 100
  set_year(doc.document, doc.ik_program, "100", "80");   // SP1 own 80
  set_year(doc.document, doc.ik_kegiatan, "100", "40");  // SK1 own 40
  set_year(doc.document, ik_sp2, "100", "60");           // SP2 own 60, nothing below

  CapaianYear year = compute_capaian_year(doc.document, 2025);
  CHECK(*year.branch.at(doc.sk).percent == doctest::Approx(40));
  CHECK(*year.branch.at(doc.sp).percent == doctest::Approx(60));  // (80 + 40) / 2
  CHECK(*year.branch.at(sp2).percent == doctest::Approx(60));
  CHECK(*year.branch.at(doc.ss).percent == doctest::Approx(80));  // (100 + (60 + 60) / 2) / 2
  CHECK(year.branch.at(doc.ss).computed == 4);
  CHECK(year.branch.at(doc.ss).total == 4);
  CHECK(*year.unit.at(doc.bidang).percent == doctest::Approx(70));  // SP1 80, SP2 60
  CHECK(*year.document.percent == doctest::Approx(80));

  SUBCASE("a sasaran without its own realisasi takes its figure from below") {
    doc.document.indikator[doc.iku].realisasi.clear();
    CapaianYear without = compute_capaian_year(doc.document, 2025);
    CHECK_FALSE(without.sasaran.at(doc.ss).percent.has_value());
    CHECK(*without.branch.at(doc.ss).percent == doctest::Approx(60));
    CHECK(without.branch.at(doc.ss).computed == 3);
  }
  SUBCASE("a cycle in a broken file does not hang the roll-up") {
    doc.document.sasaran[doc.ss].parent = doc.sk;
    CapaianYear cyclic = compute_capaian_year(doc.document, 2025);
    CHECK(cyclic.branch.size() == doc.document.sasaran.size());
  }
}
