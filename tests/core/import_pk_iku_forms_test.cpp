// The IKU and Perjanjian Kinerja forms as planners copy them: a PK of an eselon IV official from Word (TAB-separated:
// the title naming the jabatan, the two parties introduced "Nama : / Jabatan : / selanjutnya disebut PIHAK ...", the
// sasaran table, the budget table "No | Sub Kegiatan | Anggaran | Keterangan", the signature blocks side by side), the
// same form in markdown and copied from a PDF one cell per line, and an IKU whose indicators are numbered within
// their sasaran. Expected values worked out by hand from the text of each test.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_document.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

namespace {

using import_test::indicator;
using import_test::indikator_named;

const std::string kHeading = "KEPALA SUB BAGIAN UMUM DAN KEPEGAWAIAN\n";

std::string agreement(const std::string& heading) {
  return "PERJANJIAN KINERJA TAHUN 2024\n" + heading +
         "DINAS PENDIDIKAN KABUPATEN CONTOH\n"
         "\n"
         "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, kami yang bertanda tangan di bawah ini:\n"
         "Nama\t: SITI AMINAH, S.E.\n"
         "Jabatan\t: Kepala Sub Bagian Umum dan Kepegawaian\n"
         "selanjutnya disebut PIHAK PERTAMA\n"
         "Nama\t: BUDI SANTOSO, S.Sos\n"
         "Jabatan\t: Sekretaris Dinas Pendidikan\n"
         "selaku atasan pihak pertama, selanjutnya disebut PIHAK KEDUA\n"
         "\n"
         "No\tSasaran\tIndikator Kinerja\tTarget\n"
         "1\tTerselenggaranya layanan administrasi yang tertib\tPersentase layanan administrasi tepat waktu\t100%\n"
         "\t\tPersentase data pegawai yang mutakhir\t95%\n"
         "\n"
         "No\tSub Kegiatan\tAnggaran\tKeterangan\n"
         "1\tPenyediaan Jasa Surat Menyurat\tRp. 25.000.000\tAPBD\n"
         "2\tPengadaan Pakaian Dinas beserta Atribut Kelengkapannya\tRp. 40.500.000\tAPBD\n"
         "\n"
         "PIHAK KEDUA,\t\t\tPIHAK PERTAMA,\n"
         "BUDI SANTOSO, S.Sos\t\t\tSITI AMINAH, S.E.\n";
}

const Sasaran* statement_named(const Document& document, const std::string& text) {
  for (const auto& [id, sasaran] : document.sasaran)
    if (sasaran.statement == text || sasaran.nomenclature.name == text) return &sasaran;
  return nullptr;
}

void check_agreement(const Document& document) {
  const Sasaran* sasaran = statement_named(document, "Terselenggaranya layanan administrasi yang tertib");
  REQUIRE(sasaran != nullptr);
  const Unit& holder = document.units.at(sasaran->unit);
  CHECK(holder.name == "Sub Bagian Umum dan Kepegawaian");  // the first party's unit, never the superior's
  CHECK(holder.holder_name == "SITI AMINAH, S.E.");
  const Indikator& tepat = indicator(document, "Persentase layanan administrasi tepat waktu");
  CHECK(tepat.sasaran == sasaran->id);
  REQUIRE(tepat.target.count(2024) == 1);
  CHECK(tepat.target.at(2024).text == "100%");
  CHECK(indicator(document, "Persentase data pegawai yang mutakhir").target.at(2024).text == "95%");
  // The budget table has its own header: its rows are sub kegiatan with the year of the title as their pagu's.
  const Sasaran* surat = statement_named(document, "Penyediaan Jasa Surat Menyurat");
  REQUIRE(surat != nullptr);
  CHECK(surat->nomenclature.kind == NomenclatureKind::SubKegiatan);
  REQUIRE(surat->pagu.count(2024) == 1);
  CHECK(surat->pagu.at(2024).text == "Rp. 25.000.000");
  CHECK(surat->unit == sasaran->unit);
  CHECK(statement_named(document, "Sub Kegiatan") == nullptr);  // the header is no row
  CHECK(indikator_named(document, "Rp. 25.000.000") == nullptr);
  CHECK(document.indikator.size() == 2);
}

}  // namespace

TEST_CASE("perjanjian kinerja: a budget table naming only sub kegiatan has its own header, the title's year") {
  ImportResult result = import_text("pk.txt", agreement(kHeading), {});
  check_agreement(result.document);
}

TEST_CASE("perjanjian kinerja: the second party's 'Jabatan :' never becomes the unit of the table below") {
  // Without the jabatan under the title, the first party's "Jabatan :" names the table's unit; the superior's,
  // read after it, does not replace it.
  ImportResult result = import_text("pk.txt", agreement(""), {});
  check_agreement(result.document);
}

