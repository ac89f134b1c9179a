// The IKU decree's lampiran as planners hold it ("INDIKATOR KINERJA UTAMA <instansi> TAHUN 2021-2026": No |
// Sasaran Strategis | Indikator Kinerja Utama | Penjelasan / Formulasi | Satuan | Sumber Data | Penanggung Jawab |
// Target over the years) and cascading matrices of a Biro, copied from Excel, Word or a PDF. Each table is written
// here by hand; the expected tree was worked out from it before running the import.
#include <doctest/doctest.h>

#include <string>

#include "core/import/cascade_matrix_columns.h"
#include "core/import/import_document.h"
#include "core/import/nomenclature_code.h"
#include "tests/core/import_fixture_support.h"
#include "tests/core/word_document_builder.h"

using namespace pokin;
using namespace pokin::import;
using import_test::indicator;
using import_test::statement;

namespace {

std::string target(const Indikator& indikator, int year) {
  auto found = indikator.target.find(year);
  return found == indikator.target.end() ? std::string() : found->second.text;
}

}  // namespace

TEST_CASE("IKU of a whole agency in one table: the Penanggung Jawab answers for each indicator, the head holds the sasaran") {
  const std::string text =
      "INDIKATOR KINERJA UTAMA DINAS PERHUBUNGAN PROVINSI SULAWESI SELATAN TAHUN 2021-2026\n"
      "\n"
      "No\tSasaran Strategis\tIndikator Kinerja Utama\tPenjelasan / Formulasi Perhitungan\tSatuan\tSumber Data\t"
      "Penanggung Jawab\tTarget\t\t\n"
      "\t\t\t\t\t\t\t2022\t2023\t2024\n"
      "1\tMeningkatnya kinerja pelayanan transportasi\tIndeks Kepuasan Masyarakat\tRata-rata nilai unsur x 25\t"
      "Indeks\tLaporan SKM\tSekretaris\t80\t81\t82\n"
      "\t\tPersentase sarana dalam kondisi baik\tSarana baik / seluruh sarana x 100%\t%\tKIB\tKepala Bidang Prasarana\t"
      "70\t72\t74\n"
      "2\tMeningkatnya keselamatan lalu lintas\tAngka kecelakaan\tJumlah kecelakaan setahun\tkejadian\tPolda\t"
      "Kepala Bidang LLAJ\t120\t110\t100\n";
  ImportResult result = import_text("iku.txt", text, {});
  const Document& document = result.document;
  CHECK(result.report.format == "table");  // one table: no lampiran of one table per unit
  CHECK(document.sasaran.size() == 2);
  CHECK(document.indikator.size() == 3);
  const Sasaran& layanan = statement(document, "Meningkatnya kinerja pelayanan transportasi");
  const Sasaran& keselamatan = statement(document, "Meningkatnya keselamatan lalu lintas");
  // Both sasaran strategis are the agency's: one holder, the head (no parent).
  CHECK(layanan.unit == keselamatan.unit);
  CHECK(document.find_unit(layanan.unit)->parent == kNoId);
  const Indikator& kondisi = indicator(document, "Persentase sarana dalam kondisi baik");
  CHECK(kondisi.sasaran == layanan.id);
  CHECK(target(kondisi, 2022) == "70");
  CHECK(target(kondisi, 2024) == "74");
  CHECK(kondisi.sumber_data == "KIB");
  CHECK(kondisi.penanggung_jawab.find("Prasarana") != std::string::npos);
  const Indikator& kecelakaan = indicator(document, "Angka kecelakaan");
  CHECK(kecelakaan.sasaran == keselamatan.id);
  CHECK(target(kecelakaan, 2023) == "110");
  CHECK(kecelakaan.penanggung_jawab.find("LLAJ") != std::string::npos);
}

