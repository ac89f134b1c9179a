#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>

#include "core/checks/check_document.h"
#include "core/synthetic/synthetic_document.h"
#include "tests/core/hand_built_document.h"

using namespace pokin;
using pokin::testing::CleanCascade;
using pokin::testing::of_rule;

namespace {

// The single finding of `rule`, checked to be there exactly once and on `node`.
Finding only_finding(const Document& document, Rule rule, Id node) {
  auto findings = of_rule(run_checks(document), rule);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].node == node);
  CHECK(findings[0].severity == rule_severity(rule));
  CHECK_FALSE(findings[0].message.id.empty());
  CHECK_FALSE(findings[0].message.en.empty());
  CHECK_FALSE(findings[0].fix.id.empty());
  CHECK_FALSE(findings[0].fix.en.empty());
  CHECK(findings[0].message.id != findings[0].message.en);
  return findings[0];
}

bool has_rule(const Document& document, Rule rule) { return !of_rule(run_checks(document), rule).empty(); }

}  // namespace

TEST_CASE("checks: a complete, correctly cascaded document has no findings") {
  CleanCascade clean;
  auto findings = run_checks(clean.document);
  for (const Finding& f : findings) INFO(to_word(f.rule), " ", f.message.en);
  CHECK(findings.empty());
}

TEST_CASE("checks: every rule has a word, a title and a severity, words round-trip") {
  for (Rule rule : all_rules()) {
    CHECK(rule_from_word(to_word(rule)) == rule);
    CHECK_FALSE(rule_title(rule).id.empty());
    CHECK_FALSE(rule_title(rule).en.empty());
  }
  CHECK(all_rules().size() == 25);
  CHECK(rule_severity(Rule::BrokenReference) == Severity::Error);
  CHECK(rule_severity(Rule::SasaranWithoutIndikator) == Severity::Warning);
  CHECK(rule_severity(Rule::CrosscuttingProposed) == Severity::Info);
  CHECK(severity_from_word("warning") == Severity::Warning);
  CHECK_FALSE(rule_from_word("no_such_rule").has_value());
}

TEST_CASE("checks: sasaran without indicator") {
  CleanCascade doc;
  doc.document.indikator.erase(doc.ik_program);
  Finding f = only_finding(doc.document, Rule::SasaranWithoutIndikator, doc.sp);
  CHECK(f.message.id.find("SP1") != std::string::npos);
}

TEST_CASE("checks: indicator without a target for some year of the period") {
  CleanCascade doc;
  doc.document.indikator[doc.iku].target.erase(2026);
  doc.document.indikator[doc.iku].target[2027].text = " - ";  // a placeholder counts as missing
  Finding f = only_finding(doc.document, Rule::TargetMissing, doc.iku);
  CHECK(f.message.en.find("2026, 2027") != std::string::npos);
  CHECK(f.message.en.find("2025") == std::string::npos);

  SUBCASE("a document without a period asks for no targets") {
    CleanCascade no_period;
    no_period.document.info.period_start = no_period.document.info.period_end = 0;
    no_period.document.indikator[no_period.iku].target.clear();
    CHECK_FALSE(has_rule(no_period.document, Rule::TargetMissing));
  }
}

TEST_CASE("checks: indicator without satuan, formula, sumber data, penanggung jawab") {
  CleanCascade doc;
  Indikator& i = doc.document.indikator[doc.ik_kegiatan];
  i.satuan.clear();
  i.formula = " ";
  i.sumber_data.clear();
  i.penanggung_jawab.clear();
  only_finding(doc.document, Rule::SatuanMissing, doc.ik_kegiatan);
  only_finding(doc.document, Rule::FormulaMissing, doc.ik_kegiatan);
  only_finding(doc.document, Rule::SumberDataMissing, doc.ik_kegiatan);
  only_finding(doc.document, Rule::PenanggungJawabMissing, doc.ik_kegiatan);

  SUBCASE("a formula kept only in its original (LaTeX) form is a formula") {
    i.formula_original = R"(\frac{A}{B} \times 100\%)";
    CHECK_FALSE(has_rule(doc.document, Rule::FormulaMissing));
  }
}

