// Tables converted to text one cell per line with their empty cells kept (core/import/cell_grid.h): the rows cut
// by the column count, the columns' roles read from their cells, and whole imports of small tables written by hand
// the way Word's "Convert Table to Text" (paragraph marks) writes them. Every expected value is read off the text.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/import/cell_grid.h"
#include "core/import/import_document.h"
#include "core/import/text_cleaning.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

namespace {

using import_test::indicator;
using import_test::reported;
using import_test::statement;

std::string joined(const std::vector<std::string>& cells) {
  std::string text;
  for (const std::string& cell : cells) text += cell + "\n";
  return text;
}

// A T-C.27 of two years (14 columns: tujuan, sasaran, kode, name, indikator, baseline, target and Rp for 2026 and
// 2027, kondisi akhir target and Rp, unit, lokasi), its three header rows as Word writes them (a merged cell once,
// the cells below it empty), no column numbers.
std::vector<std::string> tc27_header() {
  return {"Tujuan", "Sasaran", "Kode", "Program dan Kegiatan", "Indikator Kinerja",
          "Data Capaian pada Tahun Awal Perencanaan", "Target Kinerja Program dan Kerangka Pendanaan",
          "Kondisi Kinerja pada Akhir Periode Renstra", "Unit Kerja Penanggung Jawab", "Lokasi",
          "", "", "", "", "", "", "2026", "2027", "", "", "",
          "", "", "", "", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp", "", ""};
}

std::vector<std::string> tc27_rows() {
  return {
      // a tujuan, its indicator; merged cells empty
      "Meningkatnya kualitas pelayanan publik", "", "", "", "Indeks Kepuasan Masyarakat", "80", "81", "", "82", "",
      "82", "", "Kecamatan", "Kecamatan",
      // its sasaran
      "", "Meningkatnya kinerja pelayanan kecamatan", "", "", "Nilai SAKIP Kecamatan", "60", "62", "", "64", "", "64",
      "", "Kecamatan", "Kecamatan",
      // the program, kegiatan and sub kegiatan by their kode
      "", "", "7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      "Persentase dokumen perencanaan tepat waktu", "100", "100", "1.200.000.000", "100", "1.300.000.000", "100",
      "2.500.000.000", "Sekretariat", "Kecamatan",
      "", "", "7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      "Jumlah dokumen perencanaan", "3", "3", "50.000.000", "3", "55.000.000", "3", "105.000.000", "Sekretariat",
      "Kecamatan",
      "", "", "7.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      "Jumlah Dokumen Perencanaan Perangkat Daerah", "2", "2", "20.000.000", "2", "22.000.000", "2", "42.000.000",
      "Sekretariat", "Kecamatan",
      // a second indicator of the sub kegiatan: the merged cells (name, kode, Rp) empty
      "", "", "", "", "Jumlah Laporan Evaluasi Kinerja", "1", "1", "", "1", "", "1", "", "", ""};
}

}  // namespace

TEST_CASE("cell grid: the column count comes from the column numbers, or from the distance between kode lines") {
  std::vector<std::string> numbered = {"Kode", "Program", "Indikator", "2026", "(1)", "(2)", "(3)", "(4)",
                                       "1.02.01", "Program Pelayanan", "Persentase layanan", "90",
                                       "1.02.01.2.01", "Kegiatan Pelayanan", "", "",
                                       "1.02.01.2.01.0001", "Sub Kegiatan Pelayanan", "Jumlah layanan", "12"};
  // 20 lines, the numbers (1)-(4) on lines 5-8: three rows of 4 cells from line 9 on; the kegiatan row is 2 empty.
  std::string text = joined(numbered);
  CellGrid grid = cell_grid_from_lines(split_lines(text));
  CHECK(grid.columns == 4);

  std::string tc27 = joined(tc27_header()) + joined(tc27_rows());
  grid = cell_grid_from_lines(split_lines(tc27));
  // Kode lines 3 rows apart of 14 lines: 14 columns; the rows start at the tujuan (line 36 = 35 header lines + 1).
  REQUIRE(grid.columns == 14);
  REQUIRE(grid.rows.size() == 7);  // the written header and six rows
  CHECK(grid.rows[1].line == 36);
  CHECK(grid.roles == std::vector<std::string>{"Tujuan", "Sasaran", "Kode", "Program/Kegiatan/Sub Kegiatan",
                                               "Indikator Kinerja", "Kondisi Awal", "Target 2026", "Rp 2026",
                                               "Target 2027", "Rp 2027", "Kondisi Akhir", "Kondisi Akhir Rp",
                                               "Unit Kerja Penanggung Jawab", "Lokasi"});
}

TEST_CASE("cell grid: a T-C.27 converted from Word reads tujuan, sasaran, program, kegiatan and sub kegiatan with "
          "their indicators, targets and Rp") {
  std::string text = joined(tc27_header()) + joined(tc27_rows());
  ImportResult result = import_text("tc27.txt", text, {});
  const Document& document = result.document;
  const Sasaran& tujuan = statement(document, "Meningkatnya kualitas pelayanan publik");
  CHECK(tujuan.kind == StatementKind::Tujuan);
  const Sasaran& sasaran = statement(document, "Meningkatnya kinerja pelayanan kecamatan");
  CHECK(sasaran.kind == StatementKind::Sasaran);
  CHECK(sasaran.parent == tujuan.id);
  const Sasaran& program = statement(document, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA");
  CHECK(program.nomenclature.kind == NomenclatureKind::Program);
  CHECK(program.nomenclature.kode == "7.01.01");
  CHECK(program.parent == sasaran.id);
  CHECK(program.pagu.at(2026).text == "1.200.000.000");
  CHECK(program.pagu_akhir.text == "2.500.000.000");
  const Sasaran& kegiatan = statement(document, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah");
  CHECK(kegiatan.nomenclature.kind == NomenclatureKind::Kegiatan);
  CHECK(kegiatan.parent == program.id);
  const Sasaran& sub = statement(document, "Penyusunan Dokumen Perencanaan Perangkat Daerah");
  CHECK(sub.nomenclature.kind == NomenclatureKind::SubKegiatan);
  CHECK(sub.parent == kegiatan.id);
  CHECK(sub.pagu.at(2027).text == "22.000.000");
  const Indikator& ikm = indicator(document, "Indeks Kepuasan Masyarakat");
  CHECK(ikm.sasaran == tujuan.id);
  CHECK(ikm.baseline.text == "80");
  CHECK(ikm.target.at(2026).text == "81");
  CHECK(ikm.target.at(2027).text == "82");
  const Indikator& second = indicator(document, "Jumlah Laporan Evaluasi Kinerja");
  CHECK(second.sasaran == sub.id);  // the row with its merged cells empty belongs to the sub kegiatan above
  CHECK(second.target.at(2026).text == "1");
}

TEST_CASE("cell grid: a cell written in two paragraphs shifts no row after it, and urusan rows are named") {
  std::vector<std::string> header = {"Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target 2026",
                                     "Rp 2026", "(1)", "(2)", "(3)", "(4)", "(5)"};
  std::vector<std::string> rows = {
      "1", "URUSAN PEMERINTAHAN WAJIB", "", "", "9.000.000.000",                       // urusan: above the tree
      "1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", "", "", "9.000.000.000",         // bidang urusan
      "1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Persentase layanan", "100", "8.000.000.000",
      // the kegiatan's indicator written in two paragraphs: one line too many in its row
      "1.02.01.2.01", "Perencanaan dan Evaluasi Kinerja", "Jumlah dokumen perencanaan", "yang tersusun", "4",
      "1.000.000.000",
      "1.02.01.2.01.0001", "Penyusunan Dokumen Perencanaan", "Jumlah Dokumen", "2", "500.000.000"};
  // Lines: 10 header, rows from line 11: urusan 11, bidang 16, program 21, kegiatan 26 (six lines), sub 32.
  ImportResult result = import_text("grid.txt", joined(header) + joined(rows), {});
  const Document& document = result.document;
  const Indikator& kegiatan_indicator = indicator(document, "Jumlah dokumen perencanaan yang tersusun");
  CHECK(kegiatan_indicator.target.at(2026).text == "4");
  const Sasaran& sub = statement(document, "Penyusunan Dokumen Perencanaan");
  CHECK(sub.nomenclature.kode == "1.02.01.2.01.0001");
  CHECK(sub.pagu.at(2026).text == "500.000.000");
  CHECK(indicator(document, "Jumlah Dokumen").target.at(2026).text == "2");
  CHECK(document.sasaran.size() == 3);  // program, kegiatan, sub kegiatan: no urusan or bidang
  CHECK(reported(result.report, 11));
  CHECK(reported(result.report, 16));
}

TEST_CASE("cell rows: a PDF copy that dropped its empty cells is placed on the columns of its fullest row") {
  std::vector<std::string> lines = {
      "Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target 2026", "Rp 2026", "(1)", "(2)", "(3)", "(4)", "(5)",
      // the program's name wrapped over two lines (capitals go on)
      "1.02.01", "PROGRAM PENUNJANG URUSAN", "PEMERINTAHAN DAERAH", "Persentase layanan", "100", "8.000.000.000",
      // a kegiatan without indicator and target: only its Rp, in the Rp column; a second amount (line 20) has no
      // column left in its row
      "1.02.01.2.01", "Perencanaan dan Evaluasi Kinerja", "1.000.000.000", "2.000.000.000",
      // the fullest row: kode, name, indicator, target, Rp
      "1.02.01.2.01.0001", "Penyusunan Dokumen Perencanaan", "Jumlah Dokumen", "2", "500.000.000"};
  std::string text = joined(lines);
  CellGrid grid = cell_rows_without_empty_cells(split_lines(text));
  REQUIRE(grid.columns == 5);
  REQUIRE(grid.rows.size() == 4);  // the written header and three rows
  CHECK(grid.rows[2].cells == std::vector<std::string>{"1.02.01.2.01", "Perencanaan dan Evaluasi Kinerja", "", "",
                                                       "1.000.000.000"});
  ImportResult result = import_text("copy.txt", text, {});
  const Document& document = result.document;
  const Sasaran& program = statement(document, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH");
  CHECK(program.pagu.at(2026).text == "8.000.000.000");
  CHECK(indicator(document, "Persentase layanan").target.at(2026).text == "100");
  const Sasaran& kegiatan = statement(document, "Perencanaan dan Evaluasi Kinerja");
  CHECK(kegiatan.parent == program.id);
  CHECK(kegiatan.pagu.at(2026).text == "1.000.000.000");
  CHECK(reported(result.report, 20));  // named, not dropped
  const Sasaran& sub = statement(document, "Penyusunan Dokumen Perencanaan");
  CHECK(sub.parent == kegiatan.id);
  CHECK(indicator(document, "Jumlah Dokumen").target.at(2026).text == "2");
  // A Word grid is no such copy: its empty lines make rows of one length, read by cell_grid_from_lines.
  CHECK(cell_grid_from_lines(split_lines(text)).columns == 0);
}

TEST_CASE("cell grid: a satuan column is the indicator's satuan, and the baseline's year is no target year") {
  std::vector<std::string> lines = {
      "Kode", "Program", "Indikator", "Satuan", "Kondisi Awal (2025)", "2026", "2027",
      "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)",
      "1.02.01", "Program Pelayanan Kesehatan", "Persentase layanan", "Persen", "70", "75", "80",
      "1.02.01.2.01", "Kegiatan Pelayanan", "", "", "", "", "",
      "1.02.01.2.01.0001", "Sub Kegiatan Pelayanan", "Jumlah layanan", "Dokumen", "10", "12", "14"};
  CellGrid grid = cell_grid_from_lines(split_lines(joined(lines)));
  CHECK(grid.roles == std::vector<std::string>{"Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan",
                                               "Kondisi Awal", "Target 2026", "Target 2027"});
  ImportResult result = import_text("satuan.txt", joined(lines), {});
  const Indikator& layanan = indicator(result.document, "Persentase layanan");
  CHECK(layanan.satuan == "Persen");
  CHECK(layanan.baseline.text == "70");
  CHECK(layanan.target.at(2026).text == "75");
  CHECK(layanan.target.at(2027).text == "80");
  CHECK(layanan.target.count(2025) == 0);
  CHECK(indicator(result.document, "Jumlah layanan").satuan == "Dokumen");
}

TEST_CASE("cell rows: a line of a copy that had room for the next word ends its cell") {
  std::vector<std::string> lines = {
      "Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Lokasi", "Target 2026", "Rp 2026",
      "(1)", "(2)", "(3)", "(4)", "(5)", "(6)",
      // "Jumlah Dokumen Perencanaan" (26 characters) had no room for "Perangkat": the indicator goes on; "Perangkat
      // Daerah" (16) had room for "Kab." (4): the lokasi starts there.
      "1.02.01.2.01.0001", "Penyusunan Dokumen Perencanaan", "Perangkat Daerah", "Jumlah Dokumen Perencanaan",
      "Perangkat Daerah", "Kab. Bengkulu Utara", "2", "15.230.313",
      "1.02.01.2.01.0002", "Koordinasi Penyusunan RKA-SKPD", "Jumlah Dokumen RKA-SKPD", "Kab. Bengkulu Utara", "1",
      "20.772.500",
      "1.02.01.2.01.0003", "Evaluasi Kinerja", "Jumlah Laporan Evaluasi", "Kab. Bengkulu Utara", "1", "14.772.500"};
  ImportResult result = import_text("copy.txt", joined(lines), {});
  const Indikator& dokumen = indicator(result.document, "Jumlah Dokumen Perencanaan Perangkat Daerah");
  CHECK(dokumen.target.at(2026).text == "2");
  const Sasaran& sub = statement(result.document, "Penyusunan Dokumen Perencanaan Perangkat Daerah");
  CHECK(dokumen.sasaran == sub.id);
  CHECK(sub.pagu.at(2026).text == "15.230.313");
}
