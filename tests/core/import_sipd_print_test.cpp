// The print of a SIPD budget form read by its field labels (core/import/sipd_print.h). Every expected value is read
// off the hand-made text.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_document.h"
#include "core/import/sipd_print.h"
#include "core/import/text_cleaning.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

namespace {

const std::string kPrint =
    "RENCANA KERJA DAN ANGGARAN SKPD Formulir RKA - RINCIAN BELANJA Pemerintah Kabupaten Contoh Tahun Anggaran 2024\n"  // 1
    "Urusan Pemerintahan : 2 URUSAN WAJIB Bidang Urusan : 2.07 TENAGA KERJA\n"                                        // 2
    "Program : 2.07.02 PROGRAM PELATIHAN KERJA Sasaran Program :\n"                                                  // 3
    "Capaian Program : Indikator Target\n"                                                                           // 4
    "Persentase pencari kerja yang terlatih 75 % Kegiatan : 2.07.02.2.01 Pelaksanaan Pelatihan Berbasis Kompetensi "
    "Organisasi : 2.07.0.00.0.00.01.0000 Dinas Tenaga Kerja\n"                                                       // 5
    "Unit : 2.07.0.00.0.00.01.0001 Dinas Tenaga Kerja Alokasi Tahun 2024 : Rp. 250.000.000\n"                         // 6
    "Indikator & Tolok Ukur Kinerja Kegiatan\n"                                                                      // 7
    "Hasil Persentase peserta lulus 90 Persen\n"                                                                     // 8: not read, named
    "Sub Kegiatan : 2.07.02.2.01.01 Proses Pelaksanaan Pendidikan dan Pelatihan\n"                                  // 9
    "Keluaran Sub Kegiatan : Indikator Target\n"                                                                     // 10
    "Jumlah peserta pelatihan 120 Orang Jumlah paket pelatihan 6 Paket\n"                                            // 11
    "Kode Rekening Uraian\n"                                                                                         // 12
    "5.1 BELANJA OPERASI Rp. 200.000.000\n";                                                                         // 13

}  // namespace

TEST_CASE("SIPD print: recognised by its Program and Kegiatan fields with their kode") {
  CHECK(looks_like_sipd_print(split_lines(kPrint)));
  CHECK_FALSE(looks_like_sipd_print(split_lines("Program : Peningkatan layanan\nKegiatan : Penyusunan laporan\n")));
}

TEST_CASE("SIPD print: program, kegiatan and sub kegiatan with kode, unit, indicators, targets and the Alokasi") {
  ImportResult result = import_text("rka.txt", kPrint, {});
  CHECK(result.report.format == "SIPD print");
  const Document& document = result.document;
  const Sasaran& program = import_test::statement(document, "PROGRAM PELATIHAN KERJA");
  CHECK(program.nomenclature.kind == NomenclatureKind::Program);
  CHECK(program.nomenclature.kode == "2.07.02");
  const Sasaran& kegiatan = import_test::statement(document, "Pelaksanaan Pelatihan Berbasis Kompetensi");
  CHECK(kegiatan.nomenclature.kind == NomenclatureKind::Kegiatan);
  CHECK(kegiatan.parent == program.id);
  REQUIRE(kegiatan.pagu.count(2024) == 1);
  CHECK(kegiatan.pagu.at(2024).number == doctest::Approx(250000000.0));
  const Sasaran& sub = import_test::statement(document, "Proses Pelaksanaan Pendidikan dan Pelatihan");
  CHECK(sub.nomenclature.kind == NomenclatureKind::SubKegiatan);
  CHECK(sub.nomenclature.kode == "2.07.02.2.01.01");
  CHECK(sub.parent == kegiatan.id);
  CHECK(document.units.at(sub.unit).name == "Dinas Tenaga Kerja");

  const Indikator& terlatih = import_test::indicator(document, "Persentase pencari kerja yang terlatih");
  CHECK(terlatih.sasaran == program.id);
  REQUIRE(terlatih.target.count(2024) == 1);
  CHECK(terlatih.target.at(2024).text == "75 %");
  const Indikator& peserta = import_test::indicator(document, "Jumlah peserta pelatihan");
  CHECK(peserta.sasaran == sub.id);
  CHECK(peserta.target.at(2024).text == "120 Orang");
  CHECK(import_test::indicator(document, "Jumlah paket pelatihan").target.at(2024).text == "6 Paket");
  // The tolok ukur row is named, not imported; the belanja rows are not read.
  CHECK(import_test::reported(result.report, 8));
  CHECK(import_test::indikator_named(document, "Persentase peserta lulus") == nullptr);
  CHECK(document.indikator.size() == 3);
}

TEST_CASE("SIPD print: a budget change print gives each indicator before and after the change, the later stands") {
  const std::string text =
      "RKPA - RINCIAN BELANJA SKPD Pemerintah Kabupaten Contoh Tahun Anggaran 2022\n"                           // 1
      "Program : 4.02.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH\n"                                       // 2
      "Capaian Program : Sebelum Perubahan Sesudah Perubahan\n"                                                // 3
      "Indikator Target Indikator Target\n"                                                                   // 4
      "Nilai kepuasan layanan perangkat daerah 65 % Nilai kepuasan layanan perangkat daerah 70 %\n"           // 5
      "Kegiatan : 4.02.01.2.06 Administrasi Umum Perangkat Daerah\n"                                          // 6
      "Unit : 4.02.0.00.0.00.01.0000 Sekretariat DPRD\n";                                                     // 7
  ImportResult result = import_text("rkpa.txt", text, {});
  const Document& document = result.document;
  CHECK(document.indikator.size() == 1);
  const Indikator& kepuasan = import_test::indicator(document, "Nilai kepuasan layanan perangkat daerah");
  REQUIRE(kepuasan.target.count(2022) == 1);
  CHECK(kepuasan.target.at(2022).text == "70 %");
}
