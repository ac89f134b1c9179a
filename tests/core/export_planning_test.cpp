// The planning-table fields in the exports: the matrix (CSV and XLSX) gains columns for the nomenclature, lokasi,
// pagu per year, pagu akhir and kondisi akhir only when the document holds them; a Tujuan is named "Tujuan" and is
// not an IKU; the box of a sasaran with a nomenclature shows its kode. Expected cells written out by hand.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "tests/scratch_path.h"
#include "core/export/cascade_table.h"
#include "core/export/export_document.h"
#include "core/export/figure.h"
#include "core/export/svg_export.h"
#include "core/layout/layout_service.h"
#include "layout_test_documents.h"
#include "test_files.h"
#include "xlsx_cells.h"

using namespace pokin;

namespace {

// Dinas (head) -> Bidang Pelayanan. T1 (Tujuan) <- SS1 <- SP1 (a program with its budget), SP1's indicator has a
// kondisi akhir. Period 2021-2026; the builder gives every indicator a target for 2024.
Document planning_document() {
  test::DocumentBuilder b;
  Id head = b.unit(kNoId, UnitKind::Head, "Dinas");
  Id bidang = b.unit(head, UnitKind::Division, "Bidang Pelayanan");
  Id tujuan = b.sasaran(head, kNoId, 0, "T1", "Meningkatnya investasi daerah");
  b.document.sasaran.at(tujuan).kind = StatementKind::Tujuan;
  b.indikator(tujuan, "IKT1", "Nilai investasi", "Rp", "5.200");
  Id ss = b.sasaran(head, tujuan, 0, "SS1", "Meningkatnya kualitas pelayanan perizinan");
  b.indikator(ss, "IKU1", "Indeks kepuasan masyarakat", "indeks", "82");
  Id sp = b.sasaran(bidang, ss, 1, "SP1", "Meningkatnya kecepatan penerbitan izin");
  Sasaran& program = b.document.sasaran.at(sp);
  program.nomenclature = {NomenclatureKind::Program, "2.18.02", "Program Pelayanan Penanaman Modal"};
  program.lokasi = "Kabupaten Balangan";
  program.pagu[2022] = {"1.250.000.000", 1.25e9};
  program.pagu[2023] = {"1.300.000.000", 1.3e9};
  program.pagu_akhir = {"6.400.000.000", 6.4e9};
  Id ik = b.indikator(sp, "IK1", "Persentase izin terbit tepat waktu", "%", "90");
  b.document.indikator.at(ik).kondisi_akhir = {"95", 95.0};
  return std::move(b.document);
}

std::vector<std::string> split_line(const std::string& line) {
  std::vector<std::string> cells(1);
  for (char c : line) {
    if (c == ';') cells.emplace_back();
    else if (c != '\r') cells.back() += c;
  }
  return cells;
}

}  // namespace

TEST_CASE("Matrix: the planning columns appear where the document holds them, in their place") {
  Table table = cascade_matrix(planning_document(), LayoutView{});
  const std::vector<std::string> expected{
      "Unit Kerja", "Level", "Kode", "Sasaran", "Sasaran Atasan", "Kode Program/Kegiatan",
      "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu 2022 (Rp)", "Pagu 2023 (Rp)", "Pagu Akhir Periode (Rp)",
      "Kode Indikator", "Indikator", "Formula", "Satuan", "Polaritas", "Baseline", "Target 2021", "Target 2022",
      "Target 2023", "Target 2024", "Target 2025", "Target 2026", "Kondisi Akhir Periode", "Realisasi 2021",
      "Realisasi 2022", "Realisasi 2023", "Realisasi 2024", "Realisasi 2025", "Realisasi 2026", "Sumber Data",
      "Penanggung Jawab"};
  CHECK(table.headers == expected);
  CHECK(table.widths.size() == expected.size());
  REQUIRE(table.rows.size() == 3);  // T1, SS1, SP1: one indicator each
  for (const auto& row : table.rows) CHECK(row.size() == expected.size());
  CHECK(table.rows[0][1] == "Tujuan");
  CHECK(table.rows[1][1] == "Sasaran Strategis");
  CHECK(table.rows[1][4] == "T1 Meningkatnya investasi daerah");
  const auto& sp1 = table.rows[2];
  CHECK(sp1[5] == "2.18.02");
  CHECK(sp1[6] == "Program Pelayanan Penanaman Modal");
  CHECK(sp1[7] == "Kabupaten Balangan");
  CHECK(sp1[8] == "1.250.000.000");
  CHECK(sp1[9] == "1.300.000.000");
  CHECK(sp1[10] == "6.400.000.000");
  CHECK(sp1[20] == "90");  // target 2024
  CHECK(sp1[23] == "95");  // kondisi akhir
  CHECK(table.rows[0][5].empty());
  CHECK(table.rows[0][23].empty());
}

