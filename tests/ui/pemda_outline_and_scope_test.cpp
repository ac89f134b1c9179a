#include <doctest/doctest.h>

#include <set>

#include "app/ui/opd_groups.h"
#include "app/ui/outline_view.h"
#include "app/ui/overview_labels.h"
#include "app/ui/pemda_scope.h"
#include "core/layout/view_tree.h"
#include "core/model/pemda_structure.h"
#include "core/synthetic/synthetic_pemda.h"
#include "tests/core/small_pemda.h"
#include "tests/core/layout_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

// On a Pemda document the outline groups the units by OPD and the canvas offers three scopes. A small synthetic
// Pemda of three OPD (the first three of the list: Sekretariat Daerah, Sekretariat DPRD, Inspektorat Daerah),
// each 1 head + 2 bidang + 4 seksi + 8 staff = 15 units and 3 + 4 + 8 + 8 = 23 sasaran.

namespace {

Id opd_named(const Document& document, const std::string& name) {
  for (const auto& [unit, part] : document.parts)
    if (part.instansi == name) return unit;
  return kNoId;
}

std::set<Id> shown(const Document& document, const LayoutView& layout) {
  TreeIndex index(document);
  std::set<Id> ids;
  for (const ViewNode& node : select_view(document, index, layout).nodes)
    if (node.kind != BoxKind::CollapsedStub) ids.insert(node.id);
  return ids;
}

}  // namespace

TEST_CASE("pemda outline: each OPD is counted with everything under its head") {
  Document document = test::small_pemda();
  TreeIndex index(document);
  std::vector<OpdGroup> groups = count_opd_groups(document, index);
  REQUIRE(groups.size() == 3);
  for (const OpdGroup& group : groups) {
    int indikator = 0;
    for (const auto& [id, item] : document.indikator)
      if (opd_of_sasaran(document, item.sasaran) == group.opd) ++indikator;
    CHECK(group.units == 15);
    CHECK(group.sasaran == 23);
    CHECK(group.indikator == indikator);
    CHECK(group.indikator >= 23 * 3);
  }
  // By name: "Inspektorat Daerah" < "Sekretariat DPRD" < "Sekretariat Daerah" (byte order: 'P' before 'a').
  const std::vector<OpdGroup>& sorted = opd_groups_by_name(document, index);
  REQUIRE(sorted.size() == 3);
  CHECK(sorted[0].opd == opd_named(document, "Inspektorat Daerah"));
  CHECK(sorted[1].opd == opd_named(document, "Sekretariat DPRD"));
  CHECK(sorted[2].opd == opd_named(document, "Sekretariat Daerah"));
}

TEST_CASE("pemda outline: the Pemda unit first, then one row per OPD by name") {
  test::UiHarness ui;
  Document document = test::small_pemda();
  TreeIndex index(document);
  ViewState view;
  std::vector<Id> rows = ui.click_down_rows(150, 300, [&] { return outline_view(document, index, view); });
  std::vector<Id> expected{pemda_unit(document), opd_named(document, "Inspektorat Daerah"),
                           opd_named(document, "Sekretariat DPRD"), opd_named(document, "Sekretariat Daerah")};
  CHECK(rows == expected);
}

TEST_CASE("pemda scope: a Pemda document opens on the overview, an OPD document is left as it is") {
  Document document = test::small_pemda();
  ViewState view;
  open_pemda_overview(document, view);
  CHECK(view.layout.max_levels == kPemdaOverviewLevels);
  CHECK(view.layout.branch == kNoId);
  CHECK(pemda_scope_of(document, view.layout) == PemdaScopeChoice{PemdaScope::Whole, kNoId});
  std::set<Id> expected;
  for (const auto& [id, s] : document.sasaran)
    if (s.level <= 1) expected.insert(id);  // tujuan and sasaran RPJMD, the OPD Sasaran Strategis
  CHECK(shown(document, view.layout) == expected);

  ViewState plain;
  open_pemda_overview(test::small_tree(2), plain);
  CHECK(plain.layout.max_levels == 0);
}

TEST_CASE("pemda scope: one OPD, one RPJMD sasaran, and back to the whole Pemda") {
  Document document = test::small_pemda();
  ViewState view;
  const Id opd = opd_named(document, "Sekretariat DPRD");
  apply_pemda_scope(document, {PemdaScope::Opd, opd}, view);
  CHECK(pemda_scope_of(document, view.layout) == PemdaScopeChoice{PemdaScope::Opd, opd});
  std::set<Id> expected;
  for (const auto& [id, s] : document.sasaran)
    if (opd_of_sasaran(document, id) == opd) {
      expected.insert(id);
      if (s.level == 1) expected.insert(s.parent);
    }
  CHECK(expected.size() == 23 + 3);
  CHECK(shown(document, view.layout) == expected);

  // S1.4 is served by the second OPD's first SS (SS k of OPD n serves RPJMD sasaran 3n + k).
  Id s14 = test::sasaran_id(document, "S1.4");
  apply_pemda_scope(document, {PemdaScope::SasaranRpjmd, s14}, view);
  CHECK(pemda_scope_of(document, view.layout) == PemdaScopeChoice{PemdaScope::SasaranRpjmd, s14});
  expected.clear();
  for (const auto& [id, s] : document.sasaran) {
    Id up = id;
    for (int steps = 0; up != kNoId && up != s14 && steps < 10; ++steps) up = document.sasaran.at(up).parent;
    if (up == s14) expected.insert(id);
  }
  CHECK(expected.size() > 1);
  CHECK(shown(document, view.layout) == expected);

  apply_pemda_scope(document, {PemdaScope::Whole, kNoId}, view);
  CHECK(pemda_scope_of(document, view.layout) == PemdaScopeChoice{PemdaScope::Whole, kNoId});
  CHECK_FALSE(view.layout.branch_supported);

  // The picker lists the whole Pemda, the three OPD and the 25 RPJMD sasaran (not the 5 tujuan).
  CHECK(pemda_scope_entries(document).size() == 1 + 3 + 25);
}

TEST_CASE("pemda overview: an OPD sasaran's label names its OPD, a sasaran RPJMD's does not") {
  Document document = test::small_pemda();
  TreeIndex index(document);
  const Id pemda = pemda_unit(document);
  REQUIRE(pemda != kNoId);
  int opd_labels = 0, rpjmd_labels = 0;
  for (const auto& [id, sasaran] : document.sasaran) {
    if (sasaran.code.empty()) continue;
    const std::string label = overview_label_text(document, index, id);
    const Id opd = opd_of_sasaran(document, id);
    if (opd == kNoId) {
      CHECK(label.rfind(sasaran.code, 0) == 0);  // "S1.2 · ..." as before
      ++rpjmd_labels;
    } else {
      // Every OPD has its own SS1: the label starts with the OPD (cut to a readable length) then the code.
      const std::string name = opd_name(document, opd);
      REQUIRE_FALSE(name.empty());
      CHECK(label.rfind(name.substr(0, 10), 0) == 0);
      CHECK(label.find(" " + sasaran.code) != std::string::npos);
      CHECK(label.size() < name.size() + sasaran.code.size() + 40);
      ++opd_labels;
    }
  }
  CHECK(opd_labels > 0);
  CHECK(rpjmd_labels > 0);
}
