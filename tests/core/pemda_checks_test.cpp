// The Pemda checks (core/checks/pemda_*.cpp) on the hand-built two-OPD Pemda of pemda_test_documents.h: each rule
// fires exactly where the header says, naming the OPD, and nowhere on the clean Pemda or on an OPD's own document.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>

#include "core/checks/check_document.h"
#include "core/checks/finding_groups.h"
#include "core/checks/opd_cascade.h"
#include "core/import/import_document.h"
#include "core/store/document_file.h"
#include "tests/core/pemda_checks_test_documents.h"

using namespace pokin;
using pokin::test::CleanPemda;
using pokin::test::FaultyPemda;

namespace {

const std::set<Rule> kPemdaRules{Rule::OpdSasaranWithoutRpjmd, Rule::RpjmdSasaranUnsupported,
                                 Rule::IndikatorClaimedByTwoOpd, Rule::CrosscuttingBetweenOpdNotAgreed,
                                 Rule::OpdLevelNotCascaded};

std::set<std::pair<Rule, Id>> rule_and_node(const std::vector<Finding>& findings) {
  std::set<std::pair<Rule, Id>> out;
  for (const Finding& f : findings) out.insert({f.rule, f.node});
  return out;
}

const Finding& the_finding(const std::vector<Finding>& findings, Rule rule, Id node) {
  auto found = std::find_if(findings.begin(), findings.end(),
                            [&](const Finding& f) { return f.rule == rule && f.node == node; });
  REQUIRE(found != findings.end());
  return *found;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

void check_no_pemda_rule(const Document& document) {
  for (const Finding& f : run_checks(document)) {
    INFO(to_word(f.rule), " ", f.message.en);
    CHECK_FALSE(kPemdaRules.count(f.rule));
    CHECK(f.opd == kNoId);
  }
}

}  // namespace

TEST_CASE("pemda checks: the clean two-OPD Pemda has no finding at all") {
  CleanPemda clean;
  auto findings = run_checks(clean.document);
  for (const Finding& f : findings) INFO(to_word(f.rule), " ", f.message.en);
  CHECK(findings.empty());
}

TEST_CASE("pemda checks: each fault of the faulty Pemda is reported once, where it is, and nothing else") {
  FaultyPemda d;
  auto findings = run_checks(d.document);
  for (const Finding& f : findings) INFO(to_word(f.rule), " #", f.node, " ", f.message.en);
  // Worked out from the list in pemda_test_documents.h: the five Pemda faults, the not_cascaded of B2 (its head
  // has a Bidang) and the OPD-internal proposed crosscutting. Not here: sasaran_not_linked on B2 and
  // suggested_link_not_reviewed on A1 (the Pemda rule speaks for them), not_cascaded on R4 (same), and
  // crosscutting_proposed on A11 (the link between two OPD has its own rule).
  const std::set<std::pair<Rule, Id>> expected{
      {Rule::OpdSasaranWithoutRpjmd, d.b2},
      {Rule::OpdSasaranWithoutRpjmd, d.a1},
      {Rule::RpjmdSasaranUnsupported, d.r4},
      {Rule::IndikatorClaimedByTwoOpd, d.ik_b2_ikm},
      {Rule::CrosscuttingBetweenOpdNotAgreed, d.a11},
      {Rule::OpdLevelNotCascaded, d.b},
      {Rule::NotCascaded, d.b2},
      {Rule::CrosscuttingProposed, d.a21},
  };
  CHECK(rule_and_node(findings) == expected);
  CHECK(findings.size() == expected.size());
}

TEST_CASE("pemda checks: an OPD Sasaran Strategis without a sasaran RPJMD names its OPD") {
  FaultyPemda d;
  auto findings = run_checks(d.document);
  const Finding& f = the_finding(findings, Rule::OpdSasaranWithoutRpjmd, d.b2);
  CHECK(f.severity == Severity::Warning);
  CHECK(f.opd == d.b);
  CHECK(contains(f.message.id, "\"Dinas Kesehatan\""));
  CHECK(contains(f.message.id, "belum mendukung sasaran RPJMD mana pun"));
  CHECK(contains(f.message.en, "supports no sasaran RPJMD"));
  CHECK(contains(f.message.id, "Sasaran Strategis"));
  CHECK(contains(f.fix.id, "Dinas Kesehatan"));
}

TEST_CASE("pemda checks: a Sasaran Strategis reaching the RPJMD only by a suggested link is told apart") {
  FaultyPemda d;
  auto findings = run_checks(d.document);
  const Finding& f = the_finding(findings, Rule::OpdSasaranWithoutRpjmd, d.a1);
  CHECK(f.opd == d.a);
  CHECK(contains(f.message.id, "\"Dinas Penanaman Modal dan PTSP\""));
  CHECK(contains(f.message.id, "hanya melalui tautan usulan otomatis"));
  CHECK(contains(f.message.en, "only through an automatically suggested link"));
  CHECK(contains(f.message.id, "R1 Meningkatnya investasi daerah"));
  CHECK(f.related == std::vector<Id>{d.r1});
  // Accepting the link ends it.
  d.document.sasaran.at(d.a1).link_origin = LinkOrigin::Person;
  CHECK(rule_and_node(run_checks(d.document)).count({Rule::OpdSasaranWithoutRpjmd, d.a1}) == 0);
}

TEST_CASE("pemda checks: a Sasaran Strategis under its own OPD's Tujuan reaches the RPJMD through it") {
  CleanPemda d;
  Id tujuan = d.statement(d.a, d.r1, 1, "TA", "Meningkatnya iklim investasi", "Indeks iklim investasi");
  d.document.sasaran.at(tujuan).kind = StatementKind::Tujuan;
  d.document.sasaran.at(d.a1).parent = tujuan;
  CHECK(rule_and_node(run_checks(d.document)).count({Rule::OpdSasaranWithoutRpjmd, d.a1}) == 0);
  // Hung under another OPD's Sasaran Strategis instead, it supports no sasaran RPJMD and says where it hangs.
  d.document.sasaran.at(d.a1).parent = d.b1;
  auto findings = run_checks(d.document);
  const Finding& f = the_finding(findings, Rule::OpdSasaranWithoutRpjmd, d.a1);
  CHECK(contains(f.message.id, "milik \"Dinas Kesehatan\""));
  CHECK(f.related == std::vector<Id>{d.b1});
}

TEST_CASE("pemda checks: a sasaran RPJMD no OPD supports, and one split into finer sasaran RPJMD reported below") {
  FaultyPemda d;
  auto findings = run_checks(d.document);
  const Finding& f = the_finding(findings, Rule::RpjmdSasaranUnsupported, d.r4);
  CHECK(f.opd == kNoId);
  CHECK(contains(f.message.id, "R4 Menurunnya angka kemiskinan"));
  CHECK(contains(f.message.en, "supported by no OPD"));
  // R3 split into R31 (which A2 now supports) keeps R3 supported and reports nothing new; R32 without OPD is.
  Id r31 = d.statement(d.p, d.r3, 0, "R31", "Meningkatnya akuntabilitas kinerja", "Nilai LKjIP");
  Id r32 = d.statement(d.p, d.r3, 0, "R32", "Meningkatnya kualitas pengawasan", "Level APIP");
  d.document.sasaran.at(d.a2).parent = r31;
  auto again = rule_and_node(run_checks(d.document));
  CHECK(again.count({Rule::RpjmdSasaranUnsupported, d.r3}) == 0);
  CHECK(again.count({Rule::RpjmdSasaranUnsupported, r31}) == 0);
  CHECK(again.count({Rule::RpjmdSasaranUnsupported, r32}) == 1);
}

TEST_CASE("pemda checks: the same indicator at the top of two OPD names both OPD, once per OPD") {
  FaultyPemda d;
  auto findings = run_checks(d.document);
  const Finding& f = the_finding(findings, Rule::IndikatorClaimedByTwoOpd, d.ik_b2_ikm);
  CHECK(f.opd == d.b);
  CHECK(contains(f.message.id, "\"Dinas Kesehatan\""));
  CHECK(contains(f.message.id, "\"Dinas Penanaman Modal dan PTSP\""));
  CHECK(f.related == std::vector<Id>{d.ik_a2_ikm, d.a});
  // The same name below the OPD's top level (a Sasaran Program's) is not a claim of the OPD.
  d.document.indikator.at(d.ik_a2_ikm).sasaran = d.a21;
  CHECK(rule_and_node(run_checks(d.document)).count({Rule::IndikatorClaimedByTwoOpd, d.ik_b2_ikm}) == 0);
}

TEST_CASE("pemda checks: crosscutting between two OPD still proposed names both, accepted it is quiet") {
  FaultyPemda d;
  auto findings = run_checks(d.document);
  const Finding& f = the_finding(findings, Rule::CrosscuttingBetweenOpdNotAgreed, d.a11);
  CHECK(f.opd == d.a);
  CHECK(contains(f.message.id, "(\"Dinas Kesehatan\")"));
  CHECK(contains(f.message.id, "(\"Dinas Penanaman Modal dan PTSP\")"));
  CHECK(f.related == std::vector<Id>{d.link_between_opd, d.b11});
  d.document.links.at(d.link_between_opd).status = LinkStatus::Diterima;
  auto again = rule_and_node(run_checks(d.document));
  CHECK(again.count({Rule::CrosscuttingBetweenOpdNotAgreed, d.a11}) == 0);
  CHECK(again.count({Rule::CrosscuttingProposed, d.a11}) == 0);
  // Rejected, the existing rule reports it as before.
  d.document.links.at(d.link_between_opd).status = LinkStatus::Ditolak;
  CHECK(rule_and_node(run_checks(d.document)).count({Rule::CrosscuttingRejected, d.a11}) == 1);
}

TEST_CASE("pemda checks: the share cascaded per OPD and level is a finding on the OPD's head") {
  FaultyPemda d;
  auto findings = run_checks(d.document);
  const Finding& f = the_finding(findings, Rule::OpdLevelNotCascaded, d.b);
  CHECK(f.severity == Severity::Info);
  CHECK(f.opd == d.b);
  CHECK(contains(f.message.id, "\"Dinas Kesehatan\": 1 dari 2 Sasaran Strategis (50"));
  CHECK(contains(f.message.id, "diturunkan ke Sasaran Program; 1 belum."));
  CHECK(contains(f.message.en, "1 of 2 Sasaran Strategis (50%) are cascaded to Sasaran Program; 1 are not."));
}

TEST_CASE("pemda checks: findings grouped by OPD, the Pemda's own first, then the OPD in order") {
  FaultyPemda d;
  auto findings = run_checks(d.document);
  auto groups = group_findings_by_opd(d.document, findings);
  REQUIRE(groups.size() == 3);
  CHECK(groups[0].opd == kNoId);
  CHECK(groups[0].name == "Pemerintah Kabupaten Contoh");
  CHECK(groups[0].count == 1);  // R4
  CHECK(groups[1].opd == d.a);
  CHECK(groups[1].name == "Dinas Penanaman Modal dan PTSP");
  CHECK(groups[1].count == 3);  // A1, A11, A21
  CHECK(groups[2].opd == d.b);
  CHECK(groups[2].name == "Dinas Kesehatan");
  CHECK(groups[2].count == 4);  // B2 twice, its IKM, the head's share
  // Filtered to warnings, the Pemda's info and the OPD B head's info drop out of the counts.
  FindingFilter warnings;
  warnings.severities = {Severity::Warning};
  auto warned = group_findings_by_opd(d.document, findings, warnings);
  REQUIRE(warned.size() == 3);
  CHECK(warned[1].count == 2);  // A1, A11
  CHECK(warned[2].count == 2);  // B2, its IKM
}

TEST_CASE("pemda checks: the penjenjangan figures of the faulty Pemda, counted by hand") {
  FaultyPemda d;
  PemdaCascade cascade = summarize_pemda_cascade(d.document);
  REQUIRE(cascade.opds.size() == 2);
  const OpdCascade& a = cascade.opds[0];
  const OpdCascade& b = cascade.opds[1];
  CHECK(a.name == "Dinas Penanaman Modal dan PTSP");
  CHECK(b.name == "Dinas Kesehatan");
  // A: level 1 A1, A2 (indicators 1 + 2), both cascaded; level 2 A11, A21 (the deepest level: no share).
  CHECK(a.levels[1].sasaran == 2);
  CHECK(a.levels[1].indikator == 3);
  CHECK(a.levels[1].cascaded == 2);
  CHECK(a.levels[1].cascaded_share == doctest::Approx(100.0));
  CHECK(a.levels[2].sasaran == 2);
  CHECK(a.levels[2].indikator == 2);
  CHECK_FALSE(a.levels[2].cascaded_share.has_value());
  CHECK(a.levels[0].sasaran == 0);
  // B: level 1 B1, B2 (one indicator each), only B1 cascaded; level 2 B11.
  CHECK(b.levels[1].sasaran == 2);
  CHECK(b.levels[1].indikator == 2);
  CHECK(b.levels[1].cascaded == 1);
  CHECK(b.levels[1].cascaded_share == doctest::Approx(50.0));
  CHECK(b.levels[2].sasaran == 1);
  // RPJMD: R1..R4, one indicator each; R2 (B1), R3 (A2) supported, R4 not; R1 only through A1's suggested link.
  CHECK(cascade.rpjmd.sasaran == 4);
  CHECK(cascade.rpjmd.indikator == 4);
  CHECK(cascade.rpjmd.supported == 2);
  CHECK(cascade.rpjmd.suggested_only == 1);
  CHECK(cascade.rpjmd.supported_share == doctest::Approx(50.0));
  // Reviewed, A1's link is support like any other.
  d.document.sasaran.at(d.a1).link_origin = LinkOrigin::Person;
  cascade = summarize_pemda_cascade(d.document);
  CHECK(cascade.rpjmd.supported == 3);
  CHECK(cascade.rpjmd.suggested_only == 0);
  CHECK(cascade.rpjmd.supported_share == doctest::Approx(75.0));
}

TEST_CASE("pemda checks: a suggested link inside the RPJMD makes the sasaran RPJMD above it suggested support only") {
  // R31 is a finer sasaran RPJMD under R3 through a link an import guessed; A2 moves under R31 by a reviewed link.
  // R31 is supported; R3 only through the guess, so it is not counted as supported.
  FaultyPemda d;
  Id r31 = d.statement(d.p, d.r3, 0, "R31", "Meningkatnya akses layanan", "Indeks akses");
  d.document.sasaran.at(r31).link_origin = LinkOrigin::Suggested;
  d.document.sasaran.at(d.a2).parent = r31;
  RpjmdSupportReach reach = supported_rpjmd_sasaran(d.document, OpdIndex(d.document));
  CHECK(reach.reviewed.count(r31) == 1);
  CHECK(reach.reviewed.count(d.r3) == 0);
  CHECK(reach.suggested_only.count(d.r3) == 1);
  CHECK(reach.suggested_only.count(d.r1) == 1);  // A1's own link is a suggestion
  CHECK(reach.reviewed.count(d.r2) == 1);
}

TEST_CASE("pemda checks: a synthetic Pemda (synthetic OPD under sasaran RPJMD) needs no review of its RPJMD links") {
  SyntheticOptions options;
  options.sasaran = 300;
  Document document = test::synthetic_pemda(options, 3);
  CheckReport report = check_document(document);
  PemdaCascade cascade = summarize_pemda_cascade(document);
  std::size_t opds = 0;
  for (const auto& [unit, part] : document.parts) opds += !part.rpjmd;
  CHECK(cascade.opds.size() == opds);
  CHECK(opds >= 2);
  CHECK(cascade.rpjmd.sasaran == 3);
  // The Pemda's own nodes: its unit, the sasaran RPJMD and their indicators; every other node lies in an OPD.
  std::set<Id> pemda_nodes;
  for (const auto& [unit, part] : document.parts)
    if (part.rpjmd) pemda_nodes.insert(unit);
  for (const auto& [id, s] : document.sasaran)
    if (pemda_nodes.count(s.unit)) pemda_nodes.insert(id);
  for (const auto& [id, i] : document.indikator)
    if (pemda_nodes.count(i.sasaran)) pemda_nodes.insert(id);
  for (const Finding& f : report.findings) {
    INFO(f.message.en);
    CHECK(f.rule != Rule::OpdSasaranWithoutRpjmd);
    CHECK(f.rule != Rule::SasaranNotLinked);
    CHECK(f.rule != Rule::RpjmdSasaranUnsupported);
    CHECK((f.opd == kNoId) == (pemda_nodes.count(f.node) == 1));
  }
}

TEST_CASE("pemda checks: no Pemda rule fires on an OPD's own document") {
  Document example;
  store::DocumentFile::open(std::filesystem::path(POKIN_EXAMPLES) / "balangan_2021_2026.pokin", example,
                            store::OpenMode::ReadOnly);
  REQUIRE_FALSE(example.sasaran.empty());
  check_no_pemda_rule(example);
  for (const char* fixture : {"003_629a2002ab84793b.txt", "004_8df3a47fc9cca565.txt", "cascade_matrix.xlsx"}) {
    INFO(fixture);
    import::ImportResult imported = import::import_file(std::filesystem::path(POKIN_FIXTURES) / fixture, {});
    REQUIRE_FALSE(imported.document.sasaran.empty());
    check_no_pemda_rule(imported.document);
  }
  SyntheticOptions options;
  options.sasaran = 200;
  check_no_pemda_rule(make_synthetic_document(options));
  CHECK(summarize_pemda_cascade(make_synthetic_document(options)).opds.empty());
}
