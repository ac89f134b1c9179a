// Forms as CSV: hand-built forms, the expected files written out by hand, and every file read back with a small
// RFC 4180 reader of this test's own (not core's encoder) to check each cell lands in its column.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "core/export/form_csv.h"
#include "core/text/bilingual.h"

namespace pokin {
namespace {

using Strings = std::vector<std::string>;
const std::string kBom = "\xEF\xBB\xBF";

// Lines of fields: quoted fields may hold the separator, doubled quotes and line breaks; lines end with "\r\n".
std::vector<Strings> read_csv(const std::string& text, char separator) {
  REQUIRE(text.compare(0, 3, kBom) == 0);
  std::vector<Strings> lines;
  Strings line;
  std::string value;
  bool quoted = false, any = false;
  for (std::size_t i = 3; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        value += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        value += c;
      }
    } else if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == separator) {
      line.push_back(value);
      value.clear();
      any = true;
    } else if (c == '\r') {
      REQUIRE(i + 1 < text.size());
      REQUIRE(text[i + 1] == '\n');
      ++i;
      if (any || !value.empty()) line.push_back(value);
      lines.push_back(line);
      line.clear();
      value.clear();
      any = false;
    } else {
      REQUIRE(c != '\n');  // a bare line feed outside quotes would break the rows in Excel
      value += c;
      any = true;
    }
  }
  REQUIRE(!quoted);
  REQUIRE(line.empty());
  REQUIRE(value.empty());
  return lines;
}

FormCell text(std::string t) {
  FormCell cell;
  cell.text = std::move(t);
  return cell;
}
FormCell number(double n, int decimals, std::string printed, FormCellType type = FormCellType::Number) {
  FormCell cell = text(std::move(printed));
  cell.type = type;
  cell.number = n;
  cell.decimals = decimals;
  return cell;
}
FormCell span(FormCell cell, int rows, int columns) {
  cell.row_span = rows;
  cell.column_span = columns;
  return cell;
}
FormCell covered() {
  FormCell cell;
  cell.covered = true;
  return cell;
}

// No | Indikator | Tahun 2024 (Target, Capaian (%)), a numbered-columns row, and three rows: a merged No, a
// number typed "1.000", decimals, a text that holds the separator and quotes.
FormTable indicator_table() {
  FormTable table;
  table.widths = {8, 40, 20, 20};
  table.numbered_columns = true;
  table.header = {{span(text("No"), 2, 1), span(text("Indikator"), 2, 1), span(text("Tahun 2024"), 1, 2), covered()},
                  {covered(), covered(), text("Target"), text("Capaian (%)")}};
  table.rows = {
      {span(text("1"), 2, 1), text("Indeks; kepuasan \"IKM\""), number(1000, 0, "1.000"),
       number(97.5, 2, "97,50%", FormCellType::Percent)},
      {covered(), text("Nilai investasi"), number(83.37, 2, "83,37"), text("Belum ada realisasi")},
      {text("2"), text("Rasio, ketersediaan\nsekolah"), number(11566246594, 0, "11.566.246.594"),
       number(0.1 + 0.2, 2, "0,30%", FormCellType::Percent)},
  };
  return table;
}

Form form_of(std::string name, std::vector<FormBlock> blocks) {
  Form form;
  form.kind = FormKind::Pk;
  form.name = std::move(name);
  form.blocks = std::move(blocks);
  return form;
}

}  // namespace

