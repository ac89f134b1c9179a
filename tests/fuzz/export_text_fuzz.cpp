// The writers' side of untrusted text: names, statements, codes and targets that came from an imported file or a
// .pokin written by another tool reach the SVG figure and the CSV/XLSX tables. Whatever the text (invalid UTF-8,
// control characters, markup, quotes, separators, very long words), the layout must not crash, the SVG must be
// well-formed XML (checked with expat, independently of the SVG writer) and the CSV valid UTF-8.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/export/form_csv.h"
#include "core/forms/matrix_form.h"
#include "core/export/figure.h"
#include "core/export/svg_export.h"
#include "core/layout/layout_service.h"
#include "core/spreadsheet/xml_parser.h"
#include "core/text/bilingual.h"
#include "core/text/utf8.h"
#include "tests/core/layout_test_documents.h"

namespace {

class IgnoreEvents : public pokin::spreadsheet::XmlHandler {
 public:
  void open(std::string_view, const pokin::spreadsheet::XmlAttributes&) override {}
  void close(std::string_view) override {}
  void text(std::string_view) override {}
};

pokin::Document fuzzed_document(FuzzedDataProvider& input) {
  using pokin::UnitKind;
  pokin::test::DocumentBuilder b;
  b.document.info.instansi = input.ConsumeRandomLengthString(200);
  pokin::Id head = b.unit(pokin::kNoId, UnitKind::Head, input.ConsumeRandomLengthString(200));
  pokin::Id parent = pokin::kNoId;
  int nodes = input.ConsumeIntegralInRange(1, 6);
  for (int i = 0; i < nodes; ++i) {
    pokin::Id unit = i == 0 ? head : b.unit(head, UnitKind::Division, input.ConsumeRandomLengthString(120), i);
    pokin::Id sasaran = b.sasaran(unit, parent, i == 0 ? 0 : 1, input.ConsumeRandomLengthString(20),
                                  input.ConsumeRandomLengthString(400), i);
    b.indikator(sasaran, input.ConsumeRandomLengthString(20), input.ConsumeRandomLengthString(300),
                input.ConsumeRandomLengthString(20), input.ConsumeRandomLengthString(30));
    if (i == 0) parent = sasaran;
  }
  return b.document;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static pokin::LayoutService layout;
  FuzzedDataProvider input(data, size);
  pokin::Document document = fuzzed_document(input);
  pokin::LayoutView view;
  pokin::Geometry geometry;
  try {
    geometry = layout.layout_now(document, view);
  } catch (const pokin::UserError&) {
    return 0;  // a layout the engine refuses is a message for the planner, not a crash
  }
  std::string svg = pokin::figure_to_svg(pokin::make_figure_text(document, geometry, view, "1 Desember 2026", true),
                                         geometry);
  IgnoreEvents events;
  try {
    pokin::spreadsheet::parse_xml("figure.svg", svg, events);
  } catch (const pokin::UserError&) {
    std::abort();  // the SVG writer produced XML that does not parse
  }
  std::string csv;
  try {
    csv = pokin::forms_to_csv({pokin::matrix_form(document, pokin::FormRequest{})}, pokin::CsvStyle{});
  } catch (const pokin::UserError&) {
    // a document the matrix refuses (a branch that is not there) is a message, not a crash
  }
  if (!pokin::is_valid_utf8(csv) || !pokin::is_valid_utf8(svg)) std::abort();
  return 0;
}
