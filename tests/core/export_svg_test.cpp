#include <doctest/doctest.h>

#include <algorithm>
#include <regex>

#include "core/export/figure.h"
#include "core/export/svg_export.h"
#include "core/layout/layout_service.h"
#include "core/model/tree_index.h"
#include "core/synthetic/synthetic_document.h"
#include "layout_test_documents.h"
#include "office_safe_svg.h"
#include "xml_reader.h"

using namespace pokin;

namespace {

std::string without_spaces(std::string s) {
  s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }),
          s.end());
  return s;
}

std::string svg_for(const Document& document, const LayoutView& view) {
  Geometry geometry = compute_layout(document, view);
  return figure_to_svg(make_figure_text(document, geometry, view, "23 November 2026", true), geometry);
}

// All <text> content in document order, joined without whitespace (wrapping splits at spaces or inside words).
std::string all_text(const std::vector<test::XmlElement>& elements) {
  std::string joined;
  for (const auto& e : elements)
    if (e.name == "text") joined += e.text;
  return without_spaces(joined);
}

}  // namespace

TEST_CASE("SVG: well-formed, Office-safe, and holds every sasaran and indikator text of the view") {
  SyntheticOptions options;
  options.sasaran = 200;
  Document document = make_synthetic_document(options);
  document.info.penandatangan = {"Drs. Ahmad Fauzi", "19700512 199503 1 002", "Kepala Dinas"};
  LayoutView view;
  view.fields.target_year = 2024;
  std::string svg = svg_for(document, view);
  std::vector<test::XmlElement> elements;
  REQUIRE_NOTHROW(elements = test::read_xml(svg));

  const auto& root = elements.front();
  CHECK(root.name == "svg");
  CHECK(root.attributes.at("xmlns") == "http://www.w3.org/2000/svg");
  CHECK(root.attributes.at("xmlns:xlink") == "http://www.w3.org/1999/xlink");
  CHECK(std::regex_match(root.attributes.at("width"), std::regex(R"(\d+(\.\d+)?pt)")));
  CHECK(std::regex_match(root.attributes.at("height"), std::regex(R"(\d+(\.\d+)?pt)")));
  CHECK(root.attributes.count("viewBox") == 1);

  test::check_office_safe(svg, elements);

  std::string text = all_text(elements);
  TreeIndex index(document);
  for (const auto& [id, sasaran] : document.sasaran) {
    CHECK(text.find(without_spaces(sasaran.statement)) != std::string::npos);
    for (Id ik : index.sasaran_indikator(id))
      CHECK(text.find(without_spaces(document.indikator.at(ik).name)) != std::string::npos);
  }
  // Title block: instansi, period, date, legend, signature.
  CHECK(text.find(without_spaces(document.info.instansi)) != std::string::npos);
  CHECK(text.find("2021–2026") != std::string::npos);
  CHECK(text.find("23November2026") != std::string::npos);
  CHECK(text.find("SasaranStrategis") != std::string::npos);
  CHECK(text.find("Crosscutting") != std::string::npos);
  CHECK(text.find("19700512199503") != std::string::npos);
}

TEST_CASE("SVG: hostile text in every field comes out literally and never breaks the file") {
  const std::vector<std::string> hostile{
      "a < b && c > d",
      "\"quoted\" and 'single'",
      "end of CDATA ]]> here",
      "<TABLE><TR><TD>graphviz</TD></TR></TABLE>",
      "Kinerja 📈 naik 👍🏽",
      "Combining: e\xCC\x81 n\xCC\x83 a\xCC\x8A",
      "back\\slash \\l \\N",
  };
  test::DocumentBuilder b;
  b.document.info.instansi = hostile[0];
  b.document.info.pemda = hostile[3];
  Id head = b.unit(kNoId, UnitKind::Head, hostile[1]);
  std::string huge;
  while (huge.size() < 5000) huge += "Meningkatnya <kualitas> & \"layanan\" ";
  Id ss = b.sasaran(head, kNoId, 0, hostile[2], huge);
  Id child_unit = b.unit(head, UnitKind::Division, hostile[4]);
  std::vector<Id> sasaran;
  for (std::size_t i = 0; i < hostile.size(); ++i) {
    Id s = b.sasaran(child_unit, ss, 1, hostile[(i + 1) % hostile.size()], hostile[i], static_cast<int>(i));
    b.indikator(s, hostile[(i + 2) % hostile.size()], hostile[(i + 3) % hostile.size()], hostile[(i + 4) % hostile.size()],
                hostile[(i + 5) % hostile.size()]);
    sasaran.push_back(s);
  }
  b.link(sasaran[0], sasaran[1]);
  b.link(sasaran[2], kNoId, LinkStatus::Diterima, hostile[3]);
  b.sasaran(child_unit, ss, 1, "bad", std::string("invalid \xFF\xFE bytes and \x01 control"), 99);
  LayoutView view;
  view.fields.target_year = 2024;
  view.decorations[ss] = {0x38A169, hostile[3], hostile[0]};
  for (LayoutStyle style : {LayoutStyle::TopDown, LayoutStyle::Compact}) {
    view.style = style;
    std::string svg = svg_for(b.document, view);
    std::vector<test::XmlElement> elements;
    REQUIRE_NOTHROW(elements = test::read_xml(svg));
    std::string text = all_text(elements);
    for (const auto& h : hostile) CHECK(text.find(without_spaces(h)) != std::string::npos);
    CHECK(text.find(without_spaces(huge)) != std::string::npos);
    CHECK(text.find("invalid\xEF\xBF\xBD\xEF\xBF\xBD" "bytes") != std::string::npos);
  }
}

TEST_CASE("SVG: an empty document still gives a well-formed figure with its title block") {
  Document document;
  document.info.instansi = "Dinas Kosong";
  std::vector<test::XmlElement> elements;
  REQUIRE_NOTHROW(elements = test::read_xml(svg_for(document, LayoutView{})));
  CHECK(all_text(elements).find("DinasKosong") != std::string::npos);
}
