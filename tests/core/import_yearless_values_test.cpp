// A Renja table (';', decimal commas, Rp with thousands dots) whose Target and Pagu columns name no year: every row
// losing a value is named in the report, not only the first; with the year in the title above, the values are kept.
// Expected values worked out by hand from the sheets below.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_document.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

namespace {

constexpr const char* kRenja =
    "Kode;Program/Kegiatan;Indikator Kinerja;Satuan;Target;Pagu Indikatif (Rp)\n"
    "1.02.01;PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH;Persentase dokumen perencanaan tepat waktu;%;100;"
    "1.250.000.000,00\n"
    "1.02.01.2.01;Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah;Jumlah dokumen perencanaan;"
    "Dokumen;7;125.500.000,50\n";

}  // namespace

TEST_CASE("yearless value columns: every row whose values are skipped is named, once per row") {
  ImportResult result = import_text("renja.csv", kRenja, {});
  REQUIRE(result.document.indikator.size() == 2);
  for (const auto& [id, indikator] : result.document.indikator) CHECK(indikator.target.empty());
  REQUIRE(result.report.lines.size() == 2);  // lines 2 and 3: each loses a target and a pagu
  CHECK(result.report.lines[0].line == 2);
  CHECK(result.report.lines[1].line == 3);
}

TEST_CASE("yearless value columns: the year of the title above the table places the values") {
  std::string titled = std::string("RENCANA KERJA DINAS KESEHATAN TAHUN 2025;;;;;\n") + kRenja;
  ImportResult result = import_text("renja.csv", titled, {});
  const Indikator* dokumen = import_test::indikator_named(result.document, "Jumlah dokumen perencanaan");
  REQUIRE(dokumen != nullptr);
  REQUIRE(dokumen->target.count(2025) == 1);
  CHECK(dokumen->target.at(2025).text == "7");
  const Sasaran* kegiatan = result.document.find_sasaran(dokumen->sasaran);
  REQUIRE(kegiatan != nullptr);
  REQUIRE(kegiatan->pagu.count(2025) == 1);
  CHECK(kegiatan->pagu.at(2025).text == "125.500.000,50");
  CHECK(result.report.lines.empty());
}
