// Tables flattened into paragraphs (core/import/flattened_paragraph.h, flattened_values.h, through the reader of
// core/import/flattened_rows.h and import_text): the cells of several rows, the header words and the column
// numbers joined on one line, as PDF-to-text renders give them. Every input is written by hand; every expected
// value below was worked out by hand from the text of its test.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/import/flattened_paragraph.h"
#include "core/import/flattened_values.h"
#include "core/import/import_document.h"
#include "core/text/bilingual.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

namespace {

const Sasaran& statement(const Document& document, const std::string& text) {
  for (const auto& [id, sasaran] : document.sasaran)
    if (sasaran.statement == text || sasaran.nomenclature.name == text) return sasaran;
  FAIL("no statement " << text);
  throw 0;
}

const Indikator& indicator(const Document& document, const std::string& name) {
  const Indikator* found = import_test::indikator_named(document, name);
  if (!found) FAIL("no indicator " << name);
  return *found;
}

bool reported(const ImportReport& report, const std::string& text) {
  for (const NotUnderstoodLine& entry : report.lines)
    if (entry.text.find(text) != std::string::npos) return true;
  return false;
}

std::vector<std::string> pieces_of(const std::string& line) {
  std::vector<std::string> out;
  for (std::string_view piece : split_flattened_paragraph(line).pieces) out.emplace_back(piece);
  return out;
}

}  // namespace

TEST_CASE("flattened paragraph: cut where a cell opens, the header ends at the column numbers") {
  const std::string line =
      "Target Rp Target Rp Target (1) (2) (3) (4) (5) Meningkatkan Mutu Layanan Indeks Layanan Indeks - 70 - 72 - 74 "
      "Meningkatnya Kepuasan Warga Persentase Warga Puas % 80% 82% - 84% - 86% 1 02 Program Layanan Dasar";
  ParagraphPieces paragraph = split_flattened_paragraph(line);
  CHECK(paragraph.header == "Target Rp Target Rp Target (1) (2) (3) (4) (5)");
  CHECK(paragraph.header_at == 0);
  // By hand: a result word opens the second row; the kode "1 02" stays with its "Program" label.
  CHECK(pieces_of(line) == std::vector<std::string>{
                               "Meningkatkan Mutu Layanan Indeks Layanan Indeks - 70 - 72 - 74",
                               "Meningkatnya Kepuasan Warga Persentase Warga Puas % 80% 82% - 84% - 86%",
                               "1 02 Program Layanan Dasar"});
  CHECK(end_of_column_numbers("Target Rp (1) (2) (4) (5) Meningkatnya") == 25);  // just past "(5)"
  CHECK(end_of_column_numbers("Jumlah dokumen 1 2 3 4 5") == std::string::npos);  // targets, no column titles
  CHECK(is_flattened_paragraph(line));
  CHECK_FALSE(is_flattened_paragraph("1 Meningkatnya kualitas layanan kecamatan Persentase warga puas"));
}

TEST_CASE("flattened paragraph: a unit's name and the next indicator after a row's values are new cells") {
  CHECK(pieces_of("Angka Kelulusan SD 98% 99% 100% Dinas Pendidikan dan Kebudayaan Angka Kelulusan SMP 97% 98% 99% "
                  "Bagian Umum Setda") ==
        std::vector<std::string>{"Angka Kelulusan SD 98% 99% 100%", "Dinas Pendidikan dan Kebudayaan",
                                 "Angka Kelulusan SMP 97% 98% 99%", "Bagian Umum Setda"});
  // "% = 100" after a formula's number is the number's unit, not an indicator ("% Desa ..." would be one).
  CHECK(pieces_of("Persentase desa tertib dibagi seluruh desa x 100 % = 100 Kasi Pemerintahan Kecamatan Maju Jaya "
                  "dan Kasi Kesos Kecamatan Maju Jaya") .size() == 1);
}

