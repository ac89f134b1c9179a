#include <doctest/doctest.h>

#include <string>

#include "core/import/source_table.h"
#include "zip_builder.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("source table: a semicolon CSV comes back as rows of cells, cut at the rows asked for, counted whole") {
  const std::string text =
      "\xEF\xBB\xBFJudul tabel\r\n"
      "Sasaran;Indikator;Target 2025\r\n"
      "\"Meningkatnya; pelayanan\";Indeks;80\r\n"
      "A;B;C\r\n";
  SourceTable table = read_source_table(text, RequestedFormat::Auto, 3);
  CHECK(table.of_cells);
  CHECK(table.format == "table");
  CHECK(table.total_rows == 4);
  REQUIRE(table.rows.size() == 3);
  CHECK(table.columns == 3);
  CHECK(table.rows[0].line == 1);
  CHECK(table.rows[0].cells.size() == 1);
  CHECK(table.rows[0].cells[0] == "Judul tabel");  // the BOM is not part of the first cell
  CHECK(table.rows[2].line == 3);
  CHECK(table.rows[2].cells[0] == "Meningkatnya; pelayanan");
}

TEST_CASE("source table: a listing is lines, not cells, a binary file is no table at all") {
  const std::string listing = "POHON KINERJA\n1. Sasaran Strategis: Meningkatnya investasi\n   Indikator: Nilai investasi\n";
  SourceTable lines = read_source_table(listing, RequestedFormat::Listing, 100);
  CHECK_FALSE(lines.of_cells);
  CHECK(lines.format == "listing");
  REQUIRE(lines.rows.size() == 3);
  CHECK(lines.rows[1].cells == std::vector<std::string>{"1. Sasaran Strategis: Meningkatnya investasi"});

  SourceTable binary = read_source_table(std::string("\x01\x02\0\x03", 4), RequestedFormat::Auto, 100);
  CHECK(binary.format.empty());
  CHECK(binary.rows.empty());
  CHECK(read_source_table_file("/nonexistent/pokin/table.csv", RequestedFormat::Auto, 10).rows.empty());
}

TEST_CASE("source table: a workbook's rows keep their sheet row numbers") {
  using namespace pokin::test;
  const std::string sheet = worksheet("<row r=\"2\">" + text_cell("A2", "Sasaran") + text_cell("C2", "Indikator") +
                                      "</row><row r=\"5\">" + text_cell("A5", "Meningkatnya mutu") + "</row>");
  const std::string bytes = build_zip(workbook_members({{"Renstra", sheet}}));
  SourceTable table = read_source_table(bytes, RequestedFormat::Auto, 100);
  CHECK(table.of_cells);
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[0].line == 2);
  CHECK(table.rows[0].cells == std::vector<std::string>{"Sasaran", "", "Indikator"});
  CHECK(table.rows[1].line == 5);
  CHECK(table.columns == 3);
}
