// The visi and misi lines of an RPJMD table (core/import/pemda_context.h): what reads as one and what does not.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/import/pemda_context.h"
#include "core/import/table_tree_builder.h"

using namespace pokin::import;

namespace {

pokin::import::ColumnField context_test_column(pokin::import::Field field) {
  pokin::import::ColumnField column;
  column.field = field;
  return column;
}

// A builder over `layout` fed `rows` as one table.
void build_context_table(const ColumnLayout& layout, const std::vector<TableRow>& rows, pokin::Document& document,
                         ImportReport& report) {
  TableTreeBuilder builder({}, document, report);
  builder.start_table();
  for (const TableRow& row : rows) builder.add_row(row, layout);
  builder.finish();
}

}  // namespace

TEST_CASE("Visi and misi lines: the label, the number, the text after the colon") {
  ContextLine visi = read_context_line("VISI : TERWUJUDNYA KOTA SUKABUMI YANG RELIGIUS, NYAMAN DAN SEJAHTERA");
  CHECK(visi.kind == ContextKind::Visi);
  CHECK(visi.text == "TERWUJUDNYA KOTA SUKABUMI YANG RELIGIUS, NYAMAN DAN SEJAHTERA");

  ContextLine second = read_context_line("Misi 2 : Mewujudkan tata kelola pemerintahan yang baik");
  CHECK(second.kind == ContextKind::Misi);
  CHECK(second.number == 2);
  CHECK(second.text == "Mewujudkan tata kelola pemerintahan yang baik");

  CHECK(read_context_line("MISI III: Membangun kota yang lestari").number == 3);
  CHECK(read_context_line("Misi ke-4 - Meningkatkan ekonomi").number == 4);
  CHECK(read_context_line("MISI : MEMBANGUN KOTA YANG LESTARI").number == 0);
  CHECK(read_context_line("MISI : MEMBANGUN KOTA YANG LESTARI").kind == ContextKind::Misi);

  // The blank lost, the text on the next line: still misi 1.
  ContextLine alone = read_context_line("Misi1:");
  CHECK(alone.kind == ContextKind::Misi);
  CHECK(alone.number == 1);
  CHECK(alone.text.empty());

  // "yaitu" / "adalah" after the misi's number stand for the colon.
  ContextLine yaitu = read_context_line("Misi yang ke 1  yaitu Meningkatkan percepatan pembentukan SDM");
  CHECK(yaitu.kind == ContextKind::Misi);
  CHECK(yaitu.number == 1);
  CHECK(yaitu.text == "Meningkatkan percepatan pembentukan SDM");
  CHECK(read_context_line("Misi ke-2 adalah Meningkatkan perekonomian").number == 2);
  // Without a number the words are prose.
  CHECK(read_context_line("Misi yaitu upaya yang akan dilaksanakan").kind == ContextKind::None);
  CHECK(read_context_line("Misi yang diemban dinas adalah melayani").kind == ContextKind::None);
}

TEST_CASE("Prose about the visi or a misi is no visi or misi line") {
  CHECK(read_context_line("Misi 1 merupakan kerangka atas 6 (enam) misi yang lain").kind == ContextKind::None);
  CHECK(read_context_line("Visi-misi kepala daerah").kind == ContextKind::None);
  CHECK(read_context_line("Visi :").kind == ContextKind::None);
  CHECK(read_context_line("Misi :").kind == ContextKind::None);
  CHECK(read_context_line("Misinya adalah: meningkatkan").kind == ContextKind::None);
  CHECK(read_context_line("Meningkatnya investasi").kind == ContextKind::None);
}

