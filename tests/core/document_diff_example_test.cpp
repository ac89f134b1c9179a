// diff_documents by content on the bundled example (the 2023 amendment of Balangan's DPMPTSP Renstra) against a
// copy whose every id was renumbered, as a second import of the same decree would number it, with a few changes.
#include <doctest/doctest.h>

#include "core/compare/document_diff.h"
#include "core/store/document_file.h"

using namespace pokin;

namespace {

Document example() {
  Document document;
  store::DocumentFile::open(std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin", document, store::OpenMode::ReadOnly);
  return document;
}

// Every id n becomes 1000 - n: no id of the copy names the node it named before, and map order is reversed.
Id renumber(Id id) { return id == kNoId ? kNoId : 1000 - id; }

Document renumbered(const Document& document) {
  Document copy;
  copy.info = document.info;
  for (auto [id, unit] : document.units) {
    unit.id = renumber(id), unit.parent = renumber(unit.parent);
    copy.units[unit.id] = unit;
  }
  for (auto [id, sasaran] : document.sasaran) {
    sasaran.id = renumber(id), sasaran.parent = renumber(sasaran.parent), sasaran.unit = renumber(sasaran.unit);
    copy.sasaran[sasaran.id] = sasaran;
  }
  for (auto [id, indikator] : document.indikator) {
    indikator.id = renumber(id), indikator.sasaran = renumber(indikator.sasaran);
    copy.indikator[indikator.id] = indikator;
  }
  for (auto [id, link] : document.links) {
    link.id = renumber(id), link.from = renumber(link.from), link.to = renumber(link.to);
    copy.links[link.id] = link;
  }
  return copy;
}

}  // namespace

TEST_CASE("diff example: a renumbered copy of the example matches every node by content") {
  Document before = example();
  REQUIRE(before.sasaran.size() == 48);
  REQUIRE(before.units.size() == 23);
  Document after = renumbered(before);
  DocumentDiff diff = diff_documents(before, after);
  CHECK_FALSE(diff.same_lineage);
  CHECK(diff.empty());
  CHECK(diff.matches.size() == before.units.size() + before.sasaran.size() + before.indikator.size() + before.links.size());
  for (const NodeMatch& match : diff.matches) CHECK(match.new_node == renumber(match.old_node));
}

TEST_CASE("diff example: a reworded statement, a moved sasaran and changed targets, found by content") {
  Document before = example();
  // The sasaran the test changes, as the example holds them (ids of the bundled file).
  REQUIRE(before.sasaran.at(31).statement == "Meningkatnya Ketersediaan Tenaga Kerja dari Realisasi Investasi");
  REQUIRE(before.sasaran.at(57).statement == "Tersedianya Kebijakan Daftar Prioritas Investasi Kabupaten");
  REQUIRE(before.sasaran.at(57).parent == 39);
  Id measure = kNoId;
  for (const auto& [id, indikator] : before.indikator)
    if (indikator.sasaran == 24 && measure == kNoId) measure = id;
  REQUIRE(measure != kNoId);
  REQUIRE_FALSE(before.indikator.at(measure).target.at(2025).text.empty());
  REQUIRE(before.indikator.at(measure).target.at(2024).text != "999");

  Document after = renumbered(before);
  after.sasaran.at(renumber(31)).statement = "Meningkatnya Ketersediaan Tenaga Kerja Lokal dari Realisasi Investasi Daerah";
  after.sasaran.at(renumber(57)).parent = renumber(40);
  after.indikator.at(renumber(measure)).target[2024] = {"999", 999.0};
  after.indikator.at(renumber(measure)).target.erase(2025);

  DocumentDiff diff = diff_documents(before, after);
  CHECK_FALSE(diff.same_lineage);
  REQUIRE(diff.changes.size() == 4);
  // The new tree's order: the sasaran under 24 (the first top sasaran) come before those under 25, then 26.
  CHECK(diff.changes[0].kind == ChangeKind::TargetChanged);
  CHECK(diff.changes[0].year == 2024);
  CHECK(diff.changes[0].new_text == "999");
  CHECK(diff.changes[1].kind == ChangeKind::TargetChanged);
  CHECK(diff.changes[1].year == 2025);
  CHECK(diff.changes[1].new_text == "");
  const Change* moved = nullptr;
  const Change* reworded = nullptr;
  for (const Change& change : diff.changes) {
    if (change.kind == ChangeKind::Moved) moved = &change;
    if (change.kind == ChangeKind::Reworded) reworded = &change;
  }
  REQUIRE(moved);
  CHECK(moved->old_node == 57);
  CHECK(moved->new_node == renumber(57));
  CHECK(moved->old_parent == 39);
  CHECK(moved->new_parent == renumber(40));
  CHECK(moved->old_text == "Meningkatnya Iklim Investasi di Daerah");
  CHECK(moved->new_text == "Meningkatnya Rencana/Minat Investasi");
  REQUIRE(reworded);
  CHECK(reworded->old_node == 31);
  CHECK(reworded->new_node == renumber(31));
  CHECK(reworded->old_text == "Meningkatnya Ketersediaan Tenaga Kerja dari Realisasi Investasi");
  // The reworded sasaran is the one match a reviewer must confirm.
  int doubtful = 0;
  for (const NodeMatch& match : diff.matches)
    if (match.score < 1) {
      ++doubtful;
      CHECK(match.old_node == 31);
      CHECK(match.basis == MatchBasis::Text);
    }
  CHECK(doubtful == 1);
}