TEST_CASE("cascading matrix of a Biro: 'Eselon II/III/IV' columns hold each level's jabatan, one yearless Target per level") {
  // A Biro of a Sekretariat Daerah, as CSV: the Kepala Biro, two Kepala Bagian, three Kepala Sub Bagian; the merged
  // cells of the upper levels arrive as blanks; "Target" without a year in each level, the year in the title.
  const std::string text =
      "MATRIKS CASCADING IKU BIRO ORGANISASI SETDA KABUPATEN BADUNG TAHUN 2024,,,,,,,,,,,\n"
      "Eselon II,Sasaran Strategis,IKU,Target,Eselon III,Sasaran Program,IKP,Target,Eselon IV,Sasaran Kegiatan,IKK,Target\n"
      "Kepala Biro Organisasi,Meningkatnya akuntabilitas kinerja,Nilai SAKIP,BB,Kepala Bagian Kelembagaan,"
      "Meningkatnya ketepatan kelembagaan,Persentase PD dengan kelembagaan tepat,90%,Kepala Sub Bagian Kelembagaan,"
      "Tersusunnya evaluasi kelembagaan,Jumlah dokumen evaluasi,2\n"
      ",,,,,,,,Kepala Sub Bagian Anjab,Tersusunnya analisis jabatan,Jumlah dokumen anjab,40\n"
      ",,,,Kepala Bagian Reformasi Birokrasi,Meningkatnya indeks RB,Indeks RB,70,Kepala Sub Bagian Akuntabilitas,"
      "Terevaluasinya SAKIP perangkat daerah,Persentase PD yang dievaluasi,100%\n";
  ImportResult result = import_text("matriks.csv", text, {});
  const Document& document = result.document;
  CHECK(document.units.size() == 6);  // the Kepala Biro heads 2 Bagian and 3 Sub Bagian
  CHECK(document.sasaran.size() == 6);
  CHECK(document.indikator.size() == 6);
  const Sasaran& biro = statement(document, "Meningkatnya akuntabilitas kinerja");
  const Sasaran& kelembagaan = statement(document, "Meningkatnya ketepatan kelembagaan");
  const Sasaran& anjab = statement(document, "Tersusunnya analisis jabatan");
  const Sasaran& akuntabilitas = statement(document, "Terevaluasinya SAKIP perangkat daerah");
  CHECK(biro.level == 0);
  CHECK(kelembagaan.level == 1);
  CHECK(anjab.level == 2);
  CHECK(anjab.parent == kelembagaan.id);
  CHECK(akuntabilitas.parent == statement(document, "Meningkatnya indeks RB").id);
  CHECK(kelembagaan.parent == biro.id);
  // The Kepala Biro is the head of the tree, each Bagian under it, each Sub Bagian under its Bagian.
  const Unit* head = document.find_unit(biro.unit);
  REQUIRE(head != nullptr);
  CHECK(head->name == "Kepala Biro");
  CHECK(head->parent == kNoId);
  CHECK(document.find_unit(kelembagaan.unit)->name == "Bagian Kelembagaan");
  CHECK(document.find_unit(kelembagaan.unit)->parent == biro.unit);
  CHECK(document.find_unit(anjab.unit)->name == "Sub Bagian Anjab");
  CHECK(document.find_unit(anjab.unit)->parent == kelembagaan.unit);
  // Every level's Target is of 2024, the title's year (not Tahun-1, Tahun-2, Tahun-3 of a period).
  CHECK(target(indicator(document, "Nilai SAKIP"), 2024) == "BB");
  CHECK(target(indicator(document, "Indeks RB"), 2024) == "70");
  CHECK(target(indicator(document, "Jumlah dokumen anjab"), 2024) == "40");
  CHECK(result.report.lines.empty());
}

TEST_CASE("long cascade matrix of a Biro: the Kepala Biro named in the Jabatan column is the one head") {
  // One row per node, the level in an Eselon column in roman numerals, the jabatan in its own words.
  const std::string text =
      "MATRIKS CASCADING IKU BIRO HUKUM SETDA PROVINSI BALI\n"
      "No\tEselon\tJabatan\tSasaran\tIndikator Kinerja\tSatuan\tTarget 2025\n"
      "1\tII\tKepala Biro Hukum\tMeningkatnya kepastian hukum\tPersentase produk hukum tidak dibatalkan\t%\t100\n"
      "1.1\tIII\tKepala Bagian Perundang-undangan\tMeningkatnya kualitas rancangan\tPersentase ranperda diharmonisasi\t%\t95\n"
      "1.1.1\tIV\tKepala Sub Bagian Penyusunan Perda\tTersusunnya rancangan perda\tJumlah ranperda disusun\tdokumen\t12\n"
      "1.2\tIII\tKepala Bagian Bantuan Hukum\tMeningkatnya penyelesaian perkara\tPersentase perkara dimenangkan\t%\t80\n";
  ImportResult result = import_text("matriks.txt", text, {});
  const Document& document = result.document;
  CHECK(document.units.size() == 4);  // the Kepala Biro, 2 Bagian, 1 Sub Bagian: no "Kepala Dinas" beside them
  const Sasaran& biro = statement(document, "Meningkatnya kepastian hukum");
  const Sasaran& perda = statement(document, "Tersusunnya rancangan perda");
  CHECK(biro.level == 0);
  CHECK(statement(document, "Meningkatnya kualitas rancangan").level == 1);
  CHECK(perda.level == 2);
  CHECK(perda.parent == statement(document, "Meningkatnya kualitas rancangan").id);
  CHECK(statement(document, "Meningkatnya penyelesaian perkara").parent == biro.id);
  CHECK(document.find_unit(biro.unit)->name == "Kepala Biro");
  CHECK(document.find_unit(biro.unit)->parent == kNoId);
  CHECK(target(indicator(document, "Jumlah ranperda disusun"), 2025) == "12");
}

