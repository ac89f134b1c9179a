#include <doctest/doctest.h>

#include <fstream>

#include "core/spreadsheet/xlsx_reader.h"
#include "core/text/bilingual.h"

using namespace pokin::spreadsheet;

namespace {
std::string fixture(const char* name) { return std::string(POKIN_FIXTURES) + "/" + name; }

const std::string& cell(const Sheet& sheet, int row, int column) {
  static const std::string kEmpty;
  for (const auto& r : sheet.rows)
    if (r.row == row) return column < static_cast<int>(r.cells.size()) ? r.cells[column] : kEmpty;
  return kEmpty;
}
}  // namespace

TEST_CASE("A workbook written by libxlsxwriter reads back cell by cell") {
  auto sheets = read_xlsx_file(fixture("matriks_libxlsxwriter.xlsx"));
  REQUIRE(sheets.size() == 2);
  const Sheet& matrix = sheets[0];
  CHECK(matrix.name == "Matriks Cascading");
  CHECK(cell(matrix, 1, 0) == "Sasaran");
  CHECK(cell(matrix, 1, 3) == "Target");
  CHECK(cell(matrix, 1, 4) == "Target");  // merged over both year columns
  CHECK(cell(matrix, 2, 3) == "2024");  // a year under the merged "Target" heading
  CHECK(cell(matrix, 3, 0) == "Meningkatnya kualitas pelayanan perizinan & non perizinan");
  CHECK(cell(matrix, 4, 0) == "Meningkatnya kualitas pelayanan perizinan & non perizinan");  // vertical merge
  CHECK(cell(matrix, 3, 3) == "83,37");
  CHECK(cell(matrix, 3, 4) == "5200");  // General format: no grouping, as the cell shows it
  CHECK(cell(matrix, 4, 1) == "Persentase izin tepat waktu <≥ 95%>");
  CHECK(cell(matrix, 4, 3) == "95%");
  CHECK(cell(matrix, 4, 4) == "1,234");  // 1.234 stays one point two three four, not 1234
  CHECK(sheets[1].name == "IKU");
  CHECK(cell(sheets[1], 2, 1) == "Nilai SAKIP");
}

TEST_CASE("A workbook in Excel's own shape: rich text, phonetic runs, styles, merges, prefixes, chart sheets") {
  auto sheets = read_xlsx_file(fixture("excel_style.xlsx"));
  REQUIRE(sheets.size() == 2);  // the chart sheet has no cells
  const Sheet& main = sheets[0];
  CHECK(main.name == "Pohon & Target");
  CHECK(cell(main, 1, 1) == "Indikator");
  CHECK(cell(main, 3, 0) == "Meningkatnya investasi daerah");
  CHECK(cell(main, 4, 0) == "Meningkatnya investasi daerah");  // vertical merge A3:A5 ...
  CHECK(cell(main, 5, 0).empty());  // ... filled only as far as the data goes (row 4): row 5 holds no cell
  CHECK(cell(main, 3, 2) == "Σ izin <tepat> waktu / Σ izin × 100%");
  CHECK(cell(main, 3, 3) == "1.500.000");
  CHECK(cell(main, 4, 1) == "Capaian");
  CHECK(cell(main, 4, 3) == "87,5%");
  CHECK(cell(main, 4, 4) == "TRUE");
  CHECK(main.rows.front().row == 1);
  CHECK(sheets[1].name == "Prefixed");
  CHECK(cell(sheets[1], 1, 0) == "a");
  CHECK(cell(sheets[1], 1, 1) == "83,37");
}

TEST_CASE("Damaged and foreign files are refused with a message, never a crash") {
  CHECK_THROWS_AS(read_xlsx(""), pokin::UserError);
  CHECK_THROWS_AS(read_xlsx("Sasaran;Indikator\nMeningkatnya;Nilai\n"), pokin::UserError);
  std::ifstream in(fixture("matriks_libxlsxwriter.xlsx"), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (std::size_t cut : {bytes.size() / 2, bytes.size() - 30, std::size_t{10}})
    CHECK_THROWS_AS(read_xlsx(bytes.substr(0, cut)), pokin::UserError);
  std::string flipped = bytes;
  for (std::size_t k = 200; k < flipped.size() - 200; k += 97) flipped[k] = static_cast<char>(flipped[k] ^ 0x5A);
  CHECK_THROWS_AS(read_xlsx(flipped), pokin::UserError);
}
