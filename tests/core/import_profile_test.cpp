// The saved import profile: a small text file read strictly (every error names its line), written so that it
// reads back to the same steering.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_profile.h"
#include "core/text/bilingual.h"

using namespace pokin;
using namespace pokin::import;

namespace {

std::string error_of(const std::string& text) {
  try {
    parse_import_profile(text, "opd.profil");
  } catch (const UserError& error) {
    return error.message().en + " | " + error.message().id;
  }
  return "";
}

}  // namespace

TEST_CASE("a profile reads header rows and maps, writing it reads back the same") {
  ImportProfile profile = parse_import_profile(
      "# profil Bappeda\n\nbaris-judul: 12-14\nkolom: Indikator Kinerja Program (outcome) = indikator_program\n"
      "kolom: C = kode\nmap: Tahun-1 / Rp = pagu:1\n",
      "x");
  CHECK(profile.header.rows == 3);
  CHECK(profile.header.line == 12);
  REQUIRE(profile.mapping.size() == 3);
  CHECK(profile.mapping[0].column == "Indikator Kinerja Program (outcome)");
  CHECK(profile.mapping[0].field == "indikator_program");
  CHECK(profile.mapping[2].column == "Tahun-1 / Rp");
  ImportProfile again = parse_import_profile(write_import_profile(profile), "x");
  CHECK(again.header.rows == 3);
  CHECK(again.header.line == 12);
  REQUIRE(again.mapping.size() == 3);
  for (std::size_t m = 0; m < 3; ++m) {
    CHECK(again.mapping[m].column == profile.mapping[m].column);
    CHECK(again.mapping[m].field == profile.mapping[m].field);
  }
  // A header text holding '=' and ':' survives (the field is after the last '=').
  ImportProfile odd;
  odd.mapping = {{"Rasio A:B = x", "formula"}};
  CHECK(parse_import_profile(write_import_profile(odd), "x").mapping[0].column == "Rasio A:B = x");
  CHECK(parse_header_rows("3").rows == 3);
  CHECK(parse_header_rows("3").line == 0);
}

TEST_CASE("profile errors name the line, in Indonesian and English") {
  CHECK(error_of("baris-judul: 2\nwarna: merah\n").find("Profile opd.profil line 2: key \"warna\" is not known") == 0);
  CHECK(error_of("baris-judul: 2\nwarna: merah\n").find("Profil opd.profil baris 2: kunci \"warna\" tidak dikenal") != std::string::npos);
  CHECK(error_of("\n\nkolom: Uraian = warna\n").find("line 3: Field \"warna\" is not known") != std::string::npos);
  CHECK(error_of("kolom: Uraian sasaran\n").find("line 1: --map \"Uraian sasaran\" must be COLUMN=FIELD") != std::string::npos);
  CHECK(error_of("baris-judul: 2\nbaris-judul: 3\n").find("line 2: the header rows were already set") != std::string::npos);
  CHECK(error_of("baris-judul: tiga\n").find("line 1: Header rows \"tiga\" not understood") != std::string::npos);
  CHECK(error_of("baris-judul: 14-12\n").find("line 1: Header rows") != std::string::npos);
  CHECK(error_of("baris-judul: 11\n").find("line 1: Header rows") != std::string::npos);  // more than 10 rows
  CHECK(error_of("sasaran\n").find("line 1: write \"baris-judul: N\"") != std::string::npos);
  CHECK(error_of("kolom:\n").find("line 1: \"kolom\" without a value") != std::string::npos);
  CHECK(error_of(std::string("kolom: A = sasaran\0", 19)).find("is not UTF-8 text") != std::string::npos);
  CHECK(error_of("kolom: A = \xff\n").find("is not UTF-8 text") != std::string::npos);
  CHECK(error_of(std::string(70000, '#')).find("larger than 64 KB") != std::string::npos);
  CHECK(error_of("# hanya komentar\n").empty());
  CHECK_THROWS_AS(parse_header_rows("0"), UserError);
  CHECK_THROWS_AS(parse_header_rows("99999999999"), UserError);
  CHECK_THROWS_AS(parse_header_rows("-3"), UserError);
}
