// Header blocks of planning tables (Permendagri 86/2017 T-C.27, RPJMD matrices, Renstra Tabel 5 of Permendagri
// 54/2010, IKU, Perjanjian Kinerja): the header composed from all its rows, each column recognised as a whole.
// Expected layouts are read off the forms and the fixtures by eye.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/import/column_fields.h"
#include "core/import/header_block.h"
#include "core/import/import_document.h"
#include "core/import/table_reading.h"
#include "core/import/text_cleaning.h"

using namespace pokin;
using namespace pokin::import;

namespace {

ColumnField yearly(Field field, int year, int relative = 0) {
  ColumnField column{field};
  column.year = year;
  column.relative_year = relative;
  return column;
}

ColumnField indikator_of(Field described) {
  ColumnField column{Field::Indikator};
  column.describes = described;
  return column;
}

HeaderBlock block_of(const std::string& text, Delimiter delimiter = Delimiter::Tab) {
  std::vector<TableRow> rows = read_table(text, delimiter);
  REQUIRE(!rows.empty());
  return read_header_block(rows, 0, 0);
}

// T-C.27 "Rencana Program, Kegiatan, dan Pendanaan Perangkat Daerah" as Excel copies it (TAB separated, merged
// cells blank), written from the form's columns: Tujuan, Sasaran, Kode (urusan, bidang urusan, program, kegiatan,
// sub kegiatan), Program/Kegiatan/Sub Kegiatan, Indikator, data capaian awal, Target Kinerja Program dan Kerangka
// Pendanaan (Tahun-1 .. Tahun-5, each Target and Rp), Kondisi Kinerja pada Akhir Periode (Target, Rp), Unit
// Kerja Perangkat Daerah Penanggung Jawab, Lokasi; a row of column numbers under the header.
const char* const kTc27 =
    "Tujuan\tSasaran\tKode\t\t\t\t\tProgram, Kegiatan dan Sub Kegiatan\tIndikator Kinerja Tujuan, Sasaran, Program "
    "(outcome), Kegiatan dan Sub Kegiatan (output)\tData Capaian pada Tahun Awal Perencanaan\tTarget Kinerja Program "
    "dan Kerangka Pendanaan\t\t\t\t\t\t\t\t\t\tKondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah\t\tUnit "
    "Kerja Perangkat Daerah Penanggung Jawab\tLokasi\n"
    "\t\t\t\t\t\t\t\t\t\tTahun-1\t\tTahun-2\t\tTahun-3\t\tTahun-4\t\tTahun-5\t\t\t\t\t\n"
    "\t\tUrusan\tBidang Urusan\tProgram\tKegiatan\tSub Kegiatan\t\t\t\tTarget\tRp\tTarget\tRp\tTarget\tRp\tTarget\tRp"
    "\tTarget\tRp\tTarget\tRp\t\t\n"
    "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)\t(11)\t(12)\t(13)\t(14)\t(15)\t(16)\t(17)\t(18)\t(19)\t(20)"
    "\t(21)\t(22)\t(23)\t(24)\n"
    "Meningkatnya kualitas layanan kepegawaian\t\t\t\t\t\t\t\tIndeks Profesionalitas ASN\t62\t64\t\t66\t\t68\t\t70"
    "\t\t72\t\t72\t\tBKPSDM\tKabupaten\n"
    "\tMeningkatnya disiplin ASN\t\t\t\t\t\t\tPersentase ASN disiplin\t90%\t91%\t\t92%\t\t93%\t\t94%\t\t95%\t\t95%"
    "\t\tBKPSDM\tKabupaten\n"
    "\t\t2\t10\t02\t\t\tPROGRAM KEPEGAWAIAN DAERAH\tPersentase layanan kepegawaian tepat waktu\t80%\t85%"
    "\t1.250.000.000\t87%\t1.300.000.000\t89%\t1.350.000.000\t91%\t1.400.000.000\t93%\t1.450.000.000\t93%"
    "\t6.750.000.000\tBidang Mutasi\tKabupaten\n"
    "\t\t2\t10\t02\t2.02\t0001\tPengelolaan Mutasi ASN\tJumlah dokumen mutasi\t12 dokumen\t12\t150.000.000\t12"
    "\t155.000.000\t12\t160.000.000\t12\t165.000.000\t12\t170.000.000\t60\t800.000.000\tBidang Mutasi\tKabupaten\n";

}  // namespace

