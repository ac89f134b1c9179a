// Bordered tables in the shapes planners save them: a Renja as Indonesian-Excel CSV (';', decimal comma) with the
// kode split over one column per level, a T-C.27 whose unit column names the agency itself, an IKU cut into
// sections by rows spanning the table ("Inspektorat Wilayah I"), a Perjanjian Kinerja per jabatan as markdown (one
// table per heading), an IKU with a "Kode IKU" column. The inputs are written here by hand; every expected value
// was worked out from them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/import/column_fields.h"
#include "core/import/import_document.h"
#include "core/import/table_reading.h"
#include "import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

namespace {

const Sasaran* statement_named(const Document& document, const std::string& statement) {
  for (const auto& [id, sasaran] : document.sasaran)
    if (sasaran.statement == statement) return &sasaran;
  return nullptr;
}

std::string unit_of(const Document& document, const Sasaran& sasaran) { return document.units.at(sasaran.unit).name; }

int statements_held_by(const Document& document, const std::string& unit) {
  int held = 0;
  for (const auto& [id, sasaran] : document.sasaran)
    if (document.units.at(sasaran.unit).name == unit) ++held;
  return held;
}

}  // namespace

TEST_CASE("a Renja saved as semicolon CSV: level-named columns holding kode pieces are the kode, Uraian names it") {
  const char* const text =
      "RENCANA KERJA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH TAHUN 2024;;;;;;;;;;\n"
      "Urusan;Bidang;Program;Kegiatan;Sub Kegiatan;Uraian;Indikator Kinerja;Target;Satuan;Pagu Indikatif (Rp);Kelompok Sasaran\n"
      "2;16;;;;;;;;;\n"
      "2;16;01;;;PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA;Nilai SAKIP;72,5;Nilai;1.250.000.000;Aparatur\n"
      "2;16;01;2.01;;Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah;Dokumen tepat waktu;100;%;45.000.000;Aparatur\n"
      "2;16;01;2.01;0001;Penyusunan Dokumen Perencanaan Perangkat Daerah;Jumlah Dokumen;3;Dokumen;25.000.000;Aparatur\n";
  ImportResult result = import_text("renja.csv", text, {});
  const Document& document = result.document;
  // Three names, three statements: neither the kode pieces ("01", "2.01") nor "Aparatur" become statements.
  CHECK(document.sasaran.size() == 3);
  const Sasaran* program = statement_named(document, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA");
  const Sasaran* kegiatan = statement_named(document, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah");
  const Sasaran* sub = statement_named(document, "Penyusunan Dokumen Perencanaan Perangkat Daerah");
  REQUIRE(program);
  REQUIRE(kegiatan);
  REQUIRE(sub);
  CHECK(program->nomenclature.kind == NomenclatureKind::Program);
  CHECK(program->nomenclature.kode == "2.16.01");
  CHECK(kegiatan->nomenclature.kode == "2.16.01.2.01");
  CHECK(sub->nomenclature.kind == NomenclatureKind::SubKegiatan);
  CHECK(sub->nomenclature.kode == "2.16.01.2.01.0001");
  CHECK(document.sasaran.at(sub->parent).statement == kegiatan->statement);
  CHECK(document.sasaran.at(kegiatan->parent).statement == program->statement);
  CHECK(sub->pagu.at(2024).text == "25.000.000");
  const Indikator* nilai = import_test::indikator_named(document, "Nilai SAKIP");
  REQUIRE(nilai);
  CHECK(nilai->target.at(2024).text == "72,5");
  CHECK(nilai->satuan == "Nilai");
}

TEST_CASE("level-named columns holding names stay name columns, and Kelompok Sasaran, Sumber Dana, Kode IKU are read") {
  CHECK(recognise_header("Kelompok Sasaran").field == Field::None);
  CHECK(recognise_header("Sumber Dana").field == Field::None);
  CHECK(recognise_header("Kode IKU").field == Field::Code);
  CHECK(recognise_header("Kode IKU").describes == Field::Indikator);
  CHECK(recognise_header("Kode").describes == Field::None);
  // "Program" and "Kegiatan" holding names: the statements keep their names, no kode is made up.
  const char* const text =
      "Program\tKegiatan\tIndikator\tTarget 2024\n"
      "Program Penunjang Urusan\t\tNilai SAKIP\t70\n"
      "\tPerencanaan Perangkat Daerah\tDokumen tepat waktu\t100\n";
  ImportResult result = import_text("names.tsv", text, {});
  const Sasaran* kegiatan = statement_named(result.document, "Perencanaan Perangkat Daerah");
  REQUIRE(kegiatan);
  CHECK(kegiatan->nomenclature.kind == NomenclatureKind::Kegiatan);
  CHECK(kegiatan->nomenclature.kode.empty());
}

TEST_CASE("a T-C.27 whose unit column names the agency of its title: the rows belong to the agency's head") {
  const char* const text =
      "RENSTRA DINAS PERHUBUNGAN KABUPATEN CONTOH 2026-2030\n"
      "Sasaran\tKode\tProgram dan Kegiatan\tIndikator\tTarget 2026\tRp 2026\tUnit Kerja Penanggung Jawab\n"
      "Meningkatnya keselamatan lalu lintas\t\t\tAngka kecelakaan\t115\t\tDinas Perhubungan Kabupaten Contoh\n"
      "\t2.15.02\tPROGRAM PENYELENGGARAAN LLAJ\tFasilitas terpenuhi\t65%\t1.000.000.000\tDinas Perhubungan Kabupaten Contoh\n"
      "\t2.15.02.2.01\tRencana Induk Jaringan LLAJ\tJumlah dokumen\t1\t200.000.000\tBidang Lalu Lintas\n";
  ImportResult result = import_text("tc27.tsv", text, {});
  const Document& document = result.document;
  // Two units: the head ("Kepala Dinas", the agency named by the title) and Bidang Lalu Lintas; no unit called
  // "Dinas Perhubungan Kabupaten Contoh" below the head.
  CHECK(document.units.size() == 2);
  const Sasaran* program = statement_named(document, "PROGRAM PENYELENGGARAAN LLAJ");
  const Sasaran* kegiatan = statement_named(document, "Rencana Induk Jaringan LLAJ");
  REQUIRE(program);
  REQUIRE(kegiatan);
  CHECK(document.units.at(program->unit).parent == kNoId);
  CHECK(unit_of(document, *kegiatan) == "Bidang Lalu Lintas");
}

TEST_CASE("an IKU cut into sections by rows spanning the table: each names the unit of the rows below it") {
  const char* const text =
      "No,Sasaran,Indikator Kinerja,Satuan,2023,2024\n"
      "Sekretariat,,,,,\n"
      "1,Terwujudnya tata kelola yang baik,Nilai AKIP,Predikat,BB,A\n"
      "Inspektorat Wilayah I,,,,,\n"
      "1,Meningkatnya kualitas pengawasan,Rekomendasi ditindaklanjuti,%,80,82\n"
      "2,,Indeks kepuasan auditan,Indeks,3,\"3,2\"\n"
      "Inspektorat Wilayah II,,,,,\n"
      "1,Meningkatnya kualitas pengawasan,Rekomendasi ditindaklanjuti,%,75,78\n";
  ImportResult result = import_text("iku.csv", text, {});
  const Document& document = result.document;
  CHECK(statements_held_by(document, "Sekretariat") == 1);
  CHECK(statements_held_by(document, "Inspektorat Wilayah I") == 1);
  // The same statement under the next section is that section's own sasaran.
  CHECK(statements_held_by(document, "Inspektorat Wilayah II") == 1);
  CHECK(document.sasaran.size() == 3);
  CHECK(document.indikator.size() == 4);
  const Indikator* kepuasan = import_test::indikator_named(document, "Indeks kepuasan auditan");
  REQUIRE(kepuasan);
  CHECK(kepuasan->target.at(2024).text == "3,2");
  CHECK(unit_of(document, document.sasaran.at(kepuasan->sasaran)) == "Inspektorat Wilayah I");
  // Every row is placed: the section rows are read, none is left "not understood".
  CHECK(result.report.lines.empty());
}

TEST_CASE("a sasaran written across the table under No holds the indicator rows below it") {
  const char* const text =
      "No\tIndikator Kinerja\tTarget 2025\n"
      "Sasaran 1: Meningkatnya kualitas pelayanan publik\t\t\n"
      "1\tIndeks Kepuasan Masyarakat\t85\n"
      "2\tPersentase pengaduan yang ditindaklanjuti\t100%\n";
  ImportResult result = import_text("iku.tsv", text, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 1);
  const Sasaran* sasaran = statement_named(document, "Meningkatnya kualitas pelayanan publik");
  REQUIRE(sasaran);
  const Indikator* pengaduan = import_test::indikator_named(document, "Persentase pengaduan yang ditindaklanjuti");
  REQUIRE(pengaduan);
  CHECK(document.sasaran.at(pengaduan->sasaran).statement == sasaran->statement);
  CHECK(pengaduan->target.at(2025).text == "100%");
}

TEST_CASE("a Perjanjian Kinerja per jabatan in markdown: the heading above each table names its unit") {
  const char* const text =
      "# PERJANJIAN KINERJA TAHUN 2025\n"
      "\n"
      "### Kepala Dinas\n"
      "| No | Sasaran Strategis | Indikator Kinerja | Target |\n"
      "|---|---|---|---|\n"
      "| 1 | Meningkatnya kualitas pelayanan | Indeks Kepuasan Masyarakat | 85 |\n"
      "\n"
      "### B. Sekretaris\n"
      "| No | Sasaran | Indikator Kinerja | Target |\n"
      "|---|---|---|---|\n"
      "| 1 | Meningkatnya akuntabilitas kinerja | Nilai SAKIP | 70 |\n"
      "\n"
      "**Jabatan : Kepala Bidang Pelayanan Pendaftaran Penduduk**\n"
      "| No | Sasaran | Indikator Kinerja | Target |\n"
      "|---|---|---|---|\n"
      "| 1 | Meningkatnya kepemilikan KTP-el | Persentase penduduk ber-KTP-el | 98% |\n";
  ImportResult result = import_text("pk.md", text, {});
  const Document& document = result.document;
  const Sasaran* head = statement_named(document, "Meningkatnya kualitas pelayanan");
  const Sasaran* sekretariat = statement_named(document, "Meningkatnya akuntabilitas kinerja");
  const Sasaran* bidang = statement_named(document, "Meningkatnya kepemilikan KTP-el");
  REQUIRE(head);
  REQUIRE(sekretariat);
  REQUIRE(bidang);
  CHECK(unit_of(document, *head) == "Kepala Dinas");
  CHECK(unit_of(document, *sekretariat) == "Sekretariat");
  CHECK(unit_of(document, *bidang) == "Bidang Pelayanan Pendaftaran Penduduk");
  CHECK(import_test::indikator_named(document, "Nilai SAKIP")->target.at(2025).text == "70");
}

TEST_CASE("a Kode IKU column is the indicator's code: two IKU rows under one merged sasaran stay one sasaran") {
  const char* const text =
      "Kode\tSasaran Strategis\tKode IKU\tIndikator Kinerja Utama\t2019\t2020\n"
      "C1\tOrganisasi dan tata kelola yang baik\tC1.1\tNilai Reformasi Birokrasi\t85\t85\n"
      "\t\tC1.2\tNilai AKIP\tBB\tA\n";
  ImportResult result = import_text("iku.tsv", text, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 1);
  CHECK(document.sasaran.begin()->second.code == "C1");
  const Indikator* akip = import_test::indikator_named(document, "Nilai AKIP");
  REQUIRE(akip);
  CHECK(akip->code == "C1.2");
  CHECK(akip->sasaran == document.sasaran.begin()->first);
  CHECK(akip->target.at(2020).text == "A");
}

TEST_CASE("an RPJMD program with targets but no indicator name: its row is named in the report") {
  const char* const text =
      "RPJMD KABUPATEN CONTOH TAHUN 2021-2026\n"
      "Sasaran\tProgram\tIndikator Kinerja Program\tTahun 1\tTahun 2\tPerangkat Daerah\n"
      "Meningkatnya derajat kesehatan\tProgram Pemenuhan Upaya Kesehatan\tAngka Kematian Ibu\t115\t110\tDinas Kesehatan\n"
      "\tProgram Peningkatan Kapasitas SDM Kesehatan\t\t80%\t82%\tDinas Kesehatan\n";
  ImportResult result = import_text("rpjmd.tsv", text, {});
  // The second program row (line 4) holds two targets and no indicator: named, not dropped silently.
  REQUIRE(result.report.lines.size() == 1);
  CHECK(result.report.lines.front().line == 4);
  const Indikator* aki = import_test::indikator_named(result.document, "Angka Kematian Ibu");
  REQUIRE(aki);
  CHECK(aki->target.at(2022).text == "110");
}

TEST_CASE("decimal commas do not outvote the semicolons of an Indonesian-locale CSV") {
  // 10 semicolons in all (2 a line); 24 commas, of which 8 between digits (decimal commas) and 16 in the text.
  // Counted whole, the commas outvote the semicolons (24 / 2 > 10); without the decimal ones they do not (16 / 2).
  const std::vector<std::string_view> lines = {
      "Indikator;Target 2024;Target 2025",
      "Dokumen perencanaan, penganggaran, evaluasi, monitoring, dan pelaporan;72,50;73,50",
      "Laporan keuangan, aset, barang, piutang, dan persediaan;85,25;86,25",
      "Layanan informasi, pengaduan, konsultasi, edukasi, dan publikasi;99,5;99,75",
      "Jaringan, server, aplikasi, keamanan, dan data;90,5;91,5"};
  CHECK(detect_delimiter(lines) == Delimiter::Semicolon);
  CHECK(has_cell_borders(lines));
}
