#include <doctest/doctest.h>

#include <cgraph.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "tests/scratch_path.h"
#include "core/export/dot_export.h"
#include "core/export/export_document.h"
#include "core/layout/layout_service.h"
#include "layout_test_documents.h"
#include "test_files.h"
#include "xlsx_cells.h"
#include "xml_reader.h"

using namespace pokin;
using pokin::test::read_file;
using pokin::test::read_sheet;
using pokin::test::unzip;

namespace {

const std::string kHostile = "<TABLE> & \"kutip\", ]]> 📈 e\xCC\x81\nbaris";

Document hostile_document() {
  test::DocumentBuilder b;
  Id head = b.unit(kNoId, UnitKind::Head, "Kepala, \"Dinas\"");
  Id ss = b.sasaran(head, kNoId, 0, "SS1", "Meningkatnya investasi " + kHostile);
  b.indikator(ss, "IKU1", "Nilai investasi", "Rp", "5.200", 0);
  b.indikator(ss, "IKU2", "Indeks " + kHostile, "%", "≥ 80%", 1);
  Id bidang = b.unit(head, UnitKind::Division, "Bidang Pelayanan");
  Id sp = b.sasaran(bidang, ss, 1, "SP1", "Meningkatnya pelayanan");
  b.indikator(sp, "IK1", "Persentase izin tepat waktu", "%", "90");
  return std::move(b.document);
}

// A small RFC 4180 reader, independent of the writer.
std::vector<std::vector<std::string>> read_csv(const std::string& csv) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  std::size_t i = csv.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  for (; i < csv.size(); ++i) {
    char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') field += csv[++i];
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ';') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

}  // namespace

TEST_CASE("CSV: the cascading matrix reads back cell for cell, hostile text included") {
  Document document = hostile_document();
  ExportRequest request;
  request.format = ExportFormat::Csv;
  request.output = test::scratch_path("pokin_test_matrix.csv");
  export_document(document, request);
  auto rows = read_csv(read_file(request.output));
  REQUIRE(rows.size() == 4);  // header + SS1's two indicators + SP1's one
  CHECK(rows[0][0] == "Unit Kerja");
  CHECK(rows[0][3] == "Sasaran");
  CHECK(rows[0][6] == "Indikator");
  CHECK(rows[0][11].rfind("Target", 0) == 0);
  for (const auto& row : rows) CHECK(row.size() == rows[0].size());
  CHECK(rows[1][0] == "Kepala, \"Dinas\"");
  CHECK(rows[1][3] == "Meningkatnya investasi " + kHostile);
  CHECK(rows[2][3] == rows[1][3]);  // a merged sasaran repeats in CSV
  CHECK(rows[2][6] == "Indeks " + kHostile);
  CHECK(rows[2][14] == "≥ 80%");  // target 2024: text, as written
  CHECK(rows[1][14] == "5200");   // a number: no thousands dot a spreadsheet could misread
  CHECK(rows[3][4] == "SS1 Meningkatnya investasi " + kHostile);  // parent sasaran
  std::filesystem::remove(request.output);
}

TEST_CASE("XLSX: both sheets read back with the same cells, merged sasaran, frozen header") {
  Document document = hostile_document();
  ExportRequest request;
  request.format = ExportFormat::Xlsx;
  request.output = test::scratch_path("pokin_test_matrix.xlsx");
  ExportResult result = export_document(document, request);
  CHECK(result.rows == 5);
  auto matrix = read_sheet(request.output, 1);
  // Under the title lines: the header, then the rows from the one holding SS1.
  int first = 0;
  for (int row = 1; row < 20 && first == 0; ++row)
    if (matrix.count("D" + std::to_string(row)) && matrix.at("D" + std::to_string(row)) == "Meningkatnya investasi " + kHostile)
      first = row;
  REQUIRE(first > 1);
  auto cell = [&](const char* column, int offset) { return matrix.at(column + std::to_string(first + offset)); };
  CHECK(cell("G", 1) == "Indeks " + kHostile);
  CHECK(cell("O", 1) == "≥ 80%");
  CHECK(cell("O", 0) == "5200");
  CHECK(cell("G", 2) == "Persentase izin tepat waktu");
  std::string sheet = unzip(request.output, "xl/worksheets/sheet1.xml");
  const std::string d = std::to_string(first), d1 = std::to_string(first + 1);
  CHECK(sheet.find("<mergeCell ref=\"D" + d + ":D" + d1 + "\"/>") != std::string::npos);
  CHECK(sheet.find("state=\"frozen\"") != std::string::npos);
  CHECK(sheet.find("ySplit=\"" + std::to_string(first - 1) + "\"") != std::string::npos);

  auto iku = read_sheet(request.output, 2);
  int header = 0;
  for (int row = 1; row < 20 && header == 0; ++row)
    if (iku.count("A" + std::to_string(row)) && iku.at("A" + std::to_string(row)) == "No") header = row;
  REQUIRE(header > 1);  // the decree's title lines above
  auto iku_cell = [&](const char* column, int offset) { return iku.at(column + std::to_string(header + offset)); };
  CHECK(iku_cell("B", 0) == "Sasaran Strategis");
  CHECK(iku_cell("C", 0) == "Indikator Kinerja");
  CHECK(iku_cell("A", 1) == "1");
  CHECK(iku_cell("B", 1) == "Meningkatnya investasi " + kHostile);
  CHECK(iku_cell("C", 2) == "Indeks " + kHostile);
  CHECK(iku.count("C" + std::to_string(header + 3)) == 0);  // SP1 is not an IKU
  std::filesystem::remove(request.output);
}

TEST_CASE("DOT: Graphviz reads the graph back with every box, edge and label") {
  Document document = hostile_document();
  LayoutView view;
  Geometry geometry = compute_layout(document, view);
  std::string dot = geometry_to_dot(geometry, view, kHostile);
  Agraph_t* graph = agmemread(dot.c_str());
  REQUIRE(graph != nullptr);
  CHECK(agnnodes(graph) == static_cast<int>(geometry.boxes.size()));
  CHECK(agnedges(graph) == static_cast<int>(geometry.edges.size()));
  for (const Box& box : geometry.boxes) {
    std::string name = dot_node_name(box);
    Agnode_t* node = agnode(graph, name.data(), 0);
    REQUIRE(node != nullptr);
    std::string label = agget(node, const_cast<char*>("label"));
    // The scanner turns \" back into "; lines end with \l.
    std::string expected;
    for (const TextLine& line : box.lines) expected += line.text + "\\l";
    CHECK(label == expected);
  }
  agclose(graph);
}