TEST_CASE("T-C.27 three-row header: each column composed from all rows, Kode split over five columns") {
  HeaderBlock block = block_of(kTc27);
  CHECK(block.header_rows == 3);
  CHECK(block.number_row);
  CHECK(block.end == 4);  // three header rows and the column-number row
  REQUIRE(block.layout.size() == 24);
  const ColumnLayout& layout = block.layout;
  CHECK(layout[0] == ColumnField{Field::Tujuan});
  CHECK(layout[1] == ColumnField{Field::Sasaran});
  for (int c = 2; c <= 6; ++c) CHECK(layout[c] == ColumnField{Field::Code});  // "Kode / Program" too is a code part
  CHECK(layout[7] == ColumnField{Field::Program});
  CHECK(layout[8] == ColumnField{Field::Indikator});  // shared by every level: no single statement
  CHECK(layout[9] == ColumnField{Field::Baseline});
  for (int n = 1; n <= 5; ++n) {
    CHECK(layout[8 + 2 * n] == yearly(Field::Target, 0, n));  // planned target, never realisasi
    CHECK(layout[9 + 2 * n] == yearly(Field::Pagu, 0, n));    // its Rp is pagu, not glued to the target
  }
  CHECK(layout[20] == ColumnField{Field::KondisiAkhir});      // not a sasaran, though it says "kinerja"
  CHECK(layout[21] == ColumnField{Field::KondisiAkhirPagu});
  CHECK(layout[22] == ColumnField{Field::Unit});
  CHECK(layout[23] == ColumnField{Field::Lokasi});
  CHECK(block.headers[11] == "Target Kinerja Program dan Kerangka Pendanaan / Tahun-1 / Rp");
  CHECK(block.headers[4] == "Kode / Program");
  CHECK(block.headers[21] == "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah / Rp");
}

TEST_CASE("T-C.27 data rows read through the composed header: code parts, Target and Rp apart") {
  std::vector<TableRow> rows = read_table(kTc27, Delimiter::Tab);
  HeaderBlock block = read_header_block(rows, 0, 0);
  RowValues program = read_row(block.layout, rows[6].cells);
  CHECK(program.code_parts == std::vector<std::string>{"2", "10", "02"});
  CHECK(program.program == "PROGRAM KEPEGAWAIAN DAERAH");
  CHECK(program.baseline == "80%");
  CHECK(program.relative_target.at(1) == "85%");
  CHECK(program.relative_pagu.at(1) == "1.250.000.000");
  CHECK(program.relative_target.at(5) == "93%");
  CHECK(program.kondisi_akhir == "93%");
  CHECK(program.kondisi_akhir_pagu == "6.750.000.000");
  CHECK(program.unit == "Bidang Mutasi");
  CHECK(program.lokasi == "Kabupaten");
  CHECK(program.realisasi.empty());
  CHECK(program.relative_realisasi.empty());
  RowValues sub = read_row(block.layout, rows[7].cells);
  CHECK(sub.code_parts == std::vector<std::string>{"2", "10", "02", "2.02", "0001"});
  RowValues tujuan = read_row(block.layout, rows[4].cells);
  CHECK(tujuan.tujuan == "Meningkatnya kualitas layanan kepegawaian");
  CHECK(tujuan.sasaran.empty());
}