TEST_CASE("checks: sasaran not linked to a parent, except at the top level") {
  CleanCascade doc;
  doc.document.sasaran[doc.sk].parent = kNoId;
  Finding f = only_finding(doc.document, Rule::SasaranNotLinked, doc.sk);
  // The fix names the superior unit where the parent is to be found.
  CHECK(f.fix.en.find("Bidang Pelayanan Perizinan") != std::string::npos);

  CleanCascade top;  // SS1 has no parent and is at level 0: fine
  CHECK_FALSE(has_rule(top.document, Rule::SasaranNotLinked));

  SUBCASE("when the head has no sasaran, the highest level present is the top") {
    CleanCascade headless;
    headless.document.sasaran.erase(headless.ss);
    headless.document.indikator.erase(headless.iku);
    headless.document.sasaran[headless.sp].parent = kNoId;
    CHECK_FALSE(has_rule(headless.document, Rule::SasaranNotLinked));
    only_finding(headless.document, Rule::UnitWithoutSasaran, headless.head);
    headless.document.sasaran[headless.sk].parent = kNoId;
    only_finding(headless.document, Rule::SasaranNotLinked, headless.sk);
  }
}

TEST_CASE("checks: suggested link not yet reviewed") {
  CleanCascade doc;
  doc.document.sasaran[doc.sp].link_origin = LinkOrigin::Suggested;
  Finding f = only_finding(doc.document, Rule::SuggestedLinkNotReviewed, doc.sp);
  CHECK(f.related == std::vector<Id>{doc.ss});

  SUBCASE("a suggestion without a parent is just an unlinked sasaran") {
    doc.document.sasaran[doc.sp].parent = kNoId;
    CHECK_FALSE(has_rule(doc.document, Rule::SuggestedLinkNotReviewed));
  }
}

TEST_CASE("checks: a link to a sasaran of a unit that is not above the owner jumps sideways") {
  CleanCascade doc;
  Id other_bidang = doc.unit(doc.head, UnitKind::Division, "Bidang Pengaduan");
  Id other_sp = doc.sasaran(other_bidang, doc.ss, 1, "SP2", "Menurunnya pengaduan perizinan");
  doc.indikator(other_sp, "Jumlah pengaduan", Polarity::Turun);
  doc.document.sasaran[doc.sk].parent = other_sp;  // Seksi under Bidang Pelayanan supports Bidang Pengaduan
  Finding f = only_finding(doc.document, Rule::SidewaysLink, doc.sk);
  CHECK(std::find(f.related.begin(), f.related.end(), other_sp) != f.related.end());
  CHECK(f.message.en.find("Bidang Pengaduan") != std::string::npos);

  SUBCASE("a link to a sasaran of the unit's grandparent is not sideways (but skips a level)") {
    doc.document.sasaran[doc.sk].parent = doc.ss;
    CHECK_FALSE(has_rule(doc.document, Rule::SidewaysLink));
    CHECK(has_rule(doc.document, Rule::LevelJump));
  }
}

TEST_CASE("checks: level jump, a sasaran kegiatan directly under a sasaran strategis") {
  CleanCascade doc;
  doc.document.sasaran[doc.sk].parent = doc.ss;
  Finding f = only_finding(doc.document, Rule::LevelJump, doc.sk);
  CHECK(f.message.id.find("Sasaran Program") != std::string::npos);  // the level that was skipped
  CHECK(f.severity == Severity::Warning);
}