TEST_CASE("IKU with a two-row header whose merged cells were filled into every cell: one header, the years under Target") {
  // As a spreadsheet export that writes a merged cell's text into each cell it covers: "No" over "No", "Target"
  // over each year. The lower row is the years, not a header printed again.
  const std::string text =
      "INDIKATOR KINERJA UTAMA BADAN PENDAPATAN DAERAH KOTA MAKASSAR TAHUN 2021-2026\n"
      "No\tSasaran Strategis\tIndikator Kinerja Utama\tSatuan\tTarget\tTarget\tTarget\n"
      "No\tSasaran Strategis\tIndikator Kinerja Utama\tSatuan\t2022\t2023\t2024\n"
      "1\tMeningkatnya pendapatan asli daerah\tPersentase peningkatan PAD\t%\t5\t5,5\t6\n"
      "\t\tRasio PAD terhadap pendapatan daerah\t%\t30\t31\t32\n";
  ImportResult result = import_text("iku.txt", text, {});
  const Document& document = result.document;
  REQUIRE(result.report.tables.size() == 1);
  CHECK(result.report.tables.front().header_rows == 2);
  CHECK(document.sasaran.size() == 1);
  CHECK(document.indikator.size() == 2);
  const Indikator& pad = indicator(document, "Persentase peningkatan PAD");
  CHECK(target(pad, 2022) == "5");
  CHECK(target(pad, 2023) == "5,5");
  CHECK(target(indicator(document, "Rasio PAD terhadap pendapatan daerah"), 2024) == "32");
}

TEST_CASE("cascade levels: a Kepala Biro is eselon II, the first level") {
  CHECK(cascade_level_named("Kepala Biro Perekonomian / Sasaran") == 1);
  CHECK(cascade_level_of_cell("Kepala Biro Hukum") == 1);
  CHECK(cascade_level_of_cell("Karo Umum") == 1);
  CHECK(cascade_level_of_cell("Kepala Bagian Perekonomian") == 2);
  CHECK(cascade_level_of_cell("Kepala Sub Bagian Program") == 3);
}

TEST_CASE("IKU decree as a Word table: 'Target' spanning the years, the sasaran merged down, packed explanations") {
  // Expected by hand: 2 sasaran, 3 indicators; the first sasaran's two indicators under one vMerge; Formulasi,
  // Sumber Data and Penanggung Jawab of the packed cell go to their fields; targets 2023..2025.
  auto restart = [](const std::string& text) { return "[restart]" + text; };
  const std::string c = "[continue]";
  std::vector<std::vector<std::string>> rows = {
      {restart("No"), restart("Sasaran Strategis"), restart("Indikator Kinerja Utama"),
       restart("Penjelasan / Formulasi Perhitungan"), restart("Satuan"), "[span=3]Target"},
      {c, c, c, c, c, "2023", "2024", "2025"},
      {restart("1"), restart("Meningkatnya kualitas lingkungan hidup"), "Indeks Kualitas Air",
       "Alasan: mengukur mutu air sungai\nFormulasi: rata-rata indeks titik pantau\nSumber Data: Laporan IKA\n"
       "Penanggung Jawab: Bidang Pengendalian Pencemaran",
       "indeks", "52", "53", "54"},
      {c, c, "Indeks Kualitas Udara", "Formulasi: rata-rata indeks NO2 dan SO2\nSumber Data: Laporan IKU Udara", "indeks",
       "85", "86", "87"},
      {"2", "Meningkatnya pengelolaan sampah", "Persentase sampah terkelola", "Sampah terkelola / timbulan x 100%", "%",
       "70", "75", "80"},
  };
  std::string docx = pokin::test::build_docx(pokin::test::word_paragraphs(
                                    "INDIKATOR KINERJA UTAMA DINAS LINGKUNGAN HIDUP KABUPATEN GIANYAR TAHUN 2021-2026") +
                                pokin::test::word_table(8, rows));
  ImportResult result = import_text("iku.docx", docx, {});
  const Document& document = result.document;
  CHECK(document.sasaran.size() == 2);
  CHECK(document.indikator.size() == 3);
  const Sasaran& lingkungan = statement(document, "Meningkatnya kualitas lingkungan hidup");
  const Indikator& air = indicator(document, "Indeks Kualitas Air");
  const Indikator& udara = indicator(document, "Indeks Kualitas Udara");
  CHECK(air.sasaran == lingkungan.id);
  CHECK(udara.sasaran == lingkungan.id);
  CHECK(air.sumber_data == "Laporan IKA");
  CHECK(air.penanggung_jawab == "Bidang Pengendalian Pencemaran");
  CHECK(air.formula.find("rata-rata indeks titik pantau") != std::string::npos);
  CHECK(udara.sumber_data == "Laporan IKU Udara");
  CHECK(target(air, 2023) == "52");
  CHECK(target(udara, 2025) == "87");
  CHECK(target(indicator(document, "Persentase sampah terkelola"), 2024) == "75");
}

