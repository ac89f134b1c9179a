// An IKI document holding several jabatan: each one's "Jabatan : / Tugas : / Fungsi :" lines stand between the
// tables and, copied from Word or Excel, arrive as rows of the table above (identity_line.h). Expected values
// worked out by hand from the text written here.
#include <doctest/doctest.h>

#include <string>

#include "core/import/identity_line.h"
#include "core/import/import_document.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("identity lines: a label with its colon in the same cell or opening the next one") {
  CHECK(identity_line({"Jabatan", ":", "Kepala Seksi Produksi"}));
  CHECK(identity_line({"Jabatan : Kepala Seksi Produksi"}));
  CHECK(identity_line({"2. Tugas", ": Membantu Kepala Bidang"}));
  CHECK(identity_line({"", "Fungsi :", "a. penyiapan bahan"}));
  CHECK_FALSE(identity_line({"1", "Tugas pembantuan terlaksana", "Persentase tugas selesai", "100 %"}));
  CHECK_FALSE(identity_line({"Jabatan fungsional terisi", "80 %"}));  // no colon
  CHECK_FALSE(identity_line({"Jabatan", ":", "Kepala", "Seksi"}));   // four cells: a table row
}

TEST_CASE("IKI with two jabatan as TAB text: the second Jabatan line between the tables names the second table's unit") {
  const std::string text =
      "INDIKATOR KINERJA INDIVIDU (IKI) TAHUN 2024\n"
      "DINAS PERTANIAN KABUPATEN SUKAMAJU\n"
      "\n"
      "Jabatan\t:\tKepala Bidang Tanaman Pangan\n"
      "Tugas\t:\tMembantu Kepala Dinas dalam urusan tanaman pangan\n"
      "\n"
      "No\tSasaran\tIndikator Kinerja Individu\tFormulasi/Penjelasan\tSumber Data\tTarget\n"
      "1\tMeningkatnya produksi tanaman pangan\tPersentase kenaikan produksi padi\tProduksi n / Produksi n-1\tBPS\t5 %\n"
      "\n"
      "Jabatan\t:\tKepala Seksi Produksi Tanaman Pangan\n"
      "Tugas\t:\tMembantu Kepala Bidang dalam produksi\n"
      "Fungsi\t:\ta. penyiapan bahan pembinaan produksi\n"
      "\n"
      "No\tSasaran\tIndikator Kinerja Individu\tFormulasi/Penjelasan\tSumber Data\tTarget\n"
      "1\tMeningkatnya penggunaan benih unggul\tPersentase luas tanam benih unggul\tLuas benih unggul / luas tanam\tLaporan Seksi\t60 %\n"
      "2\tTerbinanya kelompok tani\tJumlah kelompok tani yang dibina\tJumlah kelompok dibina\tLaporan Seksi\t25 Kelompok\n";
  ImportResult result = import_text("iki.txt", text, {});
  const Document& document = result.document;
  CHECK(document.sasaran.size() == 3);  // no ":" sasaran from the identity lines
  CHECK(document.indikator.size() == 3);
  const Sasaran& produksi = import_test::statement(document, "Meningkatnya produksi tanaman pangan");
  CHECK(document.units.at(produksi.unit).name == "Bidang Tanaman Pangan");
  const Sasaran& benih = import_test::statement(document, "Meningkatnya penggunaan benih unggul");
  CHECK(document.units.at(benih.unit).name == "Seksi Produksi Tanaman Pangan");
  const Sasaran& kelompok = import_test::statement(document, "Terbinanya kelompok tani");
  CHECK(kelompok.unit == benih.unit);
  const Indikator& luas = import_test::indicator(document, "Persentase luas tanam benih unggul");
  CHECK(luas.satuan == "%");
  CHECK(luas.target.at(2024).number == doctest::Approx(60.0));
}
