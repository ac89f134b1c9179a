// The Checks panel on a Pemda document: the findings under one header per OPD (the Pemda's own first), a click on
// a finding still selects its node.
#include <doctest/doctest.h>

#include "app/ui/checks_view.h"
#include "tests/core/pemda_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

TEST_CASE("checks panel on a Pemda document: findings under their OPD, a click selects the node at fault") {
  test::UiHarness ui;
  test::FaultyPemda d;
  const Document& document = d.document;
  CheckReport report = check_document(document);
  REQUIRE_FALSE(report.findings.empty());
  ViewState view;
  view.checks_filter.infos = true;
  Id selected = kNoId;
  for (float y = 4; y < 700 && selected == kNoId; y += 4) {
    ui.mouse(200, y);
    ui.frame([&] { return checks_view(document, report, view); });
    ui.button(true);
    Intents intents = ui.frame([&] { return checks_view(document, report, view); });
    ui.button(false);
    for (Intent& intent : ui.frame([&] { return checks_view(document, report, view); })) intents.push_back(intent);
    for (const Intent& intent : intents)
      if (auto* select = std::get_if<SelectNode>(&intent)) selected = select->id;
  }
  REQUIRE(selected != kNoId);
  bool is_a_finding_node = false;
  for (const Finding& finding : report.findings) is_a_finding_node |= finding.node == selected;
  CHECK(is_a_finding_node);
}