TEST_CASE("value placement: the header's columns, a baseline before a cut header, shapes apart, column by column") {
  ValueColumns cut_header;
  cut_header.observe("Target Rp Target Rp Target (1) (2) (3)");
  CHECK(cut_header.order == "TRTRT");
  // Six values under five visible columns: the first is the baseline; Rp written "-" are left out.
  PlacedValues placed = place_values({"99,25%", "99,88%", "-", "99,89%", "-", "99,91%"}, cut_header, {2021, 2022, 2023});
  REQUIRE(placed.placed);
  CHECK(placed.baseline == "99,25%");
  CHECK(placed.target == std::map<int, std::string>{{2021, "99,88%"}, {2022, "99,89%"}, {2023, "99,91%"}});
  CHECK(placed.pagu.empty());

  ValueColumns rpjmd;
  rpjmd.observe("Kondisi Kinerja Awal Target Rp Target Rp Target Rp Kondisi Kinerja Akhir");
  // Targets in percent, Rp as plain numbers, one Rp misplaced by the render: 5 percent values = baseline, three
  // targets, akhir; the two plain numbers fit neither three years nor three years and akhir: not placed.
  placed = place_values({"80%", "85%", "90%", "17.052", "95%", "97%", "12.000"}, rpjmd, {2011, 2012, 2013});
  REQUIRE(placed.placed);
  CHECK(placed.baseline == "80%");
  CHECK(placed.target == std::map<int, std::string>{{2011, "85%"}, {2012, "90%"}, {2013, "95%"}});
  CHECK(placed.akhir == "97%");
  CHECK(placed.pagu.empty());
  // Interleaved Target/Rp with akhir: 1 + 3 x 2 + 2 = 9 values.
  placed = place_values({"100%", "100%", "440.185", "100%", "500.737", "100%", "407.040", "100%", "1.347.962"}, rpjmd,
                        {2011, 2012, 2013});
  REQUIRE(placed.placed);
  CHECK(placed.pagu == std::map<int, std::string>{{2011, "440.185"}, {2012, "500.737"}, {2013, "407.040"}});
  CHECK(placed.akhir_pagu == "1.347.962");
  CHECK_FALSE(place_values({"1", "2"}, rpjmd, {2011, 2012, 2013}).placed);  // fits no reading of three years

  // Three names, then their cells column by column: 3 baselines, then 3 targets.
  CHECK(rows_of_columns({"70%", "60%", "30%", "90%", "85%", "75%"}, 3) ==
        std::vector<std::vector<std::string>>{{"70%", "90%"}, {"60%", "85%"}, {"30%", "75%"}});
  CHECK(rows_of_columns({"1", "2", "3", "4"}, 3).empty());
}

TEST_CASE("flattened T-C.27 paragraph: tujuan and sasaran, Target/Rp pairs, the period from the sentence above") {
  const std::string text =
      "Berikut ini Tabel 6.1 Rencana Program Dinas Contoh Kabupaten Maju Tahun 2024-2029, sebagai berikut :\n"   // 1
      "Target Rp Target Rp Target (1) (2) (3) (4) (5) (6) (7) Meningkatkan Mutu Layanan Indeks Layanan Indeks - 70 "
      "- 72 - 74 Meningkatnya Kepuasan Warga Persentase Warga Puas % 80% 82% - 84% - 86% Meningkatnya Mutu Arsip "
      "Persentase Arsip Tertata\n";                                                                                // 2
  ImportResult result = import_text("tc27.txt", text, {});
  const Document& document = result.document;
  CHECK(result.report.format == "flattened");
  CHECK(document.info.instansi == "Dinas Contoh Kabupaten Maju");
  const Sasaran& tujuan = statement(document, "Meningkatkan Mutu Layanan");
  const Sasaran& sasaran = statement(document, "Meningkatnya Kepuasan Warga");
  CHECK(tujuan.kind == StatementKind::Tujuan);
  CHECK(sasaran.kind == StatementKind::Sasaran);
  CHECK(sasaran.parent == tujuan.id);
  const Indikator& indeks = indicator(document, "Indeks Layanan");
  CHECK(indeks.sasaran == tujuan.id);
  CHECK(indeks.satuan == "Indeks");
  REQUIRE(indeks.target.size() == 3);
  CHECK(indeks.target.at(2024).text == "70");
  CHECK(indeks.target.at(2026).text == "74");
  const Indikator& puas = indicator(document, "Persentase Warga Puas");
  CHECK(puas.sasaran == sasaran.id);
  CHECK(puas.baseline.text == "80%");
  CHECK(puas.target.at(2025).text == "84%");
  // The last row is cut by the end of the text: its sasaran stands, its indicator without values is not invented.
  statement(document, "Meningkatnya Mutu Arsip");
  CHECK(document.indikator.size() == 2);
  CHECK(reported(result.report, "Persentase Arsip Tertata"));
}

