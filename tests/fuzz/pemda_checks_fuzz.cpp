// The Pemda checks (core/checks/pemda_*.cpp), the grouping of findings by OPD and the penjenjangan table on
// untrusted Pemda documents: parts naming any unit (the RPJMD or not, existing or not), parents of units and
// sasaran pointing anywhere (cycles included), any level, links of any status between any two nodes, indicator
// names of any text. The checks never fail; the table is either refused with a UserError or well formed
// (tests/core/form_invariants.h); anything else aborts.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/checks/check_document.h"
#include "core/checks/finding_groups.h"
#include "core/forms/penjenjangan_form.h"
#include "core/text/bilingual.h"
#include "tests/core/form_invariants.h"
#include "tests/core/layout_test_documents.h"

namespace {

pokin::Document fuzzed_pemda(FuzzedDataProvider& input) {
  using pokin::Id;
  pokin::test::DocumentBuilder b;
  int units = input.ConsumeIntegralInRange(1, 10);
  for (int i = 0; i < units; ++i) {
    Id parent = i == 0 ? pokin::kNoId : input.ConsumeIntegralInRange<Id>(0, units + 1);
    b.unit(parent, static_cast<pokin::UnitKind>(input.ConsumeIntegralInRange(0, 3)), input.ConsumeRandomLengthString(30),
           input.ConsumeIntegralInRange(-2, 5));
  }
  int parts = input.ConsumeIntegralInRange(1, 4);
  for (int i = 0; i < parts; ++i) {
    Id unit = input.ConsumeIntegralInRange<Id>(0, units + 1);
    b.document.parts[unit] = {unit, "f.pokin", input.ConsumeRandomLengthString(30), "", "", input.ConsumeBool()};
  }
  int sasaran = input.ConsumeIntegralInRange(0, 14);
  Id first = b.document.last_id + 1;
  for (int i = 0; i < sasaran; ++i) {
    Id id = b.sasaran(input.ConsumeIntegralInRange<Id>(1, units), pokin::kNoId, input.ConsumeIntegralInRange(-1, 6),
                      input.ConsumeRandomLengthString(6), input.ConsumeRandomLengthString(40), i);
    pokin::Sasaran& s = b.document.sasaran[id];
    if (input.ConsumeBool()) s.parent = input.ConsumeIntegralInRange<Id>(first - 1, first + sasaran);
    if (input.ConsumeBool()) s.kind = pokin::StatementKind::Tujuan;
    if (input.ConsumeBool()) s.link_origin = pokin::LinkOrigin::Suggested;
    for (int k = input.ConsumeIntegralInRange(0, 2); k > 0; --k)
      b.indikator(id, "", input.ConsumeRandomLengthString(40));
  }
  for (int i = input.ConsumeIntegralInRange(0, 4); i > 0; --i)
    b.link(input.ConsumeIntegralInRange<Id>(0, b.document.last_id + 1),
           input.ConsumeIntegralInRange<Id>(0, b.document.last_id + 1),
           static_cast<pokin::LinkStatus>(input.ConsumeIntegralInRange(0, 2)));
  return b.document;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider input(data, size);
  pokin::Document document = fuzzed_pemda(input);
  pokin::CheckReport report = pokin::check_document(document);
  std::size_t grouped = 0;
  for (const pokin::OpdFindingGroups& opd : pokin::group_findings_by_opd(document, report.findings))
    grouped += opd.count;
  if (grouped != report.findings.size()) std::abort();  // every finding lands in exactly one group
  pokin::FormRequest request;
  request.levels = input.ConsumeIntegralInRange(0, 4);
  try {  // refused with a message for the planner, or a well-formed table
    if (!pokin::test::form_problem(pokin::penjenjangan_form(document, request)).empty()) std::abort();
  } catch (const pokin::UserError&) {
  }
  return 0;
}