TEST_CASE("long cascade matrix numbered 1 / 1.1 / 1.1.1 in a Kode column: each number is its node's code") {
  const std::string text =
      "Kode\tJabatan\tSasaran\tIndikator\tTarget 2025\n"
      "1\tKepala Biro Umum\tMeningkatnya kualitas layanan umum\tIndeks kepuasan layanan\t85\n"
      "1.1\tKepala Bagian Rumah Tangga\tMeningkatnya layanan rumah tangga\tPersentase layanan tepat waktu\t90\n"
      "1.1.1\tKepala Sub Bagian Perlengkapan\tTersedianya perlengkapan kantor\tPersentase kebutuhan terpenuhi\t95\n"
      "1.1.2\tKepala Sub Bagian Perlengkapan\tTerpeliharanya gedung kantor\tPersentase gedung terpelihara\t80\n";
  ImportResult result = import_text("matriks.txt", text, {});
  const Document& document = result.document;
  CHECK(document.sasaran.size() == 4);
  const Sasaran& rumah_tangga = statement(document, "Meningkatnya layanan rumah tangga");
  const Sasaran& perlengkapan = statement(document, "Tersedianya perlengkapan kantor");
  const Sasaran& gedung = statement(document, "Terpeliharanya gedung kantor");
  CHECK(rumah_tangga.code == "1.1");
  CHECK(perlengkapan.code == "1.1.1");  // no program kode: the table names no program
  CHECK(gedung.code == "1.1.2");
  CHECK(perlengkapan.level == 2);
  CHECK(perlengkapan.parent == rumah_tangga.id);
  CHECK(gedung.parent == rumah_tangga.id);
  CHECK(perlengkapan.nomenclature.kode.empty());
}

TEST_CASE("outline numbers and kode are told apart by the second segment") {
  CHECK(pokin::import::is_outline_number("1.1.1"));
  CHECK(pokin::import::is_outline_number("2.3."));
  CHECK_FALSE(pokin::import::is_outline_number("1.02.01"));
  CHECK_FALSE(pokin::import::is_outline_number("1"));
  CHECK_FALSE(pokin::import::is_outline_number("1.a"));
}

TEST_CASE("IKU: indicators numbered within their sasaran in the indicator cell ('1. Nilai EKPPD') keep the number as code") {
  const std::string text =
      "No.\tSasaran Strategis\tIndikator Kinerja Utama\tSatuan\tTarget 2024\tPenanggung Jawab\n"
      "1.\tMeningkatnya kualitas pemerintahan daerah\t1. Nilai EKPPD\tNilai\t3,4\tKepala Bagian Otonomi Daerah\n"
      "\t\t2) Persentase kerja sama terlaksana\t%\t85\tKepala Bagian Kerja Sama\n"
      "\t\t1.3 Indeks tata kelola\tIndeks\t3\tKepala Bagian Otonomi Daerah\n"
      "2.\tMeningkatnya pembangunan desa\t1.000 Desa mandiri terbina\tdesa\t12\tKepala Bagian Otonomi Daerah\n";
  ImportResult result = import_text("iku.txt", text, {});
  const Document& document = result.document;
  CHECK(document.indikator.size() == 4);
  CHECK(indicator(document, "Nilai EKPPD").code == "1");
  CHECK(indicator(document, "Persentase kerja sama terlaksana").code == "2");
  CHECK(indicator(document, "Indeks tata kelola").code == "1.3");
  CHECK(target(indicator(document, "Nilai EKPPD"), 2024) == "3,4");
  // A thousand written with a dot is part of the name.
  CHECK(import_test::indikator_named(document, "1.000 Desa mandiri terbina") != nullptr);
}

