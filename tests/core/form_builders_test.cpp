// The matrix and IKU builders on many documents and requests: every form they make is well formed
// (form_invariants.h), and what they refuse is refused with a UserError. Synthetic documents (core/synthetic) of
// several seeds, every unit of each, every year, every depth.
#include <doctest/doctest.h>

#include <set>

#include "core/forms/build_forms.h"
#include "core/synthetic/synthetic_document.h"
#include "core/text/bilingual.h"
#include "form_invariants.h"
#include "form_test_documents.h"

namespace pokin {
namespace {

// Builds the form; a refusal must be a UserError (anything else escapes and fails the test).
int check_forms(const Document& document, const FormRequest& request) {
  try {
    for (const Form& form : build_forms(document, request)) {
      std::string problem = test::form_problem(form);
      CAPTURE(request.unit);
      CAPTURE(request.year);
      CAPTURE(request.levels);
      CHECK_MESSAGE(problem.empty(), problem);
    }
    return 1;
  } catch (const UserError&) {
    return 0;
  }
}

TEST_CASE("Form builders: matrix and IKU are well formed for every unit, year and depth") {
  for (std::uint32_t seed : {1u, 2u, 3u}) {
    SyntheticOptions options;
    options.sasaran = 60;
    options.seed = seed;
    Document document = make_synthetic_document(options);
    std::set<Id> owners;  // units that own a sasaran (synthetic documents hold no Tujuan)
    for (const auto& [id, sasaran] : document.sasaran) owners.insert(sasaran.unit);
    for (FormKind kind : {FormKind::Matrix, FormKind::Iku}) {
      FormRequest request;
      request.kind = kind;
      request.targets = true;
      for (int year : {0, options.period_start, options.period_end}) {
        request.year = year;
        for (int levels : {0, 1, 2}) {
          request.levels = levels;
          request.unit.clear();
          CHECK(check_forms(document, request) == 1);  // the whole document always has both
          for (const auto& [id, unit] : document.units) {
            request.unit = std::to_string(id);
            int built = check_forms(document, request);
            // Every unit that owns a sasaran has its IKU and its part of the matrix at full depth.
            if (levels == 0 && owners.count(id)) CHECK(built == 1);
          }
        }
      }
    }
  }
}

TEST_CASE("Form builders: the hand-built document with every filter") {
  test::FormTestDocument doc;
  for (FormKind kind : {FormKind::Matrix, FormKind::Iku})
    for (Id branch : {kNoId, test::FormTestDocument::kTujuan, test::FormTestDocument::kSs1,
                      test::FormTestDocument::kSk1, test::FormTestDocument::kBidang})
      for (int levels : {0, 1, 2, 3}) {
        FormRequest request;
        request.kind = kind;
        request.branch = branch;
        request.levels = levels;
        request.targets = levels % 2 == 0;
        check_forms(doc.document, request);
      }
}

}  // namespace
}  // namespace pokin
