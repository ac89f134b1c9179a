// A Perjanjian Kinerja of an eselon IV official copied from Word as TAB-separated text: the title naming the
// jabatan, the two parties introduced ("Nama : / Jabatan : / selanjutnya disebut PIHAK ..."), the sasaran table,
// then the budget table (No | Sub Kegiatan | Anggaran | Keterangan) and the two signature blocks side by side.
// Expected values worked out by hand from the text.
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
