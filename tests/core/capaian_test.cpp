#include <doctest/doctest.h>

#include "core/capaian/capaian.h"
#include "core/capaian/target_form.h"
#include "core/model/indonesian_number.h"

using namespace pokin;

namespace {

Capaian of(const char* target, const char* realisasi, Polarity polarity = Polarity::Naik,
           const DocumentInfo& info = {}) {
  return compute_capaian(make_value(target), make_value(realisasi), polarity, info);
}

double percent(const char* target, const char* realisasi, Polarity polarity = Polarity::Naik,
               const DocumentInfo& info = {}) {
  Capaian c = of(target, realisasi, polarity, info);
  REQUIRE(c.computed());
  return c.percent;
}

}  // namespace

TEST_CASE("capaian: naik is R / T") {
  CHECK(percent("80", "72") == doctest::Approx(90));
  CHECK(percent("≥ 80%", "84%") == doctest::Approx(105));
  CHECK(percent("5.200 izin", "4.680") == doctest::Approx(90));
  CHECK(percent("83,37", "83,37") == doctest::Approx(100));
}

TEST_CASE("capaian: turun is (2T - R) / T, the PermenPAN-RB 8/2021 examples") {
  CHECK(percent("7", "6,5", Polarity::Turun) == doctest::Approx(107.142857).epsilon(1e-6));
  CHECK(percent("8", "9", Polarity::Turun) == doctest::Approx(87.5));
  CHECK(percent("10", "10", Polarity::Turun) == doctest::Approx(100));
  CHECK(percent("≤ 5", "4", Polarity::Turun) == doctest::Approx(120));
}

TEST_CASE("capaian: clamped to 0-200%, the unclamped figure kept") {
  Capaian high = of("10", "35");
  CHECK(high.percent == doctest::Approx(200));
  CHECK(high.unclamped == doctest::Approx(350));
  Capaian low = of("4", "10", Polarity::Turun);  // (8 - 10) / 4 = -50%
  CHECK(low.percent == doctest::Approx(0));
  CHECK(low.unclamped == doctest::Approx(-50));
}

TEST_CASE("capaian: tetap counts against the bound that was crossed") {
  CHECK(percent("60-80", "70", Polarity::Tetap) == doctest::Approx(100));
  CHECK(percent("60-80", "60", Polarity::Tetap) == doctest::Approx(100));
  CHECK(percent("60-80", "80", Polarity::Tetap) == doctest::Approx(100));
  CHECK(percent("60-80", "54", Polarity::Tetap) == doctest::Approx(90));  // 54 / 60
  CHECK(percent("60-80", "88", Polarity::Tetap) == doctest::Approx(90));  // (160 - 88) / 80
  CHECK(percent("≥ 60 dan ≤ 80", "88", Polarity::Tetap) == doctest::Approx(90));
  CHECK(percent("60 s.d. 80", "30", Polarity::Tetap) == doctest::Approx(50));
  CHECK(percent("antara 60 dan 80", "75", Polarity::Tetap) == doctest::Approx(100));
  CHECK(percent("100", "90", Polarity::Tetap) == doctest::Approx(90));  // a single number is a range of one
  CHECK(percent("100", "110", Polarity::Tetap) == doctest::Approx(90));
  CHECK(percent("≤ 5", "3", Polarity::Tetap) == doctest::Approx(100));
  CHECK(percent("≤ 5", "6", Polarity::Tetap) == doctest::Approx(80));
}

TEST_CASE("capaian: a range on a naik indicator counts from its lower bound, on a turun one from its upper") {
  CHECK(percent("60-80", "66") == doctest::Approx(110));
  CHECK(percent("60-80", "88", Polarity::Turun) == doctest::Approx(90));
}

TEST_CASE("capaian: reading targets") {
  CHECK(read_target("").kind == TargetForm::Kind::Empty);
  CHECK(read_target("  ").kind == TargetForm::Kind::Empty);
  CHECK(read_target("WTP").kind == TargetForm::Kind::Text);
  TargetForm range = read_target("60 – 80 %");
  CHECK(range.kind == TargetForm::Kind::Range);
  CHECK(range.low == doctest::Approx(60));
  CHECK(range.high == doctest::Approx(80));
  CHECK(read_target("1.500 - 2.000 izin").high == doctest::Approx(2000));
  CHECK(read_target("minimal 75").kind == TargetForm::Kind::AtLeast);
  CHECK(read_target("maks. 3 hari").kind == TargetForm::Kind::AtMost);
  CHECK(read_target("tidak kurang dari 80%").kind == TargetForm::Kind::AtLeast);
  CHECK(read_target("tidak lebih dari 5 hari").kind == TargetForm::Kind::AtMost);
  CHECK(read_target("lebih dari 80%").kind == TargetForm::Kind::AtLeast);
  CHECK(read_target("kurang dari 5 hari").kind == TargetForm::Kind::AtMost);
  CHECK(read_target("80% dokumen administrasi").kind == TargetForm::Kind::Number);
  // Two numbers that are not a range: the first is the target.
  TargetForm two = read_target("12 dokumen dan 4 laporan");
  CHECK(two.kind == TargetForm::Kind::Number);
  CHECK(two.low == doctest::Approx(12));
  double r = 0;
  CHECK(read_realisasi("-2,5", r));
  CHECK(r == doctest::Approx(-2.5));
  CHECK_FALSE(read_realisasi("belum ada", r));
}