TEST_CASE("Matrix: a document without planning values exports the columns it always had") {
  Table table = cascade_matrix(test::small_tree(1), LayoutView{});
  // 11 fixed columns, 6 targets, 6 realisasi, sumber data and penanggung jawab (no realisasi: no capaian).
  CHECK(table.headers.size() == 25);
  CHECK(table.headers[5] == "Kode Indikator");
  CHECK(table.headers[11] == "Target 2021");
  CHECK(table.headers[17] == "Realisasi 2021");
  // A pagu outside every year of the period cannot be: a pagu only in 2022 adds exactly one column.
  Document one_pagu = test::small_tree(1);
  one_pagu.sasaran.begin()->second.pagu[2022] = {"100", 100.0};
  Table with = cascade_matrix(one_pagu, LayoutView{});
  CHECK(with.headers.size() == 26);
  CHECK(with.headers[5] == "Pagu 2022 (Rp)");
}

TEST_CASE("CSV and XLSX carry the planning columns, the IKU sheet leaves the Tujuan out") {
  Document document = planning_document();
  ExportRequest request;
  request.format = ExportFormat::Csv;
  request.output = test::scratch_path("pokin_test_planning.csv");
  export_document(document, request);
  std::istringstream csv(test::read_file(request.output).substr(3));  // after the byte-order mark
  std::string header, first, second, third;
  std::getline(csv, header);
  std::getline(csv, first);
  std::getline(csv, second);
  std::getline(csv, third);
  auto headers = split_line(header);
  auto sp1 = split_line(third);
  REQUIRE(headers.size() == 32);
  REQUIRE(sp1.size() == 32);
  CHECK(headers[8] == "Pagu (Rp) - 2022");
  CHECK(sp1[8] == "1250000000");  // a number Excel reads whatever its locale, no thousands dots
  CHECK(sp1[5] == "2.18.02");
  CHECK(split_line(first)[1] == "Tujuan");
  std::filesystem::remove(request.output);

  request.format = ExportFormat::Xlsx;
  request.output = test::scratch_path("pokin_test_planning.xlsx");
  export_document(document, request);
  auto matrix = test::read_sheet(request.output, 1);
  // Title lines 1-4, the header in rows 6 and 7 (groups over their years), the rows from 8: T1, SS1, SP1.
  CHECK(matrix.at("B8") == "Tujuan");
  CHECK(matrix.at("F6") == "Kode Program/Kegiatan");
  CHECK(matrix.at("F10") == "2.18.02");
  CHECK(matrix.at("G10") == "Program Pelayanan Penanaman Modal");
  CHECK(matrix.at("H10") == "Kabupaten Balangan");
  CHECK(matrix.at("I6") == "Pagu (Rp)");
  CHECK(matrix.at("I7") == "2022");
  CHECK(matrix.at("I10") == "1250000000");  // a number, not the text "1.250.000.000"
  CHECK(matrix.at("K10") == "6400000000");
  CHECK(matrix.at("X6") == "Kondisi Akhir Periode");
  CHECK(matrix.at("X10") == "95");
  CHECK(matrix.count("F8") == 0);
  auto iku = test::read_sheet(request.output, 2);
  // The decree's lampiran: its title lines, the header in row 9, the Sasaran Strategis from row 10.
  CHECK(iku.at("A5") == "INDIKATOR KINERJA UTAMA");
  CHECK(iku.at("B9") == "Sasaran Strategis");
  CHECK(iku.at("B10") == "Meningkatnya kualitas pelayanan perizinan");
  CHECK(iku.at("C10") == "Indeks kepuasan masyarakat");
  CHECK(iku.count("B11") == 0);  // one IKU: T1 is a Tujuan, not a Sasaran Strategis
  std::filesystem::remove(request.output);
}

TEST_CASE("SVG: a Tujuan's box says so and a program's box shows its kode") {
  Document document = planning_document();
  LayoutView view;
  Geometry geometry = compute_layout(document, view);
  std::string svg = figure_to_svg(make_figure_text(document, geometry, view, "1 Desember 2026", true), geometry);
  CHECK(svg.find(">Tujuan T1<") != std::string::npos);
  CHECK(svg.find(">2.18.02<") != std::string::npos);

  ExportRequest request;
  request.format = ExportFormat::Png;
  request.output = test::scratch_path("pokin_test_planning.png");
  ExportResult result = export_document(document, request);
  CHECK(std::filesystem::file_size(request.output) > 1000);
  (void)result;
}
