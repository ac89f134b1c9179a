// libFuzzer target: a small document of fuzzer-chosen shape and values (units and sasaran pointing anywhere,
// loops included, levels and kinds of any value, targets, realisasi and pagu from planners' words, edge numbers
// and raw bytes, years in and around the period) and a fuzzer-chosen request, built into the LKjIP pengukuran
// kinerja form and written as CSV in a fuzzer-chosen style. Every failure must be a UserError; what is written
// must be a rectangular CSV: each line of the table as many fields as the header line.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "core/export/form_csv.h"
#include "core/forms/lkjip_form.h"
#include "core/text/bilingual.h"

using namespace pokin;

namespace {

std::string value_text(FuzzedDataProvider& input) {
  static constexpr const char* kWords[] = {"80", "1.000", "83,37", "≥ 80%", "WTP", "WDP", "0", "-5", "60-80", "≤ 5",
                                           "n/a", "", "Rp 1.500.000", "1e308", "-0", "5.200 izin", "1:32", "100%"};
  if (input.ConsumeBool()) return input.PickValueInArray(kWords);
  return input.ConsumeRandomLengthString(24);
}

Value value(FuzzedDataProvider& input) {
  Value v{value_text(input), std::nullopt};
  if (input.ConsumeBool()) v.number = input.ConsumeFloatingPoint<double>();
  return v;
}

Id any_id(FuzzedDataProvider& input, Id last) { return input.ConsumeIntegralInRange<Id>(0, last + 2); }

Document fuzzed_document(FuzzedDataProvider& input) {
  Document d;
  d.info.instansi = input.ConsumeRandomLengthString(20);
  d.info.pemda = input.ConsumeRandomLengthString(12);
  d.info.period_start = input.ConsumeIntegralInRange(2018, 2024);
  d.info.period_end = d.info.period_start + input.ConsumeIntegralInRange(-1, 6);
  if (input.ConsumeBool()) d.info.text_scales = {{"WTP", "WDP", "TW", "TMP"}};
  d.info.penandatangan.nama = input.ConsumeRandomLengthString(10);
  int units = input.ConsumeIntegralInRange(1, 5), sasaran = input.ConsumeIntegralInRange(0, 10);
  for (int k = 0; k < units; ++k) {
    Unit u;
    u.id = d.allocate_id();
    u.parent = k == 0 ? kNoId : any_id(input, d.last_id);
    u.kind = static_cast<UnitKind>(input.ConsumeIntegralInRange(0, 3));
    u.name = input.ConsumeRandomLengthString(12);
    u.jabatan = input.ConsumeRandomLengthString(12);
    d.units[u.id] = u;
  }
  Id first_sasaran = d.last_id + 1;
  for (int k = 0; k < sasaran; ++k) {
    Sasaran s;
    s.id = d.allocate_id();
    s.unit = input.ConsumeIntegralInRange<Id>(1, units);
    s.parent = input.ConsumeBool() ? kNoId : input.ConsumeIntegralInRange<Id>(first_sasaran - 1, d.last_id + 1);
    s.level = input.ConsumeIntegralInRange(-1, 5);
    s.kind = input.ConsumeIntegralInRange(0, 5) == 0 ? StatementKind::Tujuan : StatementKind::Sasaran;
    s.statement = input.ConsumeRandomLengthString(20);
    s.order = input.ConsumeIntegralInRange(-2, 2);
    for (int n = input.ConsumeIntegralInRange(0, 2); n > 0; --n) {
      int year = d.info.period_start + input.ConsumeIntegralInRange(-1, 7);
      (input.ConsumeBool() ? s.pagu : s.realisasi_pagu)[year] = value(input);
    }
    d.sasaran[s.id] = s;
  }
  for (int k = input.ConsumeIntegralInRange(0, 12); k > 0 && sasaran > 0; --k) {
    Indikator i;
    i.id = d.allocate_id();
    i.sasaran = input.ConsumeIntegralInRange<Id>(first_sasaran, first_sasaran + sasaran);  // one past: an orphan
    i.name = input.ConsumeRandomLengthString(16);
    i.polarity = static_cast<Polarity>(input.ConsumeIntegralInRange(0, 2));
    i.order = input.ConsumeIntegralInRange(-2, 2);
    for (int n = input.ConsumeIntegralInRange(0, 4); n > 0; --n) {
      int year = d.info.period_start + input.ConsumeIntegralInRange(-1, 7);
      (input.ConsumeBool() ? i.target : i.realisasi)[year] = value(input);
    }
    d.indikator[i.id] = i;
  }
  return d;
}

// Fields per line, reading quotes as RFC 4180 does.
std::vector<std::size_t> fields_per_line(const std::string& csv, char separator) {
  std::vector<std::size_t> counts;
  std::size_t fields = 1;
  bool quoted = false;
  for (std::size_t i = 3; i < csv.size(); ++i) {
    char c = csv[i];
    if (c == '"') quoted = !quoted;
    else if (!quoted && c == separator) ++fields;
    else if (!quoted && c == '\n') {
      counts.push_back(fields);
      fields = 1;
    }
  }
  if (quoted) std::abort();
  return counts;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider input(data, size);
  Document document = fuzzed_document(input);
  FormRequest request;
  request.kind = FormKind::Lkjip;
  request.year = input.ConsumeBool() ? 0 : document.info.period_start + input.ConsumeIntegralInRange(-1, 7);
  request.levels = input.ConsumeIntegralInRange(0, 4);
  if (input.ConsumeBool()) request.branch = input.ConsumeIntegralInRange<Id>(0, document.last_id + 1);
  if (input.ConsumeBool()) request.unit = input.ConsumeBool() ? "1" : input.ConsumeRandomLengthString(6);
  request.date = "1 Januari 2025";
  static constexpr CsvSeparator kSeparators[] = {CsvSeparator::Semicolon, CsvSeparator::Comma, CsvSeparator::Tab};
  CsvStyle style{input.PickValueInArray(kSeparators), input.ConsumeBool() ? ',' : '.'};
  try {
    Form form = lkjip_form(document, request);
    std::string csv = forms_to_csv({form}, style);
    std::vector<std::size_t> counts = fields_per_line(csv, static_cast<char>(style.separator));
    const auto& table = std::get<FormTable>(form.blocks.at(1));
    if (counts.size() != table.rows.size() + 1) std::abort();
    for (std::size_t count : counts)
      if (count != counts.front()) std::abort();
  } catch (const UserError&) {
  }
  return 0;
}
