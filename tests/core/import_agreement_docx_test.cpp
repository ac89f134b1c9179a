// A Perjanjian Kinerja of eselon IV (Kepala Seksi and Kepala Bidang) as a Word file, its two signature blocks laid
// side by side with tabs in paragraphs under the lampiran table. Expected values worked out by hand.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_document.h"
#include "tests/core/import_fixture_support.h"
#include "word_document_builder.h"

using namespace pokin;
using pokin::test::build_docx;
using pokin::test::word_paragraphs;
using pokin::test::word_table;

TEST_CASE("docx Perjanjian Kinerja of a Kepala Seksi: parties, numbered indicators, targets with satuan, tabbed signatures") {
  std::string body =
      word_paragraphs("PERJANJIAN KINERJA TAHUN 2024") +
      word_paragraphs("Nama\t:\tSITI AMINAH, S.P.\nJabatan\t:\tKepala Seksi Perbenihan") +
      word_paragraphs("selanjutnya disebut pihak pertama") +
      word_paragraphs("Nama\t:\tIr. JOKO PRASETYO\nJabatan\t:\tKepala Bidang Tanaman Pangan") +
      word_paragraphs("selaku atasan pihak pertama, selanjutnya disebut pihak kedua") +
      word_table(4, {{"No", "Sasaran Strategis/Program/Kegiatan", "Indikator Kinerja", "Target"},
                     {"1", "Tersedianya benih unggul bersertifikat", "1. Persentase benih bersertifikat", "75 %"},
                     {"", "", "2. Jumlah penangkar benih yang dibina", "25 Orang"}}) +
      word_paragraphs("\t\t\tSukamaju, 2 Januari 2024") +
      word_paragraphs("Pihak Kedua,\t\t\tPihak Pertama,") +
      word_paragraphs("Ir. JOKO PRASETYO\t\t\tSITI AMINAH, S.P.") +
      word_paragraphs("NIP. 19700202 199503 1 002\t\t\tNIP. 19820303 200801 2 003");
  import::ImportResult result = import::import_text("pk_seksi.docx", build_docx(body), {});
  const Document& document = result.document;
  CHECK(document.sasaran.size() == 1);
  CHECK(document.indikator.size() == 2);
  const Indikator& persen = import_test::indicator(document, "Persentase benih bersertifikat");
  CHECK(persen.satuan == "%");
  CHECK(persen.target.at(2024).number == doctest::Approx(75.0));
  CHECK(import_test::indicator(document, "Jumlah penangkar benih yang dibina").satuan == "Orang");
  const Sasaran& benih = import_test::statement(document, "Tersedianya benih unggul bersertifikat");
  const Unit& holder = document.units.at(benih.unit);
  CHECK(holder.name == "Seksi Perbenihan");
  CHECK(holder.holder_name == "SITI AMINAH, S.P.");
  CHECK(holder.holder_nip == "19820303 200801 2 003");
}

TEST_CASE("docx Perjanjian Kinerja: a sasaran's indicators in one cell, one paragraph each, beside their targets") {
  std::string body =
      word_paragraphs("PERJANJIAN KINERJA TAHUN 2024") +
      word_table(4, {{"No", "Sasaran Strategis", "Indikator Kinerja", "Target"},
                     {"1", "Tersedianya benih unggul bersertifikat",
                      "1. Persentase benih bersertifikat\n2. Jumlah penangkar benih yang dibina", "75 %\n25 Orang"},
                     {"2", "Meningkatnya mutu benih", "Persentase benih lulus uji yang diperiksa\noleh laboratorium", "90 %"}});
  import::ImportResult result = import::import_text("pk.docx", build_docx(body), {});
  const Document& document = result.document;
  CHECK(document.sasaran.size() == 2);
  CHECK(document.indikator.size() == 3);
  const Indikator& penangkar = import_test::indicator(document, "Jumlah penangkar benih yang dibina");
  CHECK(penangkar.target.at(2024).number == doctest::Approx(25.0));
  CHECK(penangkar.satuan == "Orang");
  CHECK(import_test::indicator(document, "Persentase benih bersertifikat").target.at(2024).number == doctest::Approx(75.0));
  CHECK(penangkar.sasaran == import_test::indicator(document, "Persentase benih bersertifikat").sasaran);
  // A name wrapped over two paragraphs beside one target stays one indicator.
  CHECK(import_test::indicator(document, "Persentase benih lulus uji yang diperiksa oleh laboratorium").satuan == "%");
}
