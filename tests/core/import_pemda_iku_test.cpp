// The IKU of a Pemda itself (the lampiran of a Bupati's decree): a title naming "Pemerintah Kabupaten ...", a two-row
// header (Target over its years), the Perangkat Daerah answering for each indicator. Expected values read by hand off
// tests/fixtures/forms/iku_pemda_kabupaten_two_row_header.txt.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_document.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("IKU of a Pemda: the Pemerintah Kabupaten is the agency, led by its Bupati, the OPD answer for indicators") {
  // tests/fixtures/forms/iku_pemda_kabupaten_two_row_header.txt: "TENTANG INDIKATOR KINERJA UTAMA PEMERINTAH
  // KABUPATEN CONTOH TAHUN 2021-2026", a Perangkat Daerah Penanggung Jawab column holding Dinas names.
  ImportResult result = import_file(std::string(POKIN_FIXTURES) + "/forms/iku_pemda_kabupaten_two_row_header.txt", {});
  const Document& document = result.document;
  CHECK(document.info.instansi == "Pemerintah Kabupaten Contoh");  // not "Dinas Pendidikan" from a data row
  CHECK(document.info.pemda == "Kabupaten Contoh");                 // not "Kabupaten Contoh Tahun"
  CHECK_FALSE(pemda_adds_to_instansi(document.info));
  const Sasaran& pendidikan = import_test::statement(document, "Meningkatnya derajat pendidikan masyarakat");
  CHECK(document.units.at(pendidikan.unit).name == "Bupati");
  CHECK(import_test::indicator(document, "Rata-rata lama sekolah").target.at(2026).text == "7,7");
  // The Bupati's signature under the table ("BUPATI CONTOH," then the name) is no Tujuan.
  CHECK(document.sasaran.size() == 5);  // 2 tujuan, 3 sasaran
  for (const auto& [id, sasaran] : document.sasaran) CHECK(sasaran.statement != "NAMA BUPATI");
}