TEST_CASE("RPJMD matrix: years 2019..2023 under Capaian Kinerja Program dan Kerangka Pendanaan are targets, K/Rp pairs") {
  const char* text =
      "Kode\tBidang Urusan Pemerintahan dan Program Prioritas Pembangunan\tIndikator Kinerja Program (outcome)\t"
      "Kondisi Kinerja Awal RPJMD (Tahun 2018)\tCapaian Kinerja Program dan Kerangka Pendanaan\t\t\t\t\t\t\t\t\t\t"
      "Kondisi Kinerja pada Akhir Periode RPJMD\t\tPerangkat Daerah Penanggung Jawab\n"
      "\t\t\t\t2019\t\t2020\t\t2021\t\t2022\t\t2023\t\t\t\t\n"
      "\t\t\t\tK\tRp\tK\tRp\tK\tRp\tK\tRp\tK\tRp\tK\tRp\t\n"
      "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\t15\t16\t17\n";
  HeaderBlock block = block_of(text);
  CHECK(block.header_rows == 3);
  CHECK(block.number_row);
  REQUIRE(block.layout.size() == 17);
  CHECK(block.layout[0] == ColumnField{Field::Code});
  CHECK(block.layout[1] == ColumnField{Field::Program});
  CHECK(block.layout[2] == indikator_of(Field::Program));
  CHECK(block.layout[3] == yearly(Field::Baseline, 2018));
  for (int year = 2019; year <= 2023; ++year) {
    CHECK(block.layout[4 + 2 * (year - 2019)] == yearly(Field::Target, year));
    CHECK(block.layout[5 + 2 * (year - 2019)] == yearly(Field::Pagu, year));
  }
  CHECK(block.layout[14] == ColumnField{Field::KondisiAkhir});
  CHECK(block.layout[15] == ColumnField{Field::KondisiAkhirPagu});
  CHECK(block.layout[16] == ColumnField{Field::Unit});
}

TEST_CASE("Renstra Tabel 5 (Permendagri 54/2010), header words of fixture 01 laid out as Excel gives them") {
  // The header cells of tests/fixtures/real/01 (one per line in the PDF text), in the form's column order:
  // TUJUAN, INDIKATOR TUJUAN, SATUAN, TARGET INDIKATOR TUJUAN (2016..2021), SASARAN, INDIKATOR SASARAN, CARA
  // PENGHITUNGAN INDIKATOR SASARAN, DATA CAPAIAN TAHUN 2016, TARGET KINERJA PROGRAM dan KERANGKA PENDANAAN
  // (Tahun 2016 .. 2017: Target, Rp. 000), Kondisi Kinerja pada akhir periode Renstra, UNIT KERJA SKPD
  // PENANGGUNGJAWAB, LOKASI.
  const char* text =
      "NO\tTUJUAN\tINDIKATOR TUJUAN\tSATUAN\tTARGET INDIKATOR TUJUAN\t\tSASARAN\tINDIKATOR SASARAN\tCARA PENGHITUNGAN "
      "INDIKATOR SASARAN\tDATA CAPAIAN TAHUN 2016\tTARGET KINERJA PROGRAM dan KERANGKA PENDANAAN\t\t\t\tKondisi "
      "Kinerja pada akhir periode Renstra\t\tUNIT KERJA SKPD PENANGGUNGJAWAB\tLOKASI\n"
      "\t\t\t\t2016\t2017\t\t\t\t\tTahun 2016\t\tTahun 2017\t\t\t\t\t\n"
      "\t\t\t\t\t\t\t\t\t\tTarget\tRp. 000\tTarget\tRp. 000\tTarget\tRp. 000\t\t\n";
  HeaderBlock block = block_of(text);
  CHECK(block.header_rows == 3);
  REQUIRE(block.layout.size() == 18);
  CHECK(block.layout[0] == ColumnField{Field::Number});
  CHECK(block.layout[1] == ColumnField{Field::Tujuan});
  CHECK(block.layout[2] == indikator_of(Field::Tujuan));
  CHECK(block.layout[3] == ColumnField{Field::Satuan});
  CHECK(block.layout[4] == yearly(Field::Target, 2016));
  CHECK(block.layout[5] == yearly(Field::Target, 2017));
  CHECK(block.layout[6] == ColumnField{Field::Sasaran});
  CHECK(block.layout[7] == ColumnField{Field::Indikator});  // the sasaran's indicator is the plain indicator column
  CHECK(block.layout[8] == ColumnField{Field::Formula});
  CHECK(block.layout[9] == yearly(Field::Baseline, 2016));  // data capaian at the start: baseline, not realisasi
  CHECK(block.layout[10] == yearly(Field::Target, 2016));
  CHECK(block.layout[11] == yearly(Field::Pagu, 2016));
  CHECK(block.layout[12] == yearly(Field::Target, 2017));
  CHECK(block.layout[13] == yearly(Field::Pagu, 2017));
  CHECK(block.layout[14] == ColumnField{Field::KondisiAkhir});
  CHECK(block.layout[15] == ColumnField{Field::KondisiAkhirPagu});
  CHECK(block.layout[16] == ColumnField{Field::Unit});
  CHECK(block.layout[17] == ColumnField{Field::Lokasi});
}