TEST_CASE("checks: broken references, cycles and inverted levels are errors") {
  SUBCASE("parent sasaran that does not exist") {
    CleanCascade doc;
    doc.document.sasaran[doc.sp].parent = 999;
    only_finding(doc.document, Rule::BrokenReference, doc.sp);
    CHECK(has_errors(run_checks(doc.document)));
  }
  SUBCASE("indicator of a missing sasaran, link to a missing sasaran, unit under a missing unit") {
    CleanCascade doc;
    doc.document.indikator[doc.iku].sasaran = 998;
    doc.document.units[doc.seksi].parent = 997;
    Id link = doc.link(doc.ss, 996, LinkStatus::Diterima);
    auto findings = of_rule(run_checks(doc.document), Rule::BrokenReference);
    CHECK(findings.size() == 3);
    CHECK(std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.node == doc.iku; }));
    CHECK(std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.node == doc.seksi; }));
    CHECK(std::any_of(findings.begin(), findings.end(),
                      [&](const Finding& f) { return f.node == doc.ss && f.related == std::vector<Id>{link}; }));
  }
  SUBCASE("a cycle among sasaran is reported once") {
    CleanCascade doc;
    doc.document.sasaran[doc.ss].parent = doc.sk;
    auto cycles = of_rule(run_checks(doc.document), Rule::Cycle);
    REQUIRE(cycles.size() == 1);
    CHECK(cycles[0].node == doc.ss);
    CHECK(cycles[0].related.size() == 2);
  }
  SUBCASE("a cycle among units") {
    CleanCascade doc;
    doc.document.units[doc.head].parent = doc.seksi;
    CHECK(of_rule(run_checks(doc.document), Rule::Cycle).size() == 1);
  }
  SUBCASE("a sasaran supporting a sasaran of its own level") {
    CleanCascade doc;
    doc.document.sasaran[doc.sk].level = 1;
    doc.document.sasaran[doc.sk].parent = doc.sp;
    only_finding(doc.document, Rule::LevelInverted, doc.sk);
    CHECK_FALSE(has_rule(doc.document, Rule::LevelJump));
  }
  SUBCASE("warnings alone are not errors") {
    CleanCascade doc;
    doc.document.indikator.erase(doc.iku);
    auto findings = run_checks(doc.document);
    CHECK_FALSE(findings.empty());
    CHECK_FALSE(has_errors(findings));
  }
}

TEST_CASE("checks: a sasaran whose unit has sub-units but nobody supports it is not cascaded") {
  CleanCascade doc;
  Id sp2 = doc.sasaran(doc.bidang, doc.ss, 1, "SP2", "Meningkatnya kualitas data perizinan");
  doc.indikator(sp2, "Persentase data perizinan mutakhir");
  only_finding(doc.document, Rule::NotCascaded, sp2);
  // SK1 belongs to a seksi without sub-units: the natural end of the cascade, no finding.
  CleanCascade clean;
  CHECK_FALSE(has_rule(clean.document, Rule::NotCascaded));
}

TEST_CASE("checks: per-level counts and cascaded share") {
  CleanCascade doc;
  Id sp2 = doc.sasaran(doc.bidang, doc.ss, 1, "SP2", "Meningkatnya kualitas data perizinan");
  doc.indikator(sp2, "Persentase data perizinan mutakhir");
  doc.indikator(sp2, "Jumlah data perizinan terintegrasi");
  auto levels = summarize_levels(doc.document);
  REQUIRE(levels.size() == 4);  // the four default level names, even the empty one
  CHECK(levels[0].label == "Sasaran Strategis");
  CHECK(levels[0].sasaran == 1);
  CHECK(levels[0].cascaded == 1);
  CHECK(levels[0].cascaded_share == doctest::Approx(100));
  CHECK(levels[1].sasaran == 2);
  CHECK(levels[1].indikator == 3);
  CHECK(levels[1].linked == 2);
  CHECK(levels[1].cascaded == 1);
  CHECK(levels[1].cascaded_share == doctest::Approx(50));
  CHECK(levels[2].sasaran == 1);
  CHECK_FALSE(levels[2].cascaded_share.has_value());  // the deepest level: nothing below it
  CHECK(levels[3].sasaran == 0);
  CHECK_FALSE(levels[3].cascaded_share.has_value());
}

TEST_CASE("checks: duplicate indicators within a unit") {
  CleanCascade doc;
  Id sp2 = doc.sasaran(doc.bidang, doc.ss, 1, "SP2", "Meningkatnya kualitas data perizinan");
  Id twin = doc.indikator(sp2, "persentase izin terbit  tepat waktu.");  // same as IK of SP1 but for case/spaces
  Finding f = only_finding(doc.document, Rule::DuplicateIndikator, twin);
  CHECK(f.related == std::vector<Id>{doc.ik_program});

  SUBCASE("the same indicator in two different units is not a duplicate") {
    CleanCascade other;
    other.indikator(other.sk, "Persentase izin terbit tepat waktu");
    CHECK_FALSE(has_rule(other.document, Rule::DuplicateIndikator));
  }
}