TEST_CASE("Form CSV: one table opens clean, semicolon and decimal comma by default, numbers without thousands marks") {
  Form form = form_of("Pengukuran Kinerja 2024",
                      {FormTitle{{"PENGUKURAN KINERJA TAHUN 2024"}}, indicator_table(),
                       FormSignatures{{{"Contoh, 2 Januari 2025", "Kepala Dinas,", "Ir. Budi", "", "1970"}}}});
  std::string csv = forms_to_csv({form}, CsvStyle{});
  CHECK(csv == kBom +
                   "No;Indikator;Tahun 2024 - Target;Tahun 2024 - Capaian (%)\r\n"
                   "1;\"Indeks; kepuasan \"\"IKM\"\"\";1000;97,5\r\n"
                   "1;Nilai investasi;83,37;Belum ada realisasi\r\n"
                   "2;\"Rasio, ketersediaan\nsekolah\";11566246594;0,3\r\n");
  std::vector<Strings> lines = read_csv(csv, ';');
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == Strings{"No", "Indikator", "Tahun 2024 - Target", "Tahun 2024 - Capaian (%)"});
  CHECK(lines[1] == Strings{"1", "Indeks; kepuasan \"IKM\"", "1000", "97,5"});
  CHECK(lines[2] == Strings{"1", "Nilai investasi", "83,37", "Belum ada realisasi"});
  CHECK(lines[3] == Strings{"2", "Rasio, ketersediaan\nsekolah", "11566246594", "0,3"});
  CHECK(csv.find("Ir. Budi") == std::string::npos);  // signatures and titles are not table data
  CHECK(csv.find("PENGUKURAN") == std::string::npos);
}

TEST_CASE("Form CSV: a comma separator with a decimal point, and with a decimal comma (quoted)") {
  Form form = form_of("IKU", {indicator_table()});
  std::string english = forms_to_csv({form}, CsvStyle{CsvSeparator::Comma, '.'});
  std::vector<Strings> lines = read_csv(english, ',');
  REQUIRE(lines.size() == 4);
  CHECK(lines[1] == Strings{"1", "Indeks; kepuasan \"IKM\"", "1000", "97.5"});
  CHECK(lines[2] == Strings{"1", "Nilai investasi", "83.37", "Belum ada realisasi"});
  CHECK(english.find("1,Nilai investasi,83.37,Belum ada realisasi\r\n") != std::string::npos);

  std::string both = forms_to_csv({form}, CsvStyle{CsvSeparator::Comma, ','});
  CHECK(both.find("1,Nilai investasi,\"83,37\",Belum ada realisasi\r\n") != std::string::npos);
  CHECK(both.find("1,\"Indeks; kepuasan \"\"IKM\"\"\",1000,\"97,5\"\r\n") != std::string::npos);
  lines = read_csv(both, ',');
  REQUIRE(lines.size() == 4);
  for (const Strings& line : lines) CHECK(line.size() == 4);  // every value in its column
  CHECK(lines[1] == Strings{"1", "Indeks; kepuasan \"IKM\"", "1000", "97,5"});
  CHECK(lines[2] == Strings{"1", "Nilai investasi", "83,37", "Belum ada realisasi"});
  CHECK(lines[3] == Strings{"2", "Rasio, ketersediaan\nsekolah", "11566246594", "0,3"});
}

TEST_CASE("Form CSV: tab separated") {
  FormTable table = indicator_table();
  table.rows[1][1].text = "Nilai\tinvestasi";
  std::string csv = forms_to_csv({form_of("IKU", {table})}, CsvStyle{CsvSeparator::Tab, ','});
  CHECK(csv.find("1\t\"Nilai\tinvestasi\"\t83,37\tBelum ada realisasi\r\n") != std::string::npos);
  std::vector<Strings> lines = read_csv(csv, '\t');
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == Strings{"No", "Indikator", "Tahun 2024 - Target", "Tahun 2024 - Capaian (%)"});
  CHECK(lines[2] == Strings{"1", "Nilai\tinvestasi", "83,37", "Belum ada realisasi"});
  CHECK(lines[3] == Strings{"2", "Rasio, ketersediaan\nsekolah", "11566246594", "0,3"});
}