TEST_CASE("fixture 03/04 shape: repeated Target/Rp pairs under relative years, a bracketed column-number row with gaps") {
  // tests/fixtures/real/03 prints "Target Rp Target Rp Target (1) (2) (4) (5) ... (12)": the T-C.27 Tahun-N
  // row did not survive; here it is written as the form has it. 04 has "(3) (4) (5) (11) (12}".
  const char* text =
      "Tujuan\tSasaran\tIndikator\tSatuan\tKondisi Awal\tTahun-1\t\tTahun-2\t\tTahun-3\n"
      "\t\t\t\t\tTarget\tRp\tTarget\tRp\tTarget\n"
      "(1)\t(2)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)\t(11)\n"
      "Meningkatkan Profesionalisme ASN\t\tIndeks Merit Sistem\tIndeks\t-\t0,51\t-\t0,56\t-\t0,60\n";
  std::vector<TableRow> rows = read_table(text, Delimiter::Tab);
  HeaderBlock block = read_header_block(rows, 0, 0);
  CHECK(block.header_rows == 2);
  CHECK(block.number_row);
  REQUIRE(block.layout.size() == 10);
  CHECK(block.layout[5] == yearly(Field::Target, 0, 1));
  CHECK(block.layout[6] == yearly(Field::Pagu, 0, 1));
  CHECK(block.layout[9] == yearly(Field::Target, 0, 3));
  RowValues row = read_row(block.layout, rows[3].cells);
  CHECK(row.relative_target.at(2) == "0,56");
  CHECK(row.relative_pagu.at(2) == "-");
  CHECK(row.baseline == "-");
  CHECK(is_column_number_row({"(3) (4) (5) (11) (12}"}));  // fixture 04, one cell
  CHECK(is_column_number_row({"1", "2", "3", "4"}));
  CHECK_FALSE(is_column_number_row({"3", "4", "5"}));  // bare numbers not from 1 or 2: could be data
  CHECK_FALSE(is_column_number_row({"1", "Meningkatnya", "3"}));
}

