// The scorer of expected trees (import_expected_tree.h) is itself tested: a Document built by hand against a
// small expected tree, right first, then with one fault at a time (wrong parent, missing target, wrong level,
// Rp glued to a target, an invented sasaran), each of which must be caught.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "import_expected_tree.h"

using namespace pokin;
using pokin::test::RowVerdict;
using pokin::test::score_expected_tree;
using pokin::test::TreeScore;

namespace {

// Dinas Kesehatan: Tujuan -> Sasaran (1 indikator) -> Program 1.02.01 (1 indikator, pagu 2023-2024).
struct SmallDocument {
  Document document;
  Id unit, tujuan, sasaran, program, indikator_sasaran, indikator_program;

  SmallDocument() {
    document.info.period_start = 2023;
    document.info.period_end = 2024;
    unit = add_unit("Dinas Kesehatan");
    tujuan = add_statement(StatementKind::Tujuan, 0, kNoId, "Meningkatnya derajat kesehatan masyarakat");
    sasaran = add_statement(StatementKind::Sasaran, 0, tujuan, "Meningkatnya  akses   kesehatan");  // spaces
    program = add_statement(StatementKind::Sasaran, 1, sasaran, "");
    Sasaran& p = document.sasaran[program];
    p.nomenclature = {NomenclatureKind::Program, "1.02.01", "Program Penunjang Urusan Pemerintahan Daerah"};
    p.pagu[2023] = {"1.231.790.000", 1231790000.0};
    p.pagu[2024] = {"1.556.600.000", 1556600000.0};
    indikator_sasaran = add_indikator(sasaran, "Angka Kematian Ibu", {{2023, "203,2"}, {2024, "162,5"}});
    document.indikator[indikator_sasaran].satuan = "/100.000 KH";
    indikator_program = add_indikator(program, "Persentase Administrasi Tepat Waktu", {{2023, "A (4)"}, {2024, "100"}});
  }

  Id add_unit(std::string name) {
    Unit u;
    u.id = document.allocate_id();
    u.kind = UnitKind::Head;
    u.name = std::move(name);
    document.units[u.id] = u;
    return u.id;
  }

  Id add_statement(StatementKind kind, int level, Id parent, std::string text) {
    Sasaran s;
    s.id = document.allocate_id();
    s.unit = unit;
    s.parent = parent;
    s.level = level;
    s.kind = kind;
    s.statement = std::move(text);
    document.sasaran[s.id] = s;
    return s.id;
  }

  Id add_indikator(Id owner, std::string name, std::map<int, std::string> targets) {
    Indikator i;
    i.id = document.allocate_id();
    i.sasaran = owner;
    i.name = std::move(name);
    for (auto& [year, text] : targets) i.target[year] = {text, std::nullopt};
    document.indikator[i.id] = i;
    return i.id;
  }
};

const char* const kExpected = R"(# the small document, as a planner would read it
unit: Dinas Kesehatan OR Dinkes
  tujuan L0: Meningkatnya derajat kesehatan masyarakat
    sasaran L0: 1.1. Meningkatnya akses kesehatan
      indikator: Angka Kematian Ibu | satuan: /100.000 KH | target: 2023=203,2; 2024=162,5
      program L1 kode=1.02.01: PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH
        indikator: Persentase Administrasi Tepat Waktu | target: Y1=A(4); Y2=?
        pagu: 2023=Rp 1,231,790,000; 2024=1.556.600.000
      ?kegiatan kode=1.02.01.2.02: *
)";