TEST_CASE("perjanjian kinerja: a markdown title still gives its year to the yearless Anggaran column") {
  const std::string text =
      "# PERJANJIAN KINERJA TAHUN 2025\n"
      "## KEPALA BIDANG PELAYANAN KESEHATAN\n"
      "\n"
      "| No | Sasaran Program | Indikator Kinerja | Satuan | Target |\n"
      "|---|---|---|---|---|\n"
      "| 1 | Meningkatnya mutu pelayanan kesehatan dasar | Persentase puskesmas terakreditasi paripurna | % | 40 |\n"
      "\n"
      "| No | Program | Anggaran (Rp) | Keterangan |\n"
      "|---|---|---|---|\n"
      "| 1 | Program Pemenuhan Upaya Kesehatan Perorangan | 1.250.000.000 | APBD |\n";
  ImportResult result = import_text("pk.md", text, {});
  const Document& document = result.document;
  CHECK(indicator(document, "Persentase puskesmas terakreditasi paripurna").target.at(2025).text == "40");
  const Sasaran* program = statement_named(document, "Program Pemenuhan Upaya Kesehatan Perorangan");
  REQUIRE(program != nullptr);
  CHECK(program->nomenclature.kind == NomenclatureKind::Program);
  REQUIRE(program->pagu.count(2025) == 1);
  CHECK(program->pagu.at(2025).text == "1.250.000.000");
}