TEST_CASE("one header cell at a time: the rules of the planning forms") {
  CHECK(recognise_header("Kondisi Kinerja pada Akhir Periode Renstra") == ColumnField{Field::KondisiAkhir});
  CHECK(recognise_header("Kondisi Kinerja pada Akhir Periode (Renstra)") == ColumnField{Field::KondisiAkhir});
  CHECK(recognise_header("Data Capaian pada Tahun Awal Perencanaan") == ColumnField{Field::Baseline});
  CHECK(recognise_header("Kondisi Awal") == ColumnField{Field::Baseline});
  CHECK(recognise_header("Baseline 2020") == yearly(Field::Baseline, 2020));
  CHECK(recognise_header("Realisasi 2022") == yearly(Field::Realisasi, 2022));
  CHECK(recognise_header("Realisasi Anggaran") == ColumnField{Field::RealisasiPagu});
  CHECK(recognise_header("Realisasi (%)") == ColumnField{});  // a ratio of the others: nothing to store
  CHECK(recognise_header("Tahun 2021") == yearly(Field::Target, 2021));
  CHECK(recognise_header("2023") == yearly(Field::Target, 2023));
  CHECK(recognise_header("Tahun-4") == yearly(Field::Target, 0, 4));
  CHECK(recognise_header("Tahun ke-1") == yearly(Field::Target, 0, 1));
  CHECK(recognise_header("Pagu Indikatif") == ColumnField{Field::Pagu});
  CHECK(recognise_header("Kode") == ColumnField{Field::Code});
  CHECK(recognise_header("Indikator Kinerja Tujuan") == indikator_of(Field::Tujuan));
  CHECK(recognise_header("Indikator Kinerja Sasaran") == ColumnField{Field::Indikator});
  CHECK(recognise_header("Indikator Kinerja Program (outcome)") == indikator_of(Field::Program));
  CHECK(recognise_header("Indikator Kinerja Kegiatan (output)") == indikator_of(Field::Kegiatan));
  CHECK(recognise_header("Indikator Sub Kegiatan") == indikator_of(Field::SubKegiatan));
  CHECK(recognise_header("Indikator Kinerja Utama") == ColumnField{Field::Indikator});
  CHECK(recognise_header("Unit Kerja Perangkat Daerah Penanggung Jawab") == ColumnField{Field::Unit});
  CHECK(recognise_header("Perangkat Daerah") == ColumnField{Field::Unit});
  CHECK(recognise_header("OPD") == ColumnField{Field::Unit});
  CHECK(recognise_header("SKPD") == ColumnField{Field::Unit});
  CHECK(recognise_header("Lokasi") == ColumnField{Field::Lokasi});
  CHECK(recognise_header("Program dan Kegiatan") == ColumnField{Field::Program});
  CHECK(recognise_header("Program/Kegiatan/Sub Kegiatan") == ColumnField{Field::Program});
  CHECK(recognise_header("Kegiatan") == ColumnField{Field::Kegiatan});
  CHECK(recognise_header("Sub Kegiatan") == ColumnField{Field::SubKegiatan});
  CHECK(recognise_header("Tujuan") == ColumnField{Field::Tujuan});
  CHECK(recognise_header("Tujuan/Sasaran") == ColumnField{Field::Sasaran});
  // IKU
  CHECK(recognise_header("Sasaran Strategis") == ColumnField{Field::Sasaran});
  CHECK(recognise_header("Indikator Kinerja") == ColumnField{Field::Indikator});
  CHECK(recognise_header("Penjelasan/Formulasi") == ColumnField{Field::Formula});
  CHECK(recognise_header("Alasan/Penjelasan") == ColumnField{Field::Formula});
  CHECK(recognise_header("Satuan") == ColumnField{Field::Satuan});
  CHECK(recognise_header("Sumber Data") == ColumnField{Field::SumberData});
  CHECK(recognise_header("Penanggung Jawab") == ColumnField{Field::Unit});
  // PK
  CHECK(recognise_header("Target") == ColumnField{Field::Target});
  CHECK(recognise_header("Cara Mencapai Tujuan dan Sasaran") == ColumnField{});
}

TEST_CASE("a lower header row completes the rows above instead of replacing them") {
  CHECK(recognise_header_parts({"Capaian Kinerja Program dan Kerangka Pendanaan", "Tahun 2021", "Rp"}) ==
        yearly(Field::Pagu, 2021));
  CHECK(recognise_header_parts({"Capaian Kinerja Program dan Kerangka Pendanaan", "Tahun 2021", "Target"}) ==
        yearly(Field::Target, 2021));
  CHECK(recognise_header_parts({"Realisasi", "2022"}) == yearly(Field::Realisasi, 2022));
  CHECK(recognise_header_parts({"Realisasi Anggaran", "2022"}) == yearly(Field::RealisasiPagu, 2022));
  CHECK(recognise_header_parts({"2022", "Realisasi"}) == yearly(Field::Realisasi, 2022));
  CHECK(recognise_header_parts({"Indikator Kinerja", "Program (outcome)"}) == indikator_of(Field::Program));
  CHECK(recognise_header_parts({"Indikator Kinerja", "Satuan"}) == ColumnField{Field::Satuan});
  CHECK(recognise_header_parts({"Kode", "Sub Kegiatan"}) == ColumnField{Field::Code});
  CHECK(recognise_header_parts({"Kondisi Awal", "Rp"}) == ColumnField{});  // counted as left out
}