TEST_CASE("A Misi column's cell names its misi by number or by text") {
  CHECK(misi_number_in_cell("2") == 2);
  CHECK(misi_number_in_cell("Misi 3") == 3);
  CHECK(misi_number_in_cell("IV") == 4);
  CHECK(misi_number_in_cell("2. Mewujudkan tata kelola") == 2);
  CHECK(misi_number_in_cell("Mewujudkan tata kelola") == 0);
  CHECK(misi_number_in_cell("Ini misi") == 0);

  PemdaContext context;
  CHECK(context.add_misi(0, "Pertama", 3) == 1);
  CHECK(context.add_misi(0, "Kedua", 5) == 2);
  CHECK(context.add_misi(2, "Kedua lagi", 7) == 2);  // known by its number: its first text stays
  CHECK(context.misi.size() == 2);
  CHECK(context.misi[1].text == "Kedua");
}

namespace {

const pokin::Sasaran& statement_named(const pokin::Document& document, const std::string& text) {
  for (const auto& [id, s] : document.sasaran)
    if (s.statement == text) return s;
  FAIL("no statement " << text);
  return document.sasaran.begin()->second;
}

}  // namespace

TEST_CASE("A Misi column beside the tujuan: each tujuan is written under the misi of its row") {
  using namespace pokin;
  ColumnLayout layout = {context_test_column(Field::Misi), context_test_column(Field::Tujuan), context_test_column(Field::Sasaran), context_test_column(Field::Indikator)};
  Document document;
  ImportReport report;
  build_context_table(layout,
                      {{10, {"1. Mewujudkan SDM unggul", "Meningkatkan kualitas SDM", "Meningkatnya mutu pendidikan", "Rata-rata lama sekolah"}},
                       {11, {"", "", "Meningkatnya derajat kesehatan", "Usia harapan hidup"}},
                       {12, {"2. Membangun ekonomi", "Meningkatkan ekonomi daerah", "Meningkatnya investasi", "Nilai investasi"}}},
                      document, report);
  REQUIRE(report.pemda.misi.size() == 2);
  CHECK(report.pemda.misi[0].number == 1);
  CHECK(report.pemda.misi[0].text == "Mewujudkan SDM unggul");
  CHECK(report.pemda.misi[1].text == "Membangun ekonomi");
  CHECK(report.pemda.misi_of_statement.at(statement_named(document, "Meningkatkan kualitas SDM").id) == 1);
  CHECK(report.pemda.misi_of_statement.at(statement_named(document, "Meningkatkan ekonomi daerah").id) == 2);
  CHECK(report.pemda.misi_of_statement.count(statement_named(document, "Meningkatnya investasi").id) == 0);  // under a tujuan
  CHECK(document.sasaran.size() == 5);  // 2 tujuan, 3 sasaran: no misi node
}

TEST_CASE("A Visi column repeated on every row gives the visi once, a different one is listed as a second visi") {
  using namespace pokin;
  CHECK(recognise_header("VISI").field == Field::Visi);
  CHECK(recognise_header("Visi RPJMD").field == Field::Visi);
  ColumnLayout layout = {context_test_column(Field::Visi), context_test_column(Field::Misi), context_test_column(Field::Tujuan), context_test_column(Field::Indikator)};
  Document document;
  ImportReport report;
  build_context_table(layout,
                      {{2, {"TERWUJUDNYA KABUPATEN X MAJU", "Misi 1 : Mewujudkan A", "Meningkatkan B", "Indeks B"}},
                       {3, {"TERWUJUDNYA KABUPATEN X MAJU", "Misi 1 : Mewujudkan A", "Meningkatkan C", "Indeks C"}},
                       {4, {"VISI : Terwujudnya Kabupaten Y", "Misi 2 : Mewujudkan D", "Meningkatkan D", "Indeks D"}}},
                      document, report);
  CHECK(report.pemda.visi == "TERWUJUDNYA KABUPATEN X MAJU");
  CHECK(report.pemda.visi_line == 2);
  CHECK(report.pemda.misi.size() == 2);
  CHECK(document.sasaran.size() == 3);  // the visi is no node
  bool second_visi = false;
  for (const NotUnderstoodLine& line : report.lines) second_visi = second_visi || line.line == 4;
  CHECK(second_visi);
}
