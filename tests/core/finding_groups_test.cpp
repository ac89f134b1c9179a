#include <doctest/doctest.h>

#include "core/checks/check_document.h"
#include "core/checks/finding_groups.h"
#include "tests/core/hand_built_document.h"

using namespace pokin;
using pokin::testing::CleanCascade;

namespace {

// SK1 level inverted (error), two indicators without satuan (warnings), one crosscutting still proposed (info).
std::vector<Finding> mixed_findings(CleanCascade& doc) {
  doc.document.sasaran[doc.sk].level = 1;
  doc.document.indikator[doc.iku].satuan.clear();
  doc.document.indikator[doc.ik_program].satuan.clear();
  doc.link(doc.ss, kNoId, LinkStatus::Usulan, "Badan Pusat Statistik");
  return run_checks(doc.document);
}

}  // namespace

TEST_CASE("finding groups: one group per rule, most serious first") {
  CleanCascade doc;
  auto findings = mixed_findings(doc);
  auto groups = group_findings(findings);
  REQUIRE(groups.size() == 3);
  CHECK(groups[0].rule == Rule::LevelInverted);
  CHECK(groups[0].severity == Severity::Error);
  CHECK(groups[1].rule == Rule::SatuanMissing);
  CHECK(groups[1].findings.size() == 2);
  CHECK(groups[2].rule == Rule::CrosscuttingProposed);
}

TEST_CASE("finding groups: filtered by severity, rule and text in either language") {
  CleanCascade doc;
  auto findings = mixed_findings(doc);

  FindingFilter warnings_only;
  warnings_only.severities = {Severity::Warning};
  auto groups = group_findings(findings, warnings_only);
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].rule == Rule::SatuanMissing);

  FindingFilter by_rule;
  by_rule.rules = {Rule::CrosscuttingProposed, Rule::LevelInverted};
  CHECK(group_findings(findings, by_rule).size() == 2);

  FindingFilter by_text;
  by_text.text = "badan pusat";  // in the message, other case
  groups = group_findings(findings, by_text);
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].rule == Rule::CrosscuttingProposed);
  by_text.text = "persentase izin terbit";  // the name of one of the two indicators
  groups = group_findings(findings, by_text);
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].findings.size() == 1);
  CHECK(groups[0].findings[0]->node == doc.ik_program);
  by_text.text = "no such words";
  CHECK(group_findings(findings, by_text).empty());
}