TEST_CASE("checks: units whose whole content copies another unit's") {
  CleanCascade doc;
  std::vector<Id> seksi;
  for (const char* name : {"Seksi Proses Perizinan I Sektor A", "Seksi Proses Perizinan II Sektor A",
                           "Seksi Proses Perizinan I Sektor B"}) {
    Id unit = doc.unit(doc.bidang, UnitKind::Section, name);
    Id s = doc.sasaran(unit, doc.sp, 2, "SS1", "Meningkatnya efektifitas SOP pelayanan perizinan");
    doc.indikator(s, "Persentase izin yang diterbitkan tepat waktu");
    doc.indikator(s, "Persentase SDM pelayanan perizinan yang terlatih");
    seksi.push_back(unit);
  }
  // A copy with its indicators in another order and renumbered is still a copy.
  doc.document.indikator.rbegin()->second.code = "IK9.9";
  auto copies = of_rule(run_checks(doc.document), Rule::CopiedUnit);
  REQUIRE(copies.size() == 3);
  for (const Finding& f : copies) {
    CHECK(std::find(seksi.begin(), seksi.end(), f.node) != seksi.end());
    CHECK(f.related.size() == 2);
  }
  CHECK(copies[0].message.id.find("Seksi Proses Perizinan II Sektor A") != std::string::npos);

  SUBCASE("one different indicator makes it another unit") {
    doc.document.indikator.rbegin()->second.name = "Persentase SDM perizinan bersertifikat";
    CHECK(of_rule(run_checks(doc.document), Rule::CopiedUnit).size() == 2);
  }
  SUBCASE("several holders of one position share their sasaran and indicators rightly") {
    CleanCascade staff;
    for (int k = 0; k < 3; ++k) {
      Id analis = staff.unit(staff.seksi, UnitKind::Staff, "Analis Perizinan");
      Id s = staff.sasaran(analis, staff.sk, 3, "SI1", "Terverifikasinya berkas permohonan izin");
      staff.indikator(s, "Jumlah berkas terverifikasi");
    }
    CHECK_FALSE(has_rule(staff.document, Rule::CopiedUnit));
    Id other = staff.unit(staff.seksi, UnitKind::Staff, "Verifikator Dokumen");
    Id s = staff.sasaran(other, staff.sk, 3, "SI1", "Terverifikasinya berkas permohonan izin");
    staff.indikator(s, "Jumlah berkas terverifikasi");
    auto copies = of_rule(run_checks(staff.document), Rule::CopiedUnit);
    CHECK(copies.size() == 4);  // the three analysts, each copying the verifikator, and the verifikator
    CHECK(copies.back().related.size() == 3);
  }
  SUBCASE("units with the same statement but different indicators are not copies") {
    CleanCascade other;
    Id unit = other.unit(other.bidang, UnitKind::Section, "Seksi Lain");
    Id s = other.sasaran(unit, other.sp, 2, "SK1", "Terlaksananya verifikasi dokumen tepat waktu");
    other.indikator(s, "Jumlah dokumen terverifikasi");
    CHECK_FALSE(has_rule(other.document, Rule::CopiedUnit));
  }
}

TEST_CASE("checks: targets that move against the polarity") {
  CleanCascade doc;
  Indikator& i = doc.document.indikator[doc.iku];
  i.target[2026] = make_value("79,5");  // 80 -> 79,5 -> 82 on a "naik" indicator
  Finding f = only_finding(doc.document, Rule::TargetAgainstPolarity, doc.iku);
  CHECK(f.message.en.find("2025→2026") != std::string::npos);
  CHECK(f.message.en.find("2026→2027") == std::string::npos);

  SUBCASE("falling targets are right on a \"turun\" indicator, rising ones are not") {
    CleanCascade turun;
    Id complaints = turun.indikator(turun.sp, "Jumlah pengaduan", Polarity::Turun);  // 10, 9, 8
    CHECK_FALSE(has_rule(turun.document, Rule::TargetAgainstPolarity));
    turun.document.indikator[complaints].target[2027] = make_value("12");
    only_finding(turun.document, Rule::TargetAgainstPolarity, complaints);
  }
  SUBCASE("text targets compare by the document's scale, best first") {
    CleanCascade text;
    text.document.info.text_scales = {{"WTP", "WDP", "TW", "TMP"}};
    Indikator& opini = text.document.indikator[text.iku];
    opini.target = {{2025, make_value("WDP")}, {2026, make_value("WTP")}, {2027, make_value("WTP")}};
    CHECK_FALSE(has_rule(text.document, Rule::TargetAgainstPolarity));
    opini.target[2027] = make_value("wdp");
    Finding worse = only_finding(text.document, Rule::TargetAgainstPolarity, text.iku);
    CHECK(worse.message.en.find("get worse in 2026→2027") != std::string::npos);
  }
  SUBCASE("a range indicator (tetap) has no direction") {
    i.polarity = Polarity::Tetap;
    CHECK_FALSE(has_rule(doc.document, Rule::TargetAgainstPolarity));
  }
}