TEST_CASE("Form CSV: several forms and tables, each under its name, apart by an empty line") {
  FormTable anggaran;
  anggaran.header = {{text("Program"), text("Anggaran (Rp)")}};
  anggaran.rows = {{text("Program Penyuluhan Pertanian"), number(1100000000, 0, "1.100.000.000")}};
  Form first = form_of("PK Kepala Dinas 2024", {FormTitle{{"PERJANJIAN KINERJA"}}, indicator_table(),
                                                FormPageBreak{}, anggaran});
  Form empty = form_of("Halaman tanda tangan", {FormParagraph{"Pada hari ini ..."}});
  Form second = form_of("PK Bidang Produksi 2024", {anggaran});
  std::string csv = forms_to_csv({first, empty, second}, CsvStyle{});
  std::vector<Strings> lines = read_csv(csv, ';');
  REQUIRE(lines.size() == 13);
  CHECK(lines[0] == Strings{"PK Kepala Dinas 2024"});
  CHECK(lines[1] == Strings{"No", "Indikator", "Tahun 2024 - Target", "Tahun 2024 - Capaian (%)"});
  CHECK(lines[4] == Strings{"2", "Rasio, ketersediaan\nsekolah", "11566246594", "0,3"});
  CHECK(lines[5].empty());
  CHECK(lines[6] == Strings{"PK Kepala Dinas 2024 - Tabel 2"});
  CHECK(lines[7] == Strings{"Program", "Anggaran (Rp)"});
  CHECK(lines[8] == Strings{"Program Penyuluhan Pertanian", "1100000000"});
  CHECK(lines[9].empty());
  CHECK(lines[10] == Strings{"PK Bidang Produksi 2024"});
  CHECK(lines[11] == Strings{"Program", "Anggaran (Rp)"});
  CHECK(lines[12] == Strings{"Program Penyuluhan Pertanian", "1100000000"});
}

TEST_CASE("Form CSV: a text spanning columns and rows repeats in every cell it covers, a number only once") {
  FormTable table;
  table.header = {{span(text("Kode"), 1, 3), covered(), covered(), span(text("Uraian"), 3, 1)},
                  {text("Urusan"), span(text("Program"), 1, 2), covered(), covered()},
                  {text(""), text("Kode"), text("Nama"), covered()}};
  table.numbered_columns = true;
  table.rows = {{span(text("1.02"), 2, 2), covered(), text("A"), span(number(1500000, 0, "1.500.000"), 2, 1)},
                {covered(), covered(), text("B"), covered()}};
  std::vector<Strings> lines = read_csv(forms_to_csv({form_of("Renstra", {table})}, CsvStyle{}), ';');
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == Strings{"Kode - Urusan", "Kode - Program - Kode", "Kode - Program - Nama", "Uraian"});
  CHECK(lines[1] == Strings{"1.02", "1.02", "A", "1500000"});
  CHECK(lines[2] == Strings{"1.02", "1.02", "B", ""});  // SUM over the column: 1500000, not twice
}

TEST_CASE("Form CSV: numbers written with as few decimals as they need, at most the cell's") {
  CHECK(csv_number(1000, 0, ',') == "1000");
  CHECK(csv_number(83.37, 2, ',') == "83,37");
  CHECK(csv_number(83.37, 2, '.') == "83.37");
  CHECK(csv_number(97.5, 2, ',') == "97,5");
  CHECK(csv_number(112, 2, ',') == "112");
  CHECK(csv_number(1.26, 1, ',') == "1,3");
  CHECK(csv_number(-1.5, 1, ',') == "-1,5");
  CHECK(csv_number(-0.001, 2, ',') == "0");
  CHECK(csv_number(11566246594, 0, ',') == "11566246594");
  CHECK(csv_number(0.1 + 0.2, 9, ',') == "0,3");
  CHECK(csv_number(2.4, -3, ',') == "2");  // no negative decimals
}

TEST_CASE("Form CSV: a number that is not finite is written as its text, bad styles and no table are errors") {
  FormTable table;
  table.header = {{text("Capaian")}};
  table.rows = {{number(std::numeric_limits<double>::quiet_NaN(), 2, "-", FormCellType::Percent)}};
  CHECK(read_csv(forms_to_csv({form_of("X", {table})}, CsvStyle{}), ';') == std::vector<Strings>{{"Capaian"}, {"-"}});
  CHECK_THROWS_AS(forms_to_csv({form_of("X", {table})}, CsvStyle{CsvSeparator::Semicolon, ';'}), UserError);
  CHECK_THROWS_AS(forms_to_csv({form_of("X", {FormTitle{{"A"}}})}, CsvStyle{}), UserError);
  CHECK_THROWS_AS(forms_to_csv({}, CsvStyle{}), UserError);
}

}  // namespace pokin
