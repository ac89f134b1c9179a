// The IKU decree's lampiran as planners hold it ("INDIKATOR KINERJA UTAMA <instansi> TAHUN 2021-2026": No |
// Sasaran Strategis | Indikator Kinerja Utama | Penjelasan / Formulasi | Satuan | Sumber Data | Penanggung Jawab |
// Target over the years) and cascading matrices of a Biro, copied from Excel, Word or a PDF. Each table is written
// here by hand; the expected tree was worked out from it before running the import.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_document.h"
#include "tests/core/import_fixture_support.h"

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