TEST_CASE("checks: crosscutting links still proposed or rejected") {
  CleanCascade doc;
  Id accepted = doc.link(doc.sp, kNoId, LinkStatus::Diterima, "BPS Kabupaten");
  CHECK_FALSE(has_rule(doc.document, Rule::CrosscuttingProposed));
  CHECK_FALSE(has_rule(doc.document, Rule::CrosscuttingRejected));
  (void)accepted;

  Id proposed = doc.link(doc.sp, doc.sk, LinkStatus::Usulan);
  Finding f = only_finding(doc.document, Rule::CrosscuttingProposed, doc.sp);
  CHECK(f.related == std::vector<Id>{proposed, doc.sk});
  CHECK(f.severity == Severity::Info);

  doc.link(doc.ss, kNoId, LinkStatus::Ditolak, "Dinas Perindustrian");
  Finding rejected = only_finding(doc.document, Rule::CrosscuttingRejected, doc.ss);
  CHECK(rejected.message.id.find("Dinas Perindustrian") != std::string::npos);
}

TEST_CASE("checks: units with no sasaran") {
  CleanCascade doc;
  Id empty = doc.unit(doc.seksi, UnitKind::Staff, "Analis Perizinan");
  only_finding(doc.document, Rule::UnitWithoutSasaran, empty);
  // The seksi now has a sub-unit, so its sasaran is expected to cascade further.
  only_finding(doc.document, Rule::NotCascaded, doc.sk);
}

TEST_CASE("checks: findings come most serious first, grouped by rule, and findings_by_node tallies them") {
  CleanCascade doc;
  doc.document.indikator.erase(doc.ik_kegiatan);        // warning on sk
  doc.document.sasaran[doc.sp].parent = 999;            // error on sp
  doc.link(doc.sk, kNoId, LinkStatus::Usulan, "Desa");  // info on sk
  auto findings = run_checks(doc.document);
  REQUIRE(findings.size() >= 3);
  CHECK(std::is_sorted(findings.begin(), findings.end(),
                       [](const Finding& a, const Finding& b) { return a.severity < b.severity; }));
  CHECK(findings.front().severity == Severity::Error);
  auto tally = findings_by_node(findings);
  CHECK(tally[doc.sk].count == 2);
  CHECK(tally[doc.sk].worst == Severity::Warning);
  CHECK(tally[doc.sp].worst == Severity::Error);
  CHECK(count_severity(findings, Severity::Error) == 1);
}

TEST_CASE("checks: the synthetic Pemda document cascades fully and has no structural errors") {
  SyntheticOptions options;
  options.sasaran = 300;
  Document document = make_synthetic_document(options);
  CheckReport report = check_document(document);
  CHECK_FALSE(has_errors(report.findings));
  CHECK(of_rule(report.findings, Rule::SasaranNotLinked).empty());
  CHECK(of_rule(report.findings, Rule::SasaranWithoutIndikator).empty());
  REQUIRE(report.levels.size() >= 3);
  CHECK(report.levels[0].sasaran > 0);
  CHECK(report.levels[1].linked == report.levels[1].sasaran);
}

TEST_CASE("checks: docs/CHECKS.md documents every rule with its severity") {
  // tests/fixtures/../../docs: the documentation lives next to the sources, like the fixtures.
  std::ifstream file(std::string(POKIN_FIXTURES) + "/../../docs/CHECKS.md");
  REQUIRE(file.good());
  std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  for (Rule rule : all_rules()) {
    std::string row = "| `" + std::string(to_word(rule)) + "` | " + std::string(to_word(rule_severity(rule))) + " |";
    INFO(row);
    CHECK(text.find(row) != std::string::npos);
  }
}
