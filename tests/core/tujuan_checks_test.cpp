// The desk-review rules on a Renstra with a Tujuan above the Sasaran Strategis: that shape is not an inverted
// level, a Tujuan under a sasaran is, findings name a Tujuan "Tujuan", and counts keep it apart.
#include <doctest/doctest.h>

#include "core/checks/check_document.h"
#include "core/model/document_counts.h"
#include "core/model/statement_label.h"
#include "tests/core/hand_built_document.h"

using namespace pokin;
using pokin::testing::CleanCascade;
using pokin::testing::of_rule;

namespace {

// The clean cascade with a Tujuan (owned by the head, with its indicator) above SS1.
struct WithTujuan : CleanCascade {
  WithTujuan() {
    tujuan = sasaran(head, kNoId, 0, "T1", "Meningkatnya investasi daerah");
    document.sasaran.at(tujuan).kind = StatementKind::Tujuan;
    ik_tujuan = indikator(tujuan, "Nilai realisasi investasi");
    document.sasaran.at(ss).parent = tujuan;
  }
  Id tujuan, ik_tujuan;
};

}  // namespace

TEST_CASE("A Sasaran Strategis under a Tujuan is the Renstra's shape: no finding") {
  WithTujuan doc;
  auto findings = run_checks(doc.document);
  for (const Finding& f : findings) INFO(to_word(f.rule), " ", f.message.en);
  CHECK(findings.empty());
}

TEST_CASE("A Tujuan under a sasaran is an inverted level named as a Tujuan") {
  WithTujuan doc;
  doc.document.sasaran.at(doc.ss).parent = kNoId;
  doc.document.sasaran.at(doc.tujuan).parent = doc.sp;
  auto findings = of_rule(run_checks(doc.document), Rule::LevelInverted);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].node == doc.tujuan);
  CHECK(findings[0].severity == Severity::Error);
  CHECK(findings[0].message.id ==
        "Tujuan \"T1 Meningkatnya investasi daerah\" berada di bawah Sasaran Program \"SP1 Meningkatnya kecepatan "
        "penerbitan izin\"; tujuan adalah puncak pohon kinerja Renstra.");
}

TEST_CASE("A Sasaran Program directly under a Tujuan skips the Sasaran Strategis") {
  WithTujuan doc;
  doc.document.sasaran.at(doc.sp).parent = doc.tujuan;
  auto findings = of_rule(run_checks(doc.document), Rule::LevelJump);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].node == doc.sp);
  CHECK(findings[0].message.id ==
        "Sasaran Program \"SP1 Meningkatnya kecepatan penerbitan izin\" langsung mendukung Tujuan \"T1 Meningkatnya "
        "investasi daerah\" tanpa Sasaran Strategis di antaranya.");
}

TEST_CASE("A Tujuan nobody supports is reported as not cascaded to a Sasaran Strategis") {
  WithTujuan doc;
  doc.document.sasaran.at(doc.ss).parent = kNoId;
  auto findings = of_rule(run_checks(doc.document), Rule::NotCascaded);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].node == doc.tujuan);
  CHECK(findings[0].message.id ==
        "Tujuan \"T1 Meningkatnya investasi daerah\" belum didukung oleh Sasaran Strategis mana pun.");
}

TEST_CASE("A Tujuan is not counted among the Sasaran Strategis of the level summary") {
  WithTujuan doc;
  auto levels = summarize_levels(doc.document);
  REQUIRE(levels.size() >= 1);
  CHECK(levels[0].sasaran == 1);
  CHECK(levels[0].linked == 1);  // SS1 hangs from the Tujuan
}

TEST_CASE("Labels: a Tujuan and its indicators are called Tujuan, a sasaran by its level") {
  WithTujuan doc;
  const DocumentInfo& info = doc.document.info;
  CHECK(statement_label(info, doc.document.sasaran.at(doc.tujuan)) == "Tujuan");
  CHECK(statement_indikator_label(info, doc.document.sasaran.at(doc.tujuan)) == "Indikator Tujuan");
  CHECK(statement_label(info, doc.document.sasaran.at(doc.ss)) == "Sasaran Strategis");
  CHECK(statement_indikator_label(info, doc.document.sasaran.at(doc.sp)) == "IK Program");
}

TEST_CASE("Counts: a Tujuan is counted apart from the sasaran and their levels") {
  WithTujuan doc;
  DocumentCounts counts = count_document(doc.document);
  CHECK(counts.tujuan == 1);
  CHECK(counts.sasaran == 3);  // SS1, SP1, SK1
  REQUIRE(counts.sasaran_per_level.size() >= 3);
  CHECK(counts.sasaran_per_level[0] == 1);
  CHECK(counts.indikator == 4);  // the Tujuan's own indicator counts among the indikator
}