TEST_CASE("a web table's second header row that lost its colspans is left out, and said so") {
  // tests/fixtures/real/07: "Target | Realisasi" x5 start in column A, under No, Tujuan/Sasaran ...
  std::string text =
      "| No | Tujuan/Sasaran | Indikator | Satuan | 2026 | 2027 |\n"
      "|---|---|---|---|---|---|\n"
      "| Target | Realisasi | Target | Realisasi | | |\n"
      "| 1 | Terwujudnya SDM Unggul | IPM | Indeks | 77.74 | 78.09 |\n";
  std::vector<TableRow> rows = read_table(text, Delimiter::Pipe);
  HeaderBlock block = read_header_block(rows, 0, 0);
  CHECK(block.header_rows == 2);
  CHECK(block.misaligned_lines == std::vector<int>{3});
  CHECK(block.layout[4] == yearly(Field::Target, 2026));
  CHECK(block.layout[0] == ColumnField{Field::Number});
}

TEST_CASE("pipe rows without the outer pipes, and a row broken by a line break inside a cell") {
  std::vector<std::string> cells = split_pipes("Tujuan | Sasaran | Kode |  | Indikator");
  CHECK(cells == std::vector<std::string>{"Tujuan ", " Sasaran ", " Kode ", "  ", " Indikator"});
  CHECK(split_pipes("Satu | dua").empty());  // one pipe in a sentence is no table row
  std::string text =
      "Tujuan | Sasaran | Indikator | Target 2025\n"
      "Meningkatnya mutu | Meningkatnya layanan | Indeks kepuasan | 80\n";
  CHECK(detect_delimiter({"Tujuan | Sasaran | Indikator | Target 2025", "Meningkatnya mutu | Meningkatnya layanan | Indeks kepuasan | 80"}) ==
        Delimiter::Pipe);
  std::vector<TableRow> rows = read_table(text, Delimiter::Pipe);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].cells.size() == 4);

  // As fixture 07: the first row breaks inside its last cell, the second right after a closing '|'.
  std::string broken =
      "| No | Sasaran | Indikator | Definisi | Sumber | Satuan | 2026 |\n"
      "|---|---|---|---|---|---|---|\n"
      "| 1 | Terwujudnya SDM | IPM | IPM mengukur\n"
      "| BPS | Indeks | 77.74 |\n"
      "| 2 | Terwujudnya SDM | IHai |\n"
      "| Survei | Indeks | 7.08 |\n";
  rows = read_table(broken, Delimiter::Pipe);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].line == 3);
  CHECK(rows[1].cells.size() == 7);
  CHECK(rows[1].cells[4] == " BPS ");
  CHECK(rows[2].cells.size() == 7);
  CHECK(rows[2].cells[3].empty());  // the empty Definisi between the two lines
  CHECK(rows[2].cells[4] == " Survei ");
}

TEST_CASE("text from PDF with columns of spaces: read when most lines split alike, and reported as a guess") {
  std::string text =
      "INDIKATOR KINERJA UTAMA DINAS UJI\n"
      "No   Sasaran Strategis            Indikator Kinerja           Satuan    Target 2025\n"
      "1    Meningkatnya mutu layanan    Indeks kepuasan masyarakat  Indeks    82,5\n"
      "2    Meningkatnya akuntabilitas   Nilai SAKIP                 Nilai     75\n"
      "3    Meningkatnya investasi       Nilai investasi             Rp        1.500\n";
  std::vector<std::string_view> lines = split_lines(text);
  CHECK(detect_delimiter(lines) == Delimiter::Spaces);
  ImportResult result = import_text("pdf.txt", text, {});
  CHECK(result.document.sasaran.size() == 3);
  CHECK(result.document.indikator.size() == 3);
  bool guess = false;
  for (const Bilingual& note : result.report.notes) guess = guess || note.en.find("A guess: columns are separated by runs of spaces") == 0;
  CHECK(guess);
  // A CSV stays a CSV even with double spaces in its text.
  CHECK(detect_delimiter({"Sasaran,Indikator,Target 2025", "Meningkatnya  mutu,Indeks  kepuasan,80", "a,b,c"}) == Delimiter::Comma);
}

