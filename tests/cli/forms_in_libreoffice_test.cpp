// The official forms opened as the planner opens them (issue 13): `pokin export --form` writes XLSX and DOCX from
// the bundled example, LibreOffice (Debian's libreoffice-calc-nogui / -writer-nogui, installed by .ci/packages)
// converts them to PDF as a print would, and the printed pages are read back with poppler: the paper, the page
// count and the words a planner checks before signing. Values are read off the example file (sqlite3).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "cli_test_support.h"
#include "core/pdf/pdf_words.h"

namespace {

const std::string kExample = std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin";

// The PDF LibreOffice prints `file` to, converted in `dir` with a profile of its own (two conversions running at
// once with one profile fail silently).
pokin::pdf::PdfWords printed(const std::filesystem::path& file, const std::filesystem::path& dir) {
  REQUIRE_MESSAGE(std::string(POKIN_SOFFICE) != "", "LibreOffice is not installed (bash .ci/setup installs it)");
  const std::string command = std::string(POKIN_SOFFICE) + " -env:UserInstallation=file://" + (dir / "profile").string() +
                              " --headless --convert-to pdf --outdir " + dir.string() + " " + file.string() +
                              " > /dev/null 2>&1";
  REQUIRE(std::system(command.c_str()) == 0);
  const std::filesystem::path pdf = dir / (file.stem().string() + ".pdf");
  REQUIRE(std::filesystem::exists(pdf));
  return pokin::pdf::read_pdf_words(cli_test::read(pdf));
}

// The words of every page joined by spaces.
std::string words_of(const pokin::pdf::PdfWords& pdf) {
  std::string text;
  for (const auto& page : pdf.pages)
    for (const auto& word : page.words) text += word.text + " ";
  return text;
}

}  // namespace

TEST_CASE("forms in LibreOffice: the IKU workbook prints on F4 landscape with its title, rows and signer") {
  cli_test::TempDir dir;
  const auto file = dir.path / "iku.xlsx";
  REQUIRE(cli_test::run({"export", kExample, "-f", "xlsx", "--form", "iku", "--place", "Paringin", "-o", file.string()})
              .exit_code == 0);
  const auto pdf = printed(file, dir.path);
  REQUIRE(!pdf.pages.empty());
  CHECK(pdf.pages[0].width == doctest::Approx(935.4).epsilon(0.01));  // F4 (Folio) landscape: 330 x 215 mm
  CHECK(pdf.pages[0].height == doctest::Approx(609.4).epsilon(0.01));
  const std::string text = words_of(pdf);
  CHECK(text.find("INDIKATOR KINERJA UTAMA") != std::string::npos);
  CHECK(text.find("Nilai Realisasi Investasi") != std::string::npos);  // the first Sasaran Strategis's IKU
  CHECK(text.find("AKHRIANI") != std::string::npos);                    // the penandatangan signs
  CHECK(text.find("19710228 199702 1 002") != std::string::npos);
}

TEST_CASE("forms in LibreOffice: the head's Perjanjian Kinerja in Word is the agreement page and its lampiran") {
  cli_test::TempDir dir;
  const auto file = dir.path / "pk.docx";
  REQUIRE(cli_test::run({"export", kExample, "-f", "docx", "--form", "pk", "--unit", "1", "--year", "2024", "-o",
                         file.string()})
              .exit_code == 0);
  const auto pdf = printed(file, dir.path);
  REQUIRE(pdf.pages.size() == 2);  // the agreement, then the lampiran (4 sasaran: one page)
  CHECK(pdf.pages[0].width < pdf.pages[0].height);  // a PK stands upright
  const std::string first = [&] {
    std::string text;
    for (const auto& word : pdf.pages[0].words) text += word.text + " ";
    return text;
  }();
  CHECK(first.find("PERJANJIAN KINERJA TAHUN 2024") != std::string::npos);
  CHECK(first.find("PIHAK PERTAMA") != std::string::npos);
  CHECK(first.find("Bupati Balangan") != std::string::npos);
  const std::string text = words_of(pdf);
  CHECK(text.find("Meningkatnya Realisasi Investasi Daerah") != std::string::npos);
}

TEST_CASE("forms in LibreOffice: the Renstra T-C.27 workbook prints its header and every sasaran") {
  cli_test::TempDir dir;
  const auto file = dir.path / "tc27.xlsx";
  REQUIRE(cli_test::run({"export", kExample, "-f", "xlsx", "--form", "renstra", "-o", file.string()}).exit_code == 0);
  const auto pdf = printed(file, dir.path);
  REQUIRE(!pdf.pages.empty());
  const std::string text = words_of(pdf);
  CHECK(text.find("T-C.27") != std::string::npos);
  CHECK(text.find("Kerangka") != std::string::npos);
  CHECK(text.find("Meningkatnya Realisasi Investasi Daerah") != std::string::npos);
  CHECK(text.find("Kemudahan") != std::string::npos);
}

TEST_CASE("forms in LibreOffice: the penjenjangan workbook prints its title, level heads and the instansi's row") {
  cli_test::TempDir dir;
  const auto file = dir.path / "penjenjangan.xlsx";
  REQUIRE(cli_test::run({"export", kExample, "-f", "xlsx", "--form", "penjenjangan", "-o", file.string()}).exit_code ==
          0);
  const auto pdf = printed(file, dir.path);
  REQUIRE(pdf.pages.size() == 1);
  CHECK(pdf.pages[0].width == doctest::Approx(935.4).epsilon(0.01));
  const std::string text = words_of(pdf);
  CHECK(text.find("TABEL PENJENJANGAN KINERJA") != std::string::npos);
  CHECK(text.find("Sasaran Program") != std::string::npos);
  // 12 of 14 Sasaran Program cascaded (sqlite3 on the example), a percent cell: its decimal mark is the locale's.
  INFO(text);
  CHECK((text.find("85,71%") != std::string::npos || text.find("85.71%") != std::string::npos));
  CHECK(text.find("JUMLAH") != std::string::npos);
}
