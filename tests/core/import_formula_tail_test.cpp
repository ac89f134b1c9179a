// Values after an indicator's explanation cell are its values, unless the explanation asks for a number
// (core/import/formula_tail.h, cell_lines.cpp). Every expected value is read off the hand-made text.
#include <doctest/doctest.h>

#include <string>

#include "core/import/formula_tail.h"
#include "core/import/import_document.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("formula tail: an operator at the end of a formula awaits its number") {
  CHECK(formula_awaits_number("Jumlah laporan tepat waktu dibagi jumlah laporan kali"));
  CHECK(formula_awaits_number("Jumlah desa siaga / Jumlah desa x"));
  CHECK(formula_awaits_number("realisasi dibagi"));
  CHECK_FALSE(formula_awaits_number("Jumlah laporan tepat waktu dibagi jumlah laporan x 100"));
  CHECK_FALSE(formula_awaits_number("Predikat atas hasil evaluasi oleh Inspektorat"));
  CHECK_FALSE(formula_awaits_number(""));
}

TEST_CASE("cell lines: the values after an indicator's explanation are its values, but not a number the formula asks for") {
  const std::string text =
      "SASARAN\n"                                            // 1
      "INDIKATOR SASARAN\n"                                  // 2
      "CARA PENGHITUNGAN INDIKATOR SASARAN\n"                // 3
      "2017\n"                                               // 4
      "2018\n"                                               // 5
      "1. Meningkatnya kualitas perencanaan\n"               // 6
      "1 Persentase dokumen perencanaan tepat waktu\n"       // 7
      "Persentase dokumen yang disahkan sesuai jadwal\n"     // 8: the explanation column (an indicator's shape)
      "80%\n"                                                // 9: target 2017
      "85%\n"                                                // 10: target 2018
      "2. Meningkatnya kualitas pengendalian\n"              // 11
      "1 Persentase laporan evaluasi tepat waktu\n"          // 12
      "Jumlah laporan tepat waktu dibagi jumlah\n"           // 13
      "laporan seharusnya kali\n"                            // 14: the formula ends with "kali"
      "100\n";                                               // 15: the formula's number, not a target
  ImportResult result = import_text("renstra.txt", text, {});
  const Indikator& dokumen = import_test::indicator(result.document, "Persentase dokumen perencanaan tepat waktu");
  REQUIRE(dokumen.target.count(2017) == 1);
  CHECK(dokumen.target.at(2017).text == "80%");
  REQUIRE(dokumen.target.count(2018) == 1);
  CHECK(dokumen.target.at(2018).text == "85%");
  const Indikator& laporan = import_test::indicator(result.document, "Persentase laporan evaluasi tepat waktu");
  CHECK(laporan.target.empty());
  CHECK(laporan.formula == "Jumlah laporan tepat waktu dibagi jumlah laporan seharusnya kali 100");
}
