// The form builders (core/forms: matrix, IKU) on untrusted documents and requests: targets, realisasi and pagu of
// any text (value_cell decides what is a number), unit selectors of any text, any year, depth and branch. A form
// is either refused with a UserError or well formed (tests/core/form_invariants.h); anything else aborts.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/forms/build_forms.h"
#include "core/model/indonesian_number.h"
#include "core/text/bilingual.h"
#include "tests/core/form_invariants.h"
#include "tests/core/layout_test_documents.h"

namespace {

pokin::Document fuzzed_document(FuzzedDataProvider& input) {
  using pokin::UnitKind;
  pokin::test::DocumentBuilder b;
  b.document.info.period_start = 2021;
  b.document.info.period_end = 2021 + input.ConsumeIntegralInRange(0, 6);
  b.document.info.instansi = input.ConsumeRandomLengthString(80);
  pokin::Id head = b.unit(pokin::kNoId, UnitKind::Head, input.ConsumeRandomLengthString(60));
  std::vector<pokin::Id> sasaran;
  int nodes = input.ConsumeIntegralInRange(1, 8);
  for (int i = 0; i < nodes; ++i) {
    pokin::Id unit = i == 0 ? head : b.unit(head, UnitKind::Division, input.ConsumeRandomLengthString(40), i);
    pokin::Id parent = sasaran.empty() ? pokin::kNoId : sasaran[input.ConsumeIntegralInRange<std::size_t>(0, sasaran.size() - 1)];
    pokin::Id id = b.sasaran(unit, parent, input.ConsumeIntegralInRange(0, 4), input.ConsumeRandomLengthString(8),
                             input.ConsumeRandomLengthString(80), i);
    sasaran.push_back(id);
    if (input.ConsumeBool()) b.document.sasaran[id].kind = pokin::StatementKind::Tujuan;
    if (input.ConsumeBool()) b.document.sasaran[id].pagu[2021] = pokin::make_value(input.ConsumeRandomLengthString(20));
    int indikator = input.ConsumeIntegralInRange(0, 3);
    for (int k = 0; k < indikator; ++k) {
      pokin::Id ik = b.indikator(id, input.ConsumeRandomLengthString(8), input.ConsumeRandomLengthString(60));
      pokin::Indikator& i = b.document.indikator[ik];
      for (int year = 2021; year <= b.document.info.period_end; ++year) {
        i.target[year] = pokin::make_value(input.ConsumeRandomLengthString(16));
        if (input.ConsumeBool()) i.realisasi[year] = pokin::make_value(input.ConsumeRandomLengthString(16));
      }
      i.polarity = static_cast<pokin::Polarity>(input.ConsumeIntegralInRange(0, 2));
    }
  }
  return b.document;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider input(data, size);
  pokin::Document document = fuzzed_document(input);
  pokin::FormRequest request;
  request.kind = input.ConsumeBool() ? pokin::FormKind::Matrix : pokin::FormKind::Iku;
  if (input.ConsumeBool()) request.unit = input.ConsumeRandomLengthString(20);
  request.year = input.ConsumeBool() ? 0 : input.ConsumeIntegralInRange(2019, 2029);
  request.levels = input.ConsumeIntegralInRange(0, 5);
  request.branch = input.ConsumeBool() ? pokin::kNoId : input.ConsumeIntegralInRange<pokin::Id>(0, 40);
  request.targets = input.ConsumeBool();
  try {
    for (const pokin::Form& form : pokin::build_forms(document, request))
      if (!pokin::test::form_problem(form).empty()) std::abort();
  } catch (const pokin::UserError&) {
    return 0;  // refused with a message for the planner
  }
  return 0;
}
