// A worksheet copied from Excel whose cells hold line breaks (quoted, several lines each): read as a TAB table,
// though most of its lines are a cell's inner lines without a TAB; and "IK <statement>" headers are indicator columns.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/import/column_fields.h"
#include "core/import/table_reading.h"
#include "core/import/text_cleaning.h"

using namespace pokin::import;

TEST_CASE("TAB records of quoted cells with line breaks are a TAB table, prose with quotes is not") {
  // Two rows of seven indicators each, one per line in their cells: 5 of 29 lines hold a TAB.
  const std::string row =
      "Misi 1 : A\tTerwujudnya B\t\"Tingkat Kemiskinan\nIPM\nUHH\nHarapan Lama Sekolah\nRata-Rata Lama Sekolah\nCakupan "
      "A\nCakupan B\"\t\"Persen\nIndeks\nTahun\nTahun\nTahun\nPersen\nPersen\"\n";
  const std::string sheet = "MISI\tTUJUAN RPJMD\tIK TUJUAN RPJMD\tSATUAN\n" + row + row;
  std::vector<std::string_view> lines = split_lines(sheet);
  CHECK(detect_delimiter(lines) == Delimiter::Tab);
  CHECK(has_cell_borders(lines));
  std::vector<TableRow> rows = read_table(sheet, Delimiter::Tab);
  REQUIRE(rows.size() >= 3);
  CHECK(rows[1].cells.size() == 4);

  // Quoted words in prose, a TAB now and then: no table.
  const std::string prose =
      "Visi \"Terwujudnya masyarakat\nyang sejahtera\" dijabarkan dalam misi.\n"
      "Misi pertama\tmeningkatkan mutu.\n"
      "Misi kedua meningkatkan ekonomi.\n"
      "Misi ketiga meningkatkan tata kelola.\n"
      "Misi keempat\tmeningkatkan infrastruktur.\n"
      "Misi kelima meningkatkan lingkungan.\n";
  CHECK_FALSE(has_cell_borders(split_lines(prose)));
}

TEST_CASE("IK followed by the statement it measures heads an indicator column") {
  ColumnField tujuan = recognise_header("IK TUJUAN RPJMD");
  CHECK(tujuan.field == Field::Indikator);
  CHECK(tujuan.describes == Field::Tujuan);
  CHECK(recognise_header("IK SASARAN RPJMD").field == Field::Indikator);
  CHECK(recognise_header("IK PROGRAM").field == Field::Indikator);
  // "IK" alone, or before a word that names no statement, is no indicator column.
  CHECK(recognise_header("IK").field != Field::Indikator);
  CHECK(recognise_header("IK lain").field != Field::Indikator);
}
