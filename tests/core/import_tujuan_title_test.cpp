// The title of a Tujuan column in a planning matrix copied from a PDF (core/import/tujuan_title.h), and what the
// reader of cells one per line does with it. Every expected value is read off the hand-made text.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_document.h"
#include "core/import/tujuan_title.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("tujuan title: the word TUJUAN ending a cell, with at most its number, URAIAN and a colon after it") {
  CHECK(ends_with_tujuan_title("TUJUAN"));
  CHECK(ends_with_tujuan_title("TUJUAN 1 URAIAN"));
  CHECK(ends_with_tujuan_title("TUJUAN :"));
  CHECK(ends_with_tujuan_title("TUJUAN:"));
  CHECK(ends_with_tujuan_title("DINAS CONTOH RENCANA STRATEGIS TAHUN 2016 - 2021 TERWUJUDNYA MASYARAKAT SEHAT TUJUAN"));
  CHECK_FALSE(ends_with_tujuan_title("INDIKATOR TUJUAN"));
  CHECK_FALSE(ends_with_tujuan_title("CARA MENCAPAI TUJUAN"));
  CHECK_FALSE(ends_with_tujuan_title("TUJUAN DAN SASARAN"));
  CHECK_FALSE(ends_with_tujuan_title("Cara Mencapai Tujuan"));  // the word in a sentence, not a title
  CHECK_FALSE(ends_with_tujuan_title("1 2 3"));
  CHECK_FALSE(ends_with_tujuan_title(""));
}

TEST_CASE("cell lines: the statement under a TUJUAN title is a tujuan, the sasaran after the SASARAN title its children") {
  const std::string text =
      "PEMERINTAH PROVINSI CONTOH RPJMD TAHUN 2014-2019 MISI 1 : MENINGKATKAN KESEJAHTERAAN.\n"  // 1
      "TUJUAN 1 URAIAN\n"                                                                      // 2
      "INDIKATOR\n"                                                                            // 3
      "Meningkatnya kesempatan kerja\n"            // 4: a result word, yet the tujuan
      "1\n"                                        // 5
      "Persentase penduduk yang bekerja\n"         // 6
      "SASARAN\n"                                  // 7
      "URAIAN\n"                                   // 8
      "1.Meningkatnya penyerapan tenaga kerja\n"   // 9
      "INDIKATOR\n"                                // 10
      "Tingkat Pengangguran Terbuka\n"             // 11
      "2.Meningkatnya hubungan industrial\n"       // 12
      "Persentase perselisihan yang selesai\n";    // 13
  ImportResult result = import_text("matrix.txt", text, {});
  const Document& document = result.document;
  const Sasaran& tujuan = import_test::statement(document, "Meningkatnya kesempatan kerja");
  CHECK(tujuan.kind == StatementKind::Tujuan);
  const Sasaran& penyerapan = import_test::statement(document, "Meningkatnya penyerapan tenaga kerja");
  const Sasaran& hubungan = import_test::statement(document, "Meningkatnya hubungan industrial");
  CHECK(penyerapan.kind == StatementKind::Sasaran);
  CHECK(hubungan.kind == StatementKind::Sasaran);
  CHECK(penyerapan.parent == tujuan.id);
  CHECK(hubungan.parent == tujuan.id);
  CHECK(import_test::indicator(document, "Persentase penduduk yang bekerja").sasaran == tujuan.id);
  CHECK(import_test::indicator(document, "Tingkat Pengangguran Terbuka").sasaran == penyerapan.id);
}