const RowVerdict& row_at(const TreeScore& score, int line) {
  for (const RowVerdict& row : score.rows)
    if (row.line == line) return row;
  FAIL("no row at line " << line);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("expected tree: the document that matches it scores 100%, every row right") {
  SmallDocument small;
  TreeScore score = score_expected_tree(kExpected, small.document);
  INFO(score.describe());
  CHECK(score.scored == 7);  // unit, tujuan, sasaran, 2 indikator, program, pagu (the ?kegiatan is not scored)
  CHECK(score.right == 7);
  CHECK(score.extras.empty());
  CHECK(score.percent() == doctest::Approx(100));
  CHECK(row_at(score, 8).check("pagu 2023") != nullptr);  // digits compared: "Rp 1,231,790,000" = "1.231.790.000"
}

TEST_CASE("expected tree: a wrong parent link is caught on the row whose parent is wrong") {
  SmallDocument small;
  small.document.sasaran[small.program].parent = small.tujuan;  // program hung under the tujuan
  TreeScore score = score_expected_tree(kExpected, small.document);
  const RowVerdict& program = row_at(score, 6);
  CHECK(program.found);
  CHECK_FALSE(program.right);
  REQUIRE(program.check("parent") != nullptr);
  CHECK_FALSE(program.check("parent")->ok);
  CHECK(score.right == 6);
}

TEST_CASE("expected tree: a missing target, an unexpected one and a wrong value are each caught") {
  SmallDocument small;
  Indikator& aki = small.document.indikator[small.indikator_sasaran];
  aki.target.erase(2024);
  TreeScore missing = score_expected_tree(kExpected, small.document);
  REQUIRE(row_at(missing, 5).check("target 2024") != nullptr);
  CHECK_FALSE(row_at(missing, 5).check("target 2024")->ok);
  CHECK_FALSE(row_at(missing, 5).right);

  aki.target[2024] = {"162,5 11,566,246,594", std::nullopt};  // Rp glued to the target
  CHECK_FALSE(row_at(score_expected_tree(kExpected, small.document), 5).right);

  aki.target[2024] = {"162,5", 162.5};
  aki.target[2025] = {"121,9", 121.9};  // a year the document does not hold
  TreeScore unexpected = score_expected_tree(kExpected, small.document);
  REQUIRE(row_at(unexpected, 5).check("target 2025") != nullptr);
  CHECK_FALSE(row_at(unexpected, 5).right);
}

TEST_CASE("expected tree: a wrong level, a Sasaran for a Tujuan and a wrong kode are caught") {
  SmallDocument small;
  small.document.sasaran[small.program].level = 0;
  small.document.sasaran[small.tujuan].kind = StatementKind::Sasaran;
  TreeScore score = score_expected_tree(kExpected, small.document);
  CHECK_FALSE(row_at(score, 6).check("level")->ok);
  CHECK_FALSE(row_at(score, 3).check("kind")->ok);
  CHECK(score.right == 5);

  SmallDocument other;
  other.document.sasaran[other.program].nomenclature.kode = "1.02.02";
  CHECK_FALSE(row_at(score_expected_tree(kExpected, other.document), 6).check("kode")->ok);
}

TEST_CASE("expected tree: an invented sasaran counts as an extra wrong row, a missing unit fails its row") {
  SmallDocument small;
  small.add_statement(StatementKind::Sasaran, 0, kNoId, "Kepala Dinas");
  small.document.units[small.unit].name = "Kepala Dinas";
  TreeScore score = score_expected_tree(kExpected, small.document);
  CHECK(score.extras.size() == 2);  // the invented sasaran and the unit no row names
  CHECK_FALSE(row_at(score, 2).found);
  CHECK(row_at(score, 4).check("unit") != nullptr);
  CHECK_FALSE(row_at(score, 4).check("unit")->ok);
  CHECK(score.percent() < 60);
}

TEST_CASE("expected tree: an AMBIGUOUS row is not scored but absorbs what it matches") {
  SmallDocument small;
  Id kegiatan = small.add_statement(StatementKind::Sasaran, 2, small.program, "");
  small.document.sasaran[kegiatan].nomenclature = {NomenclatureKind::Kegiatan, "1 02 01 2.02", ""};
  TreeScore score = score_expected_tree(kExpected, small.document);
  CHECK(score.extras.empty());
  CHECK_FALSE(row_at(score, 9).scored);
  CHECK(row_at(score, 9).found);
  CHECK(score.percent() == doctest::Approx(100));
}

TEST_CASE("expected tree: a malformed expected file is refused with its line number") {
  Document empty;
  CHECK_THROWS_WITH_AS(score_expected_tree("unit: A\n   sasaran: B\n", empty), doctest::Contains("line 2"),
                       std::runtime_error);
  CHECK_THROWS_WITH_AS(score_expected_tree("unit: A\n  indikator: X | target: 20x3=1\n", empty),
                       doctest::Contains("line 2"), std::runtime_error);
  CHECK_THROWS_AS(score_expected_tree("widget: A\n", empty), std::runtime_error);
}

TEST_CASE("expected tree: years the file does not print count from the earliest year of the whole document") {
  SmallDocument small;
  small.document.info.period_start = 0;  // the importer could not tell the period
  small.document.info.period_end = 0;
  // Y1 = 2023 (the earliest target anywhere), so the pagu's Y1 is 2023 too, not its own earliest year.
  const char* relative = R"(unit: Dinas Kesehatan
  tujuan: Meningkatnya derajat kesehatan masyarakat
    sasaran: Meningkatnya akses kesehatan
      indikator: Angka Kematian Ibu | target: Y1=203,2; Y2=162,5
      program: Program Penunjang Urusan Pemerintahan Daerah
        pagu: Y1=1.231.790.000; Y2=1.556.600.000
)";
  TreeScore right = score_expected_tree(relative, small.document);
  CHECK(right.right == 6);  // unit, tujuan, sasaran, indikator, program, pagu
  small.document.sasaran[small.program].pagu.erase(2023);  // the pagu now starts a year later than the targets
  TreeScore shifted = score_expected_tree(relative, small.document);
  CHECK_FALSE(row_at(shifted, 6).right);
  REQUIRE(row_at(shifted, 6).check("pagu 2023") != nullptr);
  CHECK_FALSE(row_at(shifted, 6).check("pagu 2023")->ok);
}