TEST_CASE("Target/Rp pairs without any year (fixtures 03 and 04 lost the year row) are numbered Tahun-1.., said to be a guess") {
  const char* text =
      "Sasaran\tIndikator\tSatuan\tTarget\tRp.\tTarget\tRp.\tTarget\tRp.\tPerangkat Daerah\n"
      "Meningkatnya kerukunan\tIndeks Kerukunan Umat Beragama\tPersen\t68.7\t1,231,790,000\t69,1-69,5\t1,556,600,000\t69,6-70"
      "\t1,713,578,000\tBadan Kesatuan Bangsa dan Politik\n";
  HeaderBlock block = block_of(text);
  CHECK(block.years_guessed);
  CHECK(block.layout[3] == yearly(Field::Target, 0, 1));
  CHECK(block.layout[4] == yearly(Field::Pagu, 0, 1));
  CHECK(block.layout[7] == yearly(Field::Target, 0, 3));
  CHECK(block.layout[8] == yearly(Field::Pagu, 0, 3));
  CHECK(block.layout[9] == ColumnField{Field::Unit});
  ImportResult result = import_text("rpjmd.tsv", text, {});
  bool said = false;
  for (const Bilingual& note : result.report.notes) said = said || note.en.find("A guess: the Target columns without a year") == 0;
  CHECK(said);
  // A single Target without a year is left alone (a PK takes its year from the title instead).
  CHECK(block_of("Sasaran\tIndikator\tTarget\nA\tB\t1\n").layout[2] == ColumnField{Field::Target});
}

TEST_CASE("IKU table header: No, Sasaran Strategis, Indikator Kinerja, Penjelasan/Formulasi, Satuan, Sumber Data, Penanggung Jawab, years") {
  HeaderBlock block = block_of(
      "No\tSasaran Strategis\tIndikator Kinerja\tPenjelasan/Formulasi\tSatuan\tSumber Data\tPenanggung Jawab\tTarget\t\t\n"
      "\t\t\t\t\t\t\t2025\t2026\t2027\n");
  CHECK(block.header_rows == 2);
  REQUIRE(block.layout.size() == 10);
  CHECK(block.layout[0] == ColumnField{Field::Number});
  CHECK(block.layout[1] == ColumnField{Field::Sasaran});
  CHECK(block.layout[2] == ColumnField{Field::Indikator});
  CHECK(block.layout[3] == ColumnField{Field::Formula});
  CHECK(block.layout[4] == ColumnField{Field::Satuan});
  CHECK(block.layout[5] == ColumnField{Field::SumberData});
  CHECK(block.layout[6] == ColumnField{Field::Unit});
  CHECK(block.layout[7] == yearly(Field::Target, 2025));
  CHECK(block.layout[9] == yearly(Field::Target, 2027));
  CHECK(block.headers[8] == "Target / 2026");
}

TEST_CASE("field names of --map and of the report read back to the same field") {
  std::vector<ColumnField> fields = {ColumnField{Field::Tujuan}, ColumnField{Field::Program}, ColumnField{Field::Kegiatan},
                                     ColumnField{Field::SubKegiatan}, yearly(Field::Pagu, 2024),
                                     yearly(Field::RealisasiPagu, 2024), yearly(Field::Target, 0, 3),
                                     ColumnField{Field::KondisiAkhir}, ColumnField{Field::KondisiAkhirPagu},
                                     ColumnField{Field::Lokasi}, indikator_of(Field::Program), ColumnField{Field::Code},
                                     yearly(Field::Baseline, 2020), ColumnField{Field::None}};
  for (const ColumnField& field : fields) {
    std::optional<ColumnField> back = field_from_name(field_name(field));
    REQUIRE(back.has_value());
    CHECK(*back == field);
  }
  CHECK(field_name(yearly(Field::Pagu, 2024)) == "pagu:2024");
  CHECK(field_name(ColumnField{Field::SubKegiatan}) == "sub_kegiatan");
  CHECK(column_letter(0) == "A");
  CHECK(column_letter(25) == "Z");
  CHECK(column_letter(26) == "AA");
  CHECK(column_letter(27) == "AB");
}