TEST_CASE("flattened paragraph: an indicator group printed column by column, a labelled block above the header") {
  const std::string text =
      "INDIKATOR KINERJA UTAMA Instansi : Kantor Contoh Kota Maju Tujuan : Meningkatnya Mutu Pelayanan Publik "
      "Indikator Tujuan : Indeks Kepuasan Layanan Tugas : 1. Menyelenggarakan administrasi; 2. Membina pegawai. "
      "No Sasaran Indikator Status Awal Target 2025 1 Terwujudnya Layanan Prima Persentase Layanan Cepat "
      "Persentase Layanan Tepat 40% 50% 80% 90%\n";
  ImportResult result = import_text("iku.txt", text, {});
  const Document& document = result.document;
  CHECK(document.info.instansi == "Kantor Contoh Kota Maju");
  const Sasaran& tujuan = statement(document, "Meningkatnya Mutu Pelayanan Publik");
  const Sasaran& sasaran = statement(document, "Terwujudnya Layanan Prima");
  CHECK(tujuan.kind == StatementKind::Tujuan);
  CHECK(sasaran.kind == StatementKind::Sasaran);  // the header ended the "Tujuan :" label's reach
  CHECK(indicator(document, "Indeks Kepuasan Layanan").sasaran == tujuan.id);
  const Indikator& cepat = indicator(document, "Persentase Layanan Cepat");
  const Indikator& tepat = indicator(document, "Persentase Layanan Tepat");
  CHECK(cepat.baseline.text == "40%");
  CHECK(cepat.target.at(2025).text == "80%");
  CHECK(tepat.baseline.text == "50%");
  CHECK(tepat.target.at(2025).text == "90%");
  CHECK(reported(result.report, "Menyelenggarakan administrasi"));  // the Tugas list: named, not read
}

TEST_CASE("flattened paragraph: program rows with kode, percent targets and Rp pagu apart, a second pagu named") {
  const std::string text =
      "TABEL 7.1 PROGRAM PRIORITAS KABUPATEN MAJU TAHUN 2026 - 2027\n"                                         // 1
      "Kode Program Indikator Kinerja Program Kondisi Kinerja Awal Target Rp Target Rp Kondisi Kinerja Akhir "
      "(1) (2) (3) (4) (5) (6) (7) (8) 1 02 Program Layanan Dasar Cakupan Layanan Dasar 60% 65% 1.250 70% 1.300 "
      "70% 2.550 Dinas Contoh Cakupan Layanan Rujukan 50% 55% 900 60% 950 60% 1.850\n";                        // 2
  ImportResult result = import_text("rpjmd.txt", text, {});
  const Document& document = result.document;
  const Sasaran& program = statement(document, "Program Layanan Dasar");
  CHECK(program.nomenclature.kind == NomenclatureKind::Program);
  CHECK(program.nomenclature.kode == "1.02");
  const Indikator& dasar = indicator(document, "Cakupan Layanan Dasar");
  CHECK(dasar.sasaran == program.id);
  CHECK(dasar.baseline.text == "60%");
  CHECK(dasar.target.at(2026).text == "65%");
  CHECK(dasar.target.at(2027).text == "70%");
  CHECK(dasar.kondisi_akhir.text == "70%");
  REQUIRE(program.pagu.size() == 2);
  CHECK(program.pagu.at(2026).text == "1.250");
  CHECK(program.pagu.at(2027).text == "1.300");
  CHECK(program.pagu_akhir.text == "2.550");
  // The second indicator's Rp would be a second pagu of the same program: its targets stay, the pagu is named.
  const Indikator& rujukan = indicator(document, "Cakupan Layanan Rujukan");
  CHECK(rujukan.target.at(2027).text == "60%");
  CHECK(reported(result.report, "Cakupan Layanan Rujukan"));
  CHECK(reported(result.report, "Dinas Contoh"));  // the penanggung jawab cell: named, not read
}

TEST_CASE("flattened paragraph: prose that opens with a result word is no statement, nothing else, refused") {
  const std::string text =
      "Meningkatnya pemberdayaan perempuan dan anak merupakan salah satu upaya untuk mencapai tujuan daerah yang "
      "didukung oleh beberapa perangkat daerah secara terpadu sehingga untuk mengukur sasaran ini terdapat enam "
      "indikator sasaran yang disajikan pada tabel berikut di bawah ini tanpa angka.\n";
  CHECK_THROWS_AS(import_text("prosa.txt", text, {}), UserError);
}