TEST_CASE("perjanjian kinerja copied from a PDF, one cell per line: the superior is no unit, each program its Rp") {
  // The intro names both parties ("Jabatan : Bupati Contoh ... selanjutnya disebut pihak kedua"): the Bupati
  // signs, the rows are the Kepala Dinas's. The budget table's rows: a number, "Program ...", "Rp ...", "APBD".
  const std::string text =
      "PERJANJIAN KINERJA TAHUN 2023\n"  // 1
      "DINAS LINGKUNGAN HIDUP KABUPATEN CONTOH\n"  // 2
      "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:\n"  // 3
      "Nama : IR. AGUS PRASETYO, M.T.\n"  // 4
      "Jabatan : Kepala Dinas Lingkungan Hidup\n"  // 5
      "selanjutnya disebut pihak pertama\n"  // 6
      "Nama : H. RAHMAT HIDAYAT, S.H.\n"  // 7
      "Jabatan : Bupati Contoh\n"  // 8
      "selaku atasan pihak pertama, selanjutnya disebut pihak kedua\n"  // 9
      "No\n"  // 10
      "Sasaran Strategis\n"  // 11
      "Indikator Kinerja\n"  // 12
      "Target\n"  // 13
      "(1)\n"  // 14
      "(2)\n"  // 15
      "(3)\n"  // 16
      "(4)\n"  // 17
      "1\n"  // 18
      "Meningkatnya kualitas lingkungan hidup\n"  // 19
      "Indeks Kualitas Lingkungan Hidup\n"  // 20
      "68,50\n"  // 21
      "Persentase sampah yang terkelola\n"  // 22
      "72%\n"  // 23
      "2\n"  // 24
      "Meningkatnya ketaatan pelaku usaha terhadap izin lingkungan\n"  // 25
      "Persentase usaha yang taat izin lingkungan\n"  // 26
      "80%\n"  // 27
      "No\n"  // 28
      "Program\n"  // 29
      "Anggaran\n"  // 30
      "Keterangan\n"  // 31
      "1\n"  // 32
      "Program Pengelolaan Persampahan\n"  // 33
      "Rp 3.250.000.000\n"  // 34
      "APBD\n"  // 35
      "2\n"  // 36
      "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup\n"  // 37
      "Rp 1.100.000.000\n"  // 38
      "APBD\n"  // 39
      "Pihak Kedua,\n"  // 40
      "Bupati Contoh\n"  // 41
      "H. RAHMAT HIDAYAT, S.H.\n"  // 42
      "Pihak Pertama,\n"  // 43
      "Kepala Dinas Lingkungan Hidup\n"  // 44
      "IR. AGUS PRASETYO, M.T.\n"  // 45
      "NIP. 19700101 199503 1 002\n";  // 46
  ImportResult result = import_text("pk.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.units.size() == 1);
  CHECK(document.units.begin()->second.kind == UnitKind::Head);  // the Kepala Dinas, never the Bupati
  CHECK(indicator(document, "Indeks Kualitas Lingkungan Hidup").target.at(2023).text == "68,50");
  CHECK(indicator(document, "Persentase sampah yang terkelola").target.at(2023).text == "72%");
  CHECK(indicator(document, "Persentase usaha yang taat izin lingkungan").target.at(2023).text == "80%");
  const Sasaran* sampah = statement_named(document, "Program Pengelolaan Persampahan");
  REQUIRE(sampah != nullptr);  // "1" then "Program Pengelolaan Persampahan": a row, not a column title
  REQUIRE(sampah->pagu.count(2023) == 1);
  CHECK(sampah->pagu.at(2023).text == "3.250.000.000");
  const Sasaran* pencemaran = statement_named(document, "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup");
  REQUIRE(pencemaran != nullptr);
  REQUIRE(pencemaran->pagu.count(2023) == 1);
  CHECK(pencemaran->pagu.at(2023).text == "1.100.000.000");
  CHECK(import_test::reported(result.report, 9));   // the second party's introduction: named, not read
  CHECK(import_test::reported(result.report, 35));  // "APBD": the Keterangan cell, named
}

TEST_CASE("cell lines: indicators numbered within their sasaran (1.1, 1.2, 2.1) are rows, their formulas no indicators") {
  // An IKU copied from a PDF one cell per line: No | Sasaran | Indikator | Formulasi | Sumber Data. "1.2" is the
  // number of "Nilai Tukar Petani" (not a value), and "Indeks harga ..." under it is that indicator's formula.
  const std::string text =
      "INDIKATOR KINERJA UTAMA\n"
      "DINAS PERTANIAN KABUPATEN CONTOH\n"
      "TAHUN 2021-2026\n"
      "No\n"
      "Sasaran Strategis\n"
      "Indikator Kinerja Utama\n"
      "Formulasi Perhitungan\n"
      "Sumber Data\n"
      "1\n"
      "Meningkatnya produksi komoditas pertanian\n"
      "1.1\n"
      "Persentase peningkatan produksi padi\n"
      "Produksi tahun n dibagi produksi tahun sebelumnya\n"
      "BPS\n"
      "1.2\n"
      "Nilai Tukar Petani\n"
      "Indeks harga yang diterima petani dibagi indeks harga yang dibayar petani\n"
      "BPS\n"
      "2\n"
      "Meningkatnya kualitas penyuluhan pertanian\n"
      "2.1\n"
      "Persentase kelompok tani kelas madya\n"
      "Jumlah kelompok tani kelas madya dibagi jumlah kelompok tani\n"
      "Bidang Penyuluhan\n";
  ImportResult result = import_text("iku.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 2);
  CHECK(document.indikator.size() == 3);
  const Sasaran* produksi = statement_named(document, "Meningkatnya produksi komoditas pertanian");
  const Sasaran* penyuluhan = statement_named(document, "Meningkatnya kualitas penyuluhan pertanian");
  REQUIRE(produksi != nullptr);
  REQUIRE(penyuluhan != nullptr);
  CHECK(indicator(document, "Persentase peningkatan produksi padi").sasaran == produksi->id);
  const Indikator& ntp = indicator(document, "Nilai Tukar Petani");
  CHECK(ntp.sasaran == produksi->id);
  CHECK(ntp.formula.rfind("Indeks harga yang diterima petani", 0) == 0);
  CHECK(indicator(document, "Persentase kelompok tani kelas madya").sasaran == penyuluhan->id);
  CHECK(indikator_named(document, "Indeks harga yang diterima petani dibagi indeks harga yang dibayar petani") == nullptr);
}

TEST_CASE("cell lines: a formula opening with a parenthesis and ending 'x 100%' is the formula's cell, whole") {
  // "(A - B) / B x 100%" on its own line: not the end of the indicator's name, and its "100%" no value.
  const std::string text =
      "INDIKATOR KINERJA UTAMA\n"
      "DINAS PERTANIAN KABUPATEN CONTOH\n"
      "NO\n"
      "SASARAN STRATEGIS\n"
      "INDIKATOR KINERJA UTAMA\n"
      "FORMULASI PERHITUNGAN\n"
      "SUMBER DATA\n"
      "1\n"
      "Meningkatnya produksi komoditas pertanian\n"
      "1.1\n"
      "Persentase peningkatan produksi padi\n"
      "(Produksi tahun n - produksi tahun n-1) / produksi tahun n-1 x 100%\n"
      "BPS dan Bidang Tanaman Pangan\n";
  ImportResult result = import_text("iku.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.indikator.size() == 1);
  const Indikator& padi = indicator(document, "Persentase peningkatan produksi padi");
  CHECK(padi.formula == "(Produksi tahun n - produksi tahun n-1) / produksi tahun n-1 x 100%");
  CHECK(padi.sumber_data == "BPS dan Bidang Tanaman Pangan");
  CHECK(padi.target.empty());
}

TEST_CASE("perjanjian kinerja: a heading naming the unit and its agency is the first party's unit, by its short name") {
  // tests/fixtures/forms/pk_kepala_bidang_heading_with_agency.txt: the table's heading is "BIDANG BINA MARGA DINAS
  // PEKERJAAN UMUM ..."; the first party is the Kepala Bidang Bina Marga. Signature blocks sit in the table's columns
  // below the budget table (four rows).
  ImportResult result = import_file(std::string(POKIN_FIXTURES) + "/forms/pk_kepala_bidang_heading_with_agency.txt", {});
  const Document& document = result.document;
  const Sasaran& jalan = import_test::statement(document, "Meningkatnya kualitas jalan kabupaten");
  const Unit& bidang = document.units.at(jalan.unit);
  CHECK(bidang.name == "Bidang Bina Marga");
  CHECK(bidang.holder_name == "Contoh Nama, S.T., M.T.");
  CHECK(document.sasaran.size() == 4);  // two sasaran program and two programs with their Rp
  CHECK(document.indikator.size() == 3);
  CHECK(indicator(document, "Rasio konektivitas kabupaten").target.at(2024).text == "0,65");
}