TEST_CASE("cascading matrix whose columns name the eselon: 'Sasaran Eselon III', 'IKU Eselon II' are each level's columns") {
  const std::string text =
      "MATRIKS CASCADING IKU BIRO KESEJAHTERAAN RAKYAT TAHUN 2025\n"
      "Sasaran Eselon II\tIKU Eselon II\tTarget\tSasaran Eselon III\tIndikator Eselon III\tTarget\tSasaran Eselon IV\t"
      "Indikator Eselon IV\tTarget\n"
      "Meningkatnya kesejahteraan sosial\tIndeks pembangunan manusia\t72\tMeningkatnya layanan keagamaan\t"
      "Persentase rumah ibadah terfasilitasi\t60%\tTerfasilitasinya hibah rumah ibadah\tJumlah rumah ibadah\t50\n"
      "\t\t\t\t\t\tTerlaksananya MTQ\tJumlah peserta MTQ\t300\n";
  ImportResult result = import_text("matriks.txt", text, {});
  const Document& document = result.document;
  CHECK(document.sasaran.size() == 4);
  CHECK(document.indikator.size() == 4);
  const Sasaran& top = statement(document, "Meningkatnya kesejahteraan sosial");
  CHECK(indicator(document, "Indeks pembangunan manusia").sasaran == top.id);
  CHECK(target(indicator(document, "Indeks pembangunan manusia"), 2025) == "72");
  const Sasaran& keagamaan = statement(document, "Meningkatnya layanan keagamaan");
  CHECK(keagamaan.parent == top.id);
  CHECK(statement(document, "Terlaksananya MTQ").parent == keagamaan.id);
  CHECK(statement(document, "Terlaksananya MTQ").level == 2);
  CHECK(target(indicator(document, "Jumlah peserta MTQ"), 2025) == "300");
  CHECK(result.report.lines.empty());
}

TEST_CASE("long cascade matrix: a Level column naming the sasaran's level makes the unit of 'Sasaran Strategis' the head") {
  // The Biro is written as its unit name only ("Biro Administrasi Pembangunan"), no "Kepala": its level says it
  // leads. Expected: 4 units (the Biro at the top, two Bagian under it, one Sub Bagian), 4 sasaran.
  const std::string text =
      "Level\tUnit Kerja\tSasaran\tIndikator\tSatuan\tTarget 2025\n"
      "Sasaran Strategis\tBiro Administrasi Pembangunan\tMeningkatnya kualitas pengendalian pembangunan\t"
      "Persentase realisasi fisik APBD\t%\t95\n"
      "\t\t\tPersentase realisasi keuangan APBD\t%\t90\n"
      "Sasaran Program\tBagian Pengendalian Program\tMeningkatnya kualitas laporan pengendalian\t"
      "Persentase laporan tepat waktu\t%\t100\n"
      "Sasaran Kegiatan\tSub Bagian Monitoring\tTersusunnya laporan monitoring\tJumlah laporan\tdokumen\t12\n"
      "Sasaran Program\tBagian Pengadaan Barang dan Jasa\tMeningkatnya kualitas pengadaan\tPersentase tender tepat waktu\t%\t85\n";
  ImportResult result = import_text("matriks.txt", text, {});
  const Document& document = result.document;
  CHECK(document.units.size() == 4);
  const Sasaran& top = statement(document, "Meningkatnya kualitas pengendalian pembangunan");
  CHECK(top.level == 0);
  CHECK(document.find_unit(top.unit)->parent == kNoId);
  CHECK(indicator(document, "Persentase realisasi keuangan APBD").sasaran == top.id);
  const Sasaran& pengadaan = statement(document, "Meningkatnya kualitas pengadaan");
  CHECK(pengadaan.level == 1);
  CHECK(pengadaan.parent == top.id);
  CHECK(document.find_unit(pengadaan.unit)->parent == top.unit);
  CHECK(statement(document, "Tersusunnya laporan monitoring").level == 2);
  // No title above the header: a data row naming a Biro is no agency title.
  CHECK(document.info.instansi.empty());
}
