// Program names joined on one line by a PDF copy of a planning matrix (core/import/joined_level_names.h), and the
// "PROGRAM 1)" column title beside the first number. Every expected value is read off the hand-made text.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/import/import_document.h"
#include "core/import/joined_level_names.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("joined level names: one name per capitalised opening of the level word") {
  CHECK(split_joined_level_names("Program Pengembangan Hubungan Industrial dan Syarat Kerja Program Peningkatan "
                                 "Kualitas dan Produktifitas Tenaga Kerja",
                                 "Program") ==
        std::vector<std::string>{"Program Pengembangan Hubungan Industrial dan Syarat Kerja",
                                 "Program Peningkatan Kualitas dan Produktifitas Tenaga Kerja"});
  // Three names, the level word in capitals as some matrices print it.
  CHECK(split_joined_level_names("PROGRAM Pelayanan Administrasi PROGRAM Peningkatan Sarana PROGRAM Pembinaan Aparatur",
                                 "Program")
            .size() == 3);
  // "Program" inside a name (after a joining word, or before a lower-case word) opens nothing.
  CHECK(split_joined_level_names("Program Penyusunan dan Program Pengendalian Pelaksanaan", "Program") ==
        std::vector<std::string>{"Program Penyusunan dan Program Pengendalian Pelaksanaan"});
  CHECK(split_joined_level_names("Program Evaluasi Pelaksanaan program kerja daerah", "Program") ==
        std::vector<std::string>{"Program Evaluasi Pelaksanaan program kerja daerah"});
  // A name ending with the word, a name not opening with the level word, and a short name stay whole.
  CHECK(split_joined_level_names("Program Pengawasan Pelaksanaan Program", "Program").size() == 1);
  CHECK(split_joined_level_names("Penyediaan Jasa Program Kerja Daerah", "Program").size() == 1);
  CHECK(split_joined_level_names("Program Program", "Program").size() == 1);
}

TEST_CASE("joined level names: a level word with only a list number names nothing") {
  CHECK(names_only_a_list_number("PROGRAM 1)"));
  CHECK(names_only_a_list_number("Program"));
  CHECK(names_only_a_list_number("Kegiatan 2."));
  CHECK(names_only_a_list_number("SUB KEGIATAN (3)"));
  CHECK(names_only_a_list_number("Program a)"));
  CHECK_FALSE(names_only_a_list_number("Program Pelayanan Administrasi"));
  CHECK_FALSE(names_only_a_list_number("Program 2025"));  // a number that is not a list number
  CHECK_FALSE(names_only_a_list_number("Meningkatnya layanan 1)"));
}

TEST_CASE("cell lines: programs joined on one line become one program each under their sasaran, the title is no row") {
  const std::string text =
      "SASARAN\n"                                                     // 1
      "INDIKATOR\n"                                                   // 2
      "PROGRAM\n"                                                     // 3
      "1.Meningkatnya partisipasi angkatan kerja\n"                   // 4
      "Persentase penduduk bekerja\n"                                 // 5
      "PROGRAM 1)\n"                                                  // 6: the title with the first number
      "2)\n"                                                          // 7
      "Program Pengembangan Hubungan Industrial Program Perluasan Kerja\n"  // 8: two cells joined
      "2.Meningkatnya hubungan industrial yang harmonis\n"            // 9
      "Persentase penurunan perkara perselisihan\n"                   // 10
      "3)\n"                                                          // 11
      "Program Pengawasan Ketenagakerjaan\n";                         // 12
  ImportResult result = import_text("matrix.txt", text, {});
  const Document& document = result.document;
  const Sasaran& first = import_test::statement(document, "Meningkatnya partisipasi angkatan kerja");
  const Sasaran& second = import_test::statement(document, "Meningkatnya hubungan industrial yang harmonis");
  const Sasaran& hubungan = import_test::statement(document, "Program Pengembangan Hubungan Industrial");
  const Sasaran& perluasan = import_test::statement(document, "Program Perluasan Kerja");
  const Sasaran& pengawasan = import_test::statement(document, "Program Pengawasan Ketenagakerjaan");
  CHECK(hubungan.nomenclature.kind == NomenclatureKind::Program);
  CHECK(perluasan.nomenclature.kind == NomenclatureKind::Program);
  CHECK(hubungan.parent == first.id);
  CHECK(perluasan.parent == first.id);
  CHECK(pengawasan.parent == second.id);
  // 2 sasaran and 3 programs: "PROGRAM 1)" made none, and it is named among the lines not understood.
  CHECK(document.sasaran.size() == 5);
  CHECK(import_test::reported(result.report, 6));
}
