// What a FormRequest narrows a form to (core/forms/form_scope.h): the unit, the sasaran in tree order after the
// level and branch filters, the years; and every refusal a planner can meet. Expected ids from
// form_test_documents.h, worked out by hand.
#include <doctest/doctest.h>

#include "core/forms/form_scope.h"
#include "core/model/tree_index.h"
#include "form_test_documents.h"
#include "refusal_message.h"

namespace pokin {
namespace {

using D = test::FormTestDocument;

TEST_CASE("Form scope: the whole document in tree order, every year") {
  D doc;
  FormScope scope = form_scope(doc.document, {}, UnitReach::Own);
  CHECK(scope.unit == kNoId);
  // T1 above SS1 and SS2 (by order); SP1 under SS1, SK1 under SP1.
  CHECK(scope.sasaran == std::vector<Id>{D::kTujuan, D::kSs1, D::kSp1, D::kSk1, D::kSs2});
  CHECK(scope.years == std::vector<int>{2024, 2025, 2026});
}

TEST_CASE("Form scope: year, levels and branch") {
  D doc;
  FormRequest request;
  request.year = 2025;
  CHECK(form_scope(doc.document, request, UnitReach::Own).years == std::vector<int>{2025});
  request = {};
  request.levels = 1;
  CHECK(form_scope(doc.document, request, UnitReach::Own).sasaran == std::vector<Id>{D::kTujuan, D::kSs1, D::kSs2});
  request.levels = 2;
  CHECK(form_scope(doc.document, request, UnitReach::Own).sasaran ==
        std::vector<Id>{D::kTujuan, D::kSs1, D::kSp1, D::kSs2});
  request = {};
  request.branch = D::kSp1;
  CHECK(form_scope(doc.document, request, UnitReach::Own).sasaran == std::vector<Id>{D::kSp1, D::kSk1});
  request.branch = D::kBidang;  // a unit as the branch: its sasaran and those of the units under it
  CHECK(form_scope(doc.document, request, UnitReach::Own).sasaran == std::vector<Id>{D::kSp1, D::kSk1});
}

TEST_CASE("Form scope: a unit's own sasaran, or with the units under it") {
  D doc;
  FormRequest request;
  request.unit = "Bidang Pelayanan Perizinan";
  FormScope own = form_scope(doc.document, request, UnitReach::Own);
  CHECK(own.unit == D::kBidang);
  CHECK(own.sasaran == std::vector<Id>{D::kSp1});
  CHECK(form_scope(doc.document, request, UnitReach::WithUnitsBelow).sasaran == std::vector<Id>{D::kSp1, D::kSk1});
  request.unit = "kepala dinas";
  CHECK(form_scope(doc.document, request, UnitReach::Own).sasaran ==
        std::vector<Id>{D::kTujuan, D::kSs1, D::kSs2});
  CHECK(form_scope(doc.document, request, UnitReach::WithUnitsBelow).sasaran.size() == 5);
  // Filters combine with the unit.
  request.levels = 2;
  CHECK(form_scope(doc.document, request, UnitReach::WithUnitsBelow).sasaran ==
        std::vector<Id>{D::kTujuan, D::kSs1, D::kSp1, D::kSs2});
}

TEST_CASE("Form scope: refusals name the unit and what to do") {
  D doc;
  FormRequest request;
  request.unit = "Dinas Pendidikan";
  CHECK(test::says(test::refusal_of([&] { form_scope(doc.document, request, UnitReach::Own); }),
                   "No unit is called \"Dinas Pendidikan\"", "Tidak ada unit kerja bernama \"Dinas Pendidikan\""));
  request.unit = "77";
  CHECK(test::says(test::refusal_of([&] { form_scope(doc.document, request, UnitReach::Own); }),
                   "no unit with id 77", "id 77 tidak ada"));
  // A unit that owns nothing, alone or with the units under it.
  request.unit = "Sekretariat";
  CHECK(test::says(test::refusal_of([&] { form_scope(doc.document, request, UnitReach::Own); }),
                   "Sekretariat (3) has no sasaran yet", "Sekretariat (3) belum memiliki sasaran"));
  CHECK(test::says(test::refusal_of([&] { form_scope(doc.document, request, UnitReach::WithUnitsBelow); }),
                   "Sekretariat (3) and the units under it have no sasaran",
                   "Sekretariat (3) dan unit di bawahnya belum memiliki sasaran"));
  // The Seksi owns SK1, but not on the branch of SS2.
  request.unit = "Seksi Verifikasi";
  request.branch = D::kSs2;
  CHECK(test::says(test::refusal_of([&] { form_scope(doc.document, request, UnitReach::Own); }),
                   "None of the sasaran of Seksi Verifikasi (4) lie in branch 12",
                   "tidak ada di cabang 12"));
  // The Bidang's sasaran are on level 2, below what levels = 1 keeps.
  request = {};
  request.unit = "Bidang Pelayanan Perizinan";
  request.levels = 1;
  CHECK(test::says(test::refusal_of([&] { form_scope(doc.document, request, UnitReach::Own); }),
                   "within the first 1 levels", "sampai level 1"));
  // A branch that names nothing.
  request = {};
  request.branch = 404;
  CHECK(test::says(test::refusal_of([&] { form_scope(doc.document, request, UnitReach::Own); }), "404", "404"));
}

TEST_CASE("Form scope: without a unit, an empty result is no error") {
  Document empty;
  empty.info.period_start = 2025;
  empty.info.period_end = 2029;
  FormScope scope = form_scope(empty, {}, UnitReach::WithUnitsBelow);
  CHECK(scope.sasaran.empty());
  CHECK(scope.years.size() == 5);
}

TEST_CASE("Form years: the period, one year, or none outside it") {
  DocumentInfo info;
  info.period_start = 2021;
  info.period_end = 2026;
  CHECK(form_years(info) == std::vector<int>{2021, 2022, 2023, 2024, 2025, 2026});
  CHECK(form_years(info, 2023) == std::vector<int>{2023});
  CHECK(form_years(info, 2030).empty());
  info.period_end = 2040;  // longer than any Renstra: cut at kMaxPeriodYears
  CHECK(form_years(info).size() == static_cast<std::size_t>(kMaxPeriodYears));
  CHECK(form_years(DocumentInfo{}).empty());
}

TEST_CASE("Sasaran in tree order: the order the matrix export and every form list") {
  D doc;
  TreeIndex index(doc.document);
  CHECK(sasaran_in_tree_order(doc.document, index) == std::vector<Id>{D::kTujuan, D::kSs1, D::kSp1, D::kSk1, D::kSs2});
  // Sibling order follows `order`, not ids.
  doc.document.sasaran[D::kSs1].order = 5;
  TreeIndex reordered(doc.document);
  CHECK(sasaran_in_tree_order(doc.document, reordered) ==
        std::vector<Id>{D::kTujuan, D::kSs2, D::kSs1, D::kSp1, D::kSk1});
}

}  // namespace
}  // namespace pokin
