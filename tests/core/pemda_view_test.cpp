#include <doctest/doctest.h>

#include <set>

#include "core/layout/view_tree.h"
#include "core/model/pemda_structure.h"
#include "core/synthetic/synthetic_pemda.h"
#include "tests/core/small_pemda.h"

using namespace pokin;

// The three scopes the canvas offers on a Pemda document, on a small synthetic Pemda: which boxes each shows. The
// expected ids are read off the document's parent links here, not from select_view.

namespace {

std::set<Id> shown(const ViewTree& tree) {
  std::set<Id> ids;
  for (const ViewNode& node : tree.nodes)
    if (node.kind != BoxKind::CollapsedStub) ids.insert(node.id);
  return ids;
}

bool reaches(const Document& d, Id sasaran, Id top) {
  for (int steps = 0; sasaran != kNoId && steps < 100; ++steps) {
    if (sasaran == top) return true;
    sasaran = d.sasaran.at(sasaran).parent;
  }
  return false;
}

}  // namespace

TEST_CASE("pemda view: one OPD shows its units' sasaran under the RPJMD sasaran they support") {
  Document d = test::small_pemda();
  TreeIndex index(d);
  Id opd = kNoId;
  for (const auto& [unit, part] : d.parts)
    if (part.instansi == "Inspektorat Daerah") opd = unit;  // the third OPD of the list
  REQUIRE(opd != kNoId);
  std::set<Id> expected, supported;
  for (const auto& [id, s] : d.sasaran)
    if (opd_of_sasaran(d, id) == opd) {
      expected.insert(id);
      if (s.level == 1) supported.insert(s.parent);
    }
  CHECK(expected.size() == 23);
  CHECK(supported.size() == 3);  // its three SS serve three different RPJMD sasaran
  LayoutView view;
  view.branch = opd;
  view.branch_supported = true;
  ViewTree tree = select_view(d, index, view);
  std::set<Id> all = expected;
  all.insert(supported.begin(), supported.end());
  CHECK(shown(tree) == all);
  REQUIRE(tree.roots.size() == 3);
  for (int root : tree.roots) {
    CHECK(supported.count(tree.nodes[root].id));
    REQUIRE(tree.nodes[root].children.size() == 1);  // only this OPD's SS under it, not the other OPD's
    CHECK(d.sasaran.at(tree.nodes[tree.nodes[root].children[0]].id).unit == opd);
  }

  // Without the supported sasaran: the OPD alone, its SS as roots.
  view.branch_supported = false;
  CHECK(shown(select_view(d, index, view)) == expected);
}

TEST_CASE("pemda view: one RPJMD sasaran shows everything under it across OPD") {
  Document d = test::small_pemda();
  TreeIndex index(d);
  const Id pemda = pemda_unit(d);
  // The first RPJMD sasaran: S1.1, supported by the first SS of the first OPD (Sekretariat Daerah).
  Id target = kNoId;
  for (const auto& [id, s] : d.sasaran)
    if (s.unit == pemda && s.code == "S1.1") target = id;
  REQUIRE(target != kNoId);
  std::set<Id> expected;
  std::set<Id> opd;
  for (const auto& [id, s] : d.sasaran)
    if (reaches(d, id, target)) {
      expected.insert(id);
      if (id != target) opd.insert(opd_of_sasaran(d, id));
    }
  LayoutView view;
  view.branch = target;
  CHECK(shown(select_view(d, index, view)) == expected);
  // SS k of OPD n serves RPJMD sasaran 3n + k: with three OPD, only the first OPD's SS1 serves S1.1.
  CHECK(opd.size() == 1);
  CHECK(expected.size() > 2);
}

TEST_CASE("pemda view: the whole Pemda overview stops at the OPD Sasaran Strategis with +N stubs") {
  Document d = test::small_pemda();
  TreeIndex index(d);
  LayoutView view;
  view.max_levels = 3;  // tujuan, sasaran RPJMD, OPD SS
  ViewTree tree = select_view(d, index, view);
  std::set<Id> expected;
  for (const auto& [id, s] : d.sasaran)
    if (s.level == 0 || s.level == 1) expected.insert(id);
  CHECK(expected.size() == 5 + 25 + 9);
  CHECK(shown(tree) == expected);
  int stubs = 0, hidden = 0;
  for (const ViewNode& node : tree.nodes)
    if (node.kind == BoxKind::CollapsedStub) {
      ++stubs;
      hidden += node.hidden_count;
      CHECK(d.sasaran.at(node.id).level == 1);
    }
  CHECK(stubs == 9);
  CHECK(hidden == 3 * (23 - 3));  // every OPD sasaran below the SS
}