TEST_CASE("a decimal comma on every line of a PDF text does not make it a CSV") {
  CHECK(detect_delimiter({"No   Sasaran Strategis      Indikator Kinerja     Satuan   Target 2025",
                          "1    Meningkatnya mutu      Indeks kepuasan       Indeks   82,5",
                          "2    Meningkatnya layanan   Indeks pelayanan      Indeks   80,1",
                          "3    Meningkatnya akses     Cakupan layanan       %        90,5"}) == Delimiter::Spaces);
  // A CSV with double spaces inside some cells keeps its commas.
  CHECK(detect_delimiter({"Sasaran,Indikator,Satuan,Target 2025", "Meningkatnya  mutu  layanan,Indeks  kepuasan  warga,Indeks,80",
                          "Meningkatnya akses,Cakupan,%,90", "Meningkatnya  layanan  publik,Indeks  pelayanan  prima,Indeks,70"}) ==
        Delimiter::Comma);
}

// The same header read from a workbook whose merged cells fill every cell they cover (how the XLSX reader gives
// them): "Tujuan" down all three rows, "Target Kinerja ..." across the ten year columns, "Tahun 2025" over its
// Target and Rp. Laid out as Pokin's own T-C.27 form writes it (two years), so the file it exports reads back.
TEST_CASE("T-C.27 header from a workbook with merged cells filled: three rows composed, years and Rp apart") {
  const std::string top = "Tujuan\tSasaran\tKode\tProgram dan Kegiatan\tIndikator Kinerja Tujuan, Sasaran, Program (outcome) "
                          "dan Kegiatan (output)\tData Capaian pada Tahun Awal Perencanaan\t";
  std::string text = top +
                     "Target Kinerja Program dan Kerangka Pendanaan\tTarget Kinerja Program dan Kerangka Pendanaan\t"
                     "Target Kinerja Program dan Kerangka Pendanaan\tTarget Kinerja Program dan Kerangka Pendanaan\t"
                     "Kondisi Kinerja pada Akhir Periode\tKondisi Kinerja pada Akhir Periode\tUnit Kerja Penanggung "
                     "Jawab\tLokasi\n" +
                     top +
                     "Tahun 2025\tTahun 2025\tTahun 2026\tTahun 2026\tKondisi Kinerja pada Akhir Periode\tKondisi Kinerja "
                     "pada Akhir Periode\tUnit Kerja Penanggung Jawab\tLokasi\n" +
                     top +
                     "Target\tRp\tTarget\tRp\tTarget\tRp\tUnit Kerja Penanggung Jawab\tLokasi\n"
                     "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\n"
                     "Meningkatnya mutu layanan\t\t\t\tIndeks kepuasan\t70\t72\t\t74\t\t76\t\t\tKabupaten\n";
  HeaderBlock block = block_of(text);
  CHECK(block.header_rows == 3);
  CHECK(block.number_row);
  CHECK(block.end == 4);
  const ColumnLayout& layout = block.layout;
  REQUIRE(layout.size() == 14);
  CHECK(layout[0] == ColumnField{Field::Tujuan});
  CHECK(layout[1] == ColumnField{Field::Sasaran});
  CHECK(layout[3] == ColumnField{Field::Program});
  CHECK(layout[5] == ColumnField{Field::Baseline});
  CHECK(layout[6] == yearly(Field::Target, 2025));
  CHECK(layout[7] == yearly(Field::Pagu, 2025));
  CHECK(layout[8] == yearly(Field::Target, 2026));
  CHECK(layout[9] == yearly(Field::Pagu, 2026));
  CHECK(layout[10] == ColumnField{Field::KondisiAkhir});
}