TEST_CASE("capaian: empty target and empty realisasi are not computable, and say why") {
  CHECK(of("", "80").status == CapaianStatus::NoTarget);
  CHECK(of("80", "").status == CapaianStatus::NoRealisasi);
  CHECK(of("80", " ").status == CapaianStatus::NoRealisasi);
  CHECK_FALSE(of("80", "").value().has_value());
  CHECK(of("80", "belum dilaporkan").status == CapaianStatus::RealisasiNotANumber);
  CHECK(describe(CapaianStatus::NoRealisasi).en == "No realisasi yet");

  Indikator indikator;
  indikator.target[2025] = make_value("80");
  CHECK(indikator_capaian(indikator, 2025, {}).status == CapaianStatus::NoRealisasi);
  CHECK(indikator_capaian(indikator, 2026, {}).status == CapaianStatus::NoTarget);
  indikator.realisasi[2025] = make_value("60");
  CHECK(indikator_capaian(indikator, 2025, {}).percent == doctest::Approx(75));
}

TEST_CASE("capaian: a zero target is 100% when met exactly and not computable otherwise") {
  CHECK(percent("0", "0", Polarity::Turun) == doctest::Approx(100));
  CHECK(percent("0 kasus", "0") == doctest::Approx(100));
  CHECK(of("0", "3", Polarity::Turun).status == CapaianStatus::ZeroTarget);
  CHECK(of("0", "3").status == CapaianStatus::ZeroTarget);
  CHECK(of("0-0", "1", Polarity::Tetap).status == CapaianStatus::ZeroTarget);
  CHECK(of("-2", "1").status == CapaianStatus::NegativeTarget);
}

TEST_CASE("capaian: text targets compare by the document's ordered scale, never guessed") {
  DocumentInfo info;
  CHECK(of("WTP", "WTP", Polarity::Naik, info).status == CapaianStatus::TextWithoutScale);
  CHECK(of("A", "BB", Polarity::Naik, info).status == CapaianStatus::TextWithoutScale);

  info.text_scales = {{"WTP", "WDP", "TW", "TMP"}, {"AA", "A", "BB", "B", "CC", "C", "D"}};
  CHECK(percent("WTP", "WTP", Polarity::Naik, info) == doctest::Approx(100));
  CHECK(percent("WTP", "wdp", Polarity::Naik, info) == doctest::Approx(75));  // (4 - 1) / (4 - 0)
  CHECK(percent("WDP", "WTP", Polarity::Naik, info) == doctest::Approx(133.333333));
  CHECK(percent("A", "BB", Polarity::Naik, info) == doctest::Approx(500.0 / 6));  // (7 - 2) / (7 - 1)
  CHECK(percent(" A. ", "A", Polarity::Naik, info) == doctest::Approx(100));
  // The realisasi must be on the target's scale.
  CHECK(of("WTP", "A", Polarity::Naik, info).status == CapaianStatus::RealisasiNotOnScale);
  CHECK(of("WTP", "90", Polarity::Naik, info).status == CapaianStatus::RealisasiNotOnScale);
  CHECK(of("Sangat memuaskan", "Memuaskan", Polarity::Naik, info).status == CapaianStatus::TextWithoutScale);
  // A numeric target with a text realisasi.
  CHECK(of("80", "WTP", Polarity::Naik, info).status == CapaianStatus::RealisasiNotANumber);
}

TEST_CASE("capaian: percentages are written for the reader's language") {
  CHECK(format_percent(107.142857, Language::Indonesian) == "107,14%");
  CHECK(format_percent(107.142857, Language::English) == "107.14%");
  CHECK(format_percent(87.5, Language::English) == "87.5%");
  CHECK(format_percent(100, Language::Indonesian) == "100%");
}
