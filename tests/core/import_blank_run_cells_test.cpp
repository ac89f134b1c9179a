// Cells kept apart by runs of four blanks (core/import/blank_run_cells.h): what is taken for such a table, how a
// row broken by line breaks inside its cells is joined, and what stays text (prose's double spaces, PDF layouts).
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/import/blank_run_cells.h"
#include "core/import/table_reading.h"

using namespace pokin::import;

TEST_CASE("Blank-run cells: a leading run is one empty cell per four blanks, a trailing run opens the next cell") {
  bool open = false;
  std::vector<std::string> cells = split_blank_runs("Misi    Tujuan    Sasaran    Indikator sasaran", open);
  CHECK(cells == std::vector<std::string>{"Misi", "Tujuan", "Sasaran", "Indikator sasaran"});
  CHECK_FALSE(open);

  cells = split_blank_runs("        Sasaran 8 :", open);
  CHECK(cells == std::vector<std::string>{"", "", "Sasaran 8 :"});

  cells = split_blank_runs("a  b    c        d    ", open);  // the double blank stays in its cell
  CHECK(cells == std::vector<std::string>{"a  b", "c", "", "d", ""});
  CHECK(open);
}

TEST_CASE("Blank-run cells are taken only where every long run is a whole number of separators") {
  std::vector<std::string_view> web = {"Tabel 3.2 Misi dan Tujuan", "Misi    Tujuan    Sasaran",
                                       "Misi 1 : Mewujudkan A    Tujuan 1 : Meningkatkan B    Sasaran 1 : Meningkatnya C"};
  CHECK(has_blank_run_cells(web));
  CHECK(detect_delimiter(web) == Delimiter::BlankRuns);

  // Prose with double blanks after its sentences: no runs of four.
  CHECK_FALSE(has_blank_run_cells({"Visi tersebut mengandung pengertian.  Kesejahteraan disini dapat didefinisikan.",
                                   "Misi yang ke 1  yaitu Meningkatkan percepatan dan perluasan."}));
  // Columns placed by a PDF converter: runs of any length.
  CHECK_FALSE(has_blank_run_cells({"No     Sasaran            Indikator      Target", "1      Meningkatnya A     Indeks A       80",
                                   "2      Meningkatnya B     Indeks B       75"}));
  // One line of cells is not yet a table.
  CHECK_FALSE(has_blank_run_cells({"Misi    Tujuan    Sasaran", "Teks biasa di bawahnya."}));
  // An indented quotation (a leading run only) is no cell border.
  CHECK_FALSE(has_blank_run_cells({"Visi sebagai berikut :", "            \xE2\x80\x9C MASYARAKAT YANG SEJAHTERA\xE2\x80\x9D"}));
}

TEST_CASE("Blank-run rows broken by line breaks inside a cell are joined, a line of one cell stays a row") {
  const std::string text =
      "Visi : Terwujudnya A\n"
      "Misi    Tujuan    Sasaran    Indikator sasaran\n"
      "Misi1:\n"
      "Meningkatkan kualitas hidup    Tujuan 1 : Meningkatkan kondisi aman    Sasaran 5 : Terpeliharanya lingkungan    \n"
      "Indeks kualitas lingkungan hidup\n"
      "\n"
      "        Sasaran 8 :\n"
      "Memerangi perubahan iklim    Persentase kabupaten tangguh bencana\n"
      "Teks di bawah tabel.\n";
  std::vector<TableRow> rows = read_blank_run_table(text);
  REQUIRE(rows.size() == 7);
  CHECK(rows[0].cells == std::vector<std::string>{"Visi : Terwujudnya A"});
  CHECK(rows[1].cells.size() == 4);
  CHECK(rows[2].cells == std::vector<std::string>{"Misi1:"});  // above the cells of its misi, not joined to them
  CHECK(rows[3].line == 4);
  CHECK(rows[3].cells == std::vector<std::string>{"Meningkatkan kualitas hidup", "Tujuan 1 : Meningkatkan kondisi aman",
                                                  "Sasaran 5 : Terpeliharanya lingkungan", "Indeks kualitas lingkungan hidup"});
  CHECK(rows[5].line == 7);
  CHECK(rows[5].cells == std::vector<std::string>{"", "", "Sasaran 8 : Memerangi perubahan iklim",
                                                  "Persentase kabupaten tangguh bencana"});
  CHECK(rows[6].cells == std::vector<std::string>{"Teks di bawah tabel."});
}

TEST_CASE("Blank-run rows: a short row is not joined to a next row placed by its leading run") {
  const std::string text =
      "Tujuan    Sasaran    Indikator\n"
      "Tujuan 1    Sasaran 1.1\n"
      "    Sasaran 1.2    Indeks B\n";
  std::vector<TableRow> rows = read_blank_run_table(text);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].cells == std::vector<std::string>{"Tujuan 1", "Sasaran 1.1"});
  CHECK(rows[2].cells == std::vector<std::string>{"", "Sasaran 1.2", "Indeks B"});
}
