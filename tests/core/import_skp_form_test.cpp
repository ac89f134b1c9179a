// The Sasaran Kinerja Pegawai form (PermenPAN-RB 6/2022) that many agencies now use for the IKI of an official: an
// identity table laid out side by side (the employee | the assessing official: Nama, NIP, Pangkat, Jabatan, Unit
// Kerja), then "No | Rencana Hasil Kerja Pimpinan yang Diintervensi | Rencana Hasil Kerja | Aspek | Indikator Kinerja
// Individu | Target". Expected values read by hand off tests/fixtures/forms/skp_hasil_kerja_kepala_seksi.txt.
#include <doctest/doctest.h>

#include <string>

#include "core/import/column_fields.h"
#include "core/import/import_document.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("SKP columns: the employee's Rencana Hasil Kerja is the statement, the identity and the superior's are not") {
  CHECK(recognise_header("Rencana Hasil Kerja").field == Field::Sasaran);
  CHECK(recognise_header("Rencana Hasil Kerja Pimpinan yang Diintervensi").field == Field::None);
  CHECK(recognise_header("Pejabat Penilai Kinerja").field == Field::None);  // "kinerja" made it a sasaran column
  CHECK(recognise_header("Pegawai yang Dinilai").field == Field::None);
  CHECK(recognise_header("Aspek").field == Field::None);
  CHECK(recognise_header("Indikator Kinerja Individu").field == Field::Indikator);
}

TEST_CASE("SKP form: the Rencana Hasil Kerja and their indicators, held by the employee's jabatan") {
  ImportResult result = import_file(std::string(POKIN_FIXTURES) + "/forms/skp_hasil_kerja_kepala_seksi.txt", {});
  const Document& document = result.document;
  // Three distinct Rencana Hasil Kerja (the first has two indicators: Kuantitas and Kualitas); the identity table's
  // names, NIP and pangkat are no statement.
  CHECK(document.sasaran.size() == 3);
  CHECK(document.indikator.size() == 4);
  const Sasaran& aplikasi = import_test::statement(document, "Tersedianya aplikasi layanan publik yang terintegrasi");
  CHECK(document.units.at(aplikasi.unit).name == "Seksi Aplikasi Informatika");
  CHECK(import_test::indicator(document, "Persentase aplikasi yang berfungsi baik").target.at(2024).text == "90 %");
  CHECK(document.info.instansi == "Dinas Komunikasi dan Informatika");
  for (const auto& [id, sasaran] : document.sasaran) CHECK(sasaran.statement.find("NIP") == std::string::npos);
}
