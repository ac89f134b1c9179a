// Web pages imported through their tables (core/spreadsheet/html_tables.h): spans laid out as on screen, the title
// above the table read for the agency and period, row numbers that are the page's lines.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "core/import/import_document.h"
#include "core/import/source_table.h"
#include "core/spreadsheet/html_tables.h"
#include "core/text/bilingual.h"
#include "import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;
using import_test::indicator;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::filesystem::path(POKIN_FIXTURES) / "html" / name, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("html tables: an IKU page with a two-row header, rowspans over sasaran and a line break in a cell") {
  ImportResult result = import_text("iku.html", fixture("iku_spans_two_header_rows.html"), {});
  const Document& document = result.document;
  CHECK(result.report.format == "table (html)");
  CHECK(document.info.instansi == "Dinas Komunikasi dan Informatika");
  CHECK(document.info.period_start == 2021);
  CHECK(document.info.period_end == 2026);
  REQUIRE(document.sasaran.size() == 2);
  REQUIRE(document.indikator.size() == 3);
  const Indikator& keterbukaan = indicator(document, "Indeks keterbukaan informasi publik");
  const Indikator& aduan = indicator(document, "Persentase aduan yang ditindaklanjuti");  // "<br>" inside the cell
  const Indikator& spbe = indicator(document, "Indeks SPBE");
  // The rowspan of "Meningkatnya kualitas layanan informasi publik" gives both indicators one sasaran; "&nbsp;" is a space.
  CHECK(keterbukaan.sasaran == aduan.sasaran);
  CHECK(document.sasaran.at(keterbukaan.sasaran).statement == "Meningkatnya kualitas layanan informasi publik");
  CHECK(document.sasaran.at(spbe.sasaran).statement == "Meningkatnya tata kelola SPBE");
  CHECK(aduan.satuan == "%");
  CHECK(aduan.target.at(2023).text == "92,5");
  CHECK(spbe.target.at(2024).text == "3,0");
  CHECK(keterbukaan.target.count(2021) == 0);
}

TEST_CASE("html tables: colspan and rowspan keep their text in the first cell and leave the others blank, row numbers are page lines") {
  const std::string page =
      "<html><body>\n"                                            // 1
      "<table>\n"                                                 // 2
      "<tr><td rowspan=3>A</td><td colspan=2>B</td></tr>\n"       // 3
      "<tr><td>c</td><td rowspan=2>d</td></tr>\n"                 // 4
      "<tr><td>e</td></tr>\n"                                     // 5
      "</table></body></html>\n";
  std::vector<spreadsheet::Sheet> sheets = spreadsheet::read_html_tables(page);
  REQUIRE(sheets.size() == 1);
  REQUIRE(sheets[0].rows.size() == 3);
  CHECK(sheets[0].rows[0].cells == std::vector<std::string>{"A", "B"});  // the blank under B's span dropped at the end
  CHECK(sheets[0].rows[1].cells == std::vector<std::string>{"", "c", "d"});
  CHECK(sheets[0].rows[2].cells == std::vector<std::string>{"", "e"});
  CHECK(sheets[0].rows[0].row == 3);
  CHECK(sheets[0].rows[2].row == 5);
}

TEST_CASE("html tables: a nested table is a table of its own, scripts and styles are no text, the title comes first") {
  const std::string page =
      "<html><head><script>var x = '<table><tr><td>no</td></tr></table>';</script><style>td{}</style></head><body>"
      "<div>PERJANJIAN KINERJA TAHUN 2025</div>"
      "<table><tr><td>Kiri<table><tr><td>Sasaran</td><td>Indikator</td></tr></table></td><td>Kanan</td></tr></table>"
      "</body></html>";
  std::vector<spreadsheet::Sheet> sheets = spreadsheet::read_html_tables(page);
  REQUIRE(sheets.size() == 2);
  REQUIRE(sheets[0].rows.size() == 2);
  CHECK(sheets[0].rows[0].cells == std::vector<std::string>{"PERJANJIAN KINERJA TAHUN 2025"});
  CHECK(sheets[0].rows[1].cells == std::vector<std::string>{"Kiri", "Kanan"});
  REQUIRE(sheets[1].rows.size() == 1);
  CHECK(sheets[1].rows[0].cells == std::vector<std::string>{"Sasaran", "Indikator"});
}

TEST_CASE("html tables: a page without a charset in Windows-1252 is read as such, a page without a table is refused") {
  const std::string page = "<table><tr><td>Target 2024 \x96 2026</td><td>Rp 1.000</td></tr></table>";
  std::vector<spreadsheet::Sheet> sheets = spreadsheet::read_html_tables(page);
  REQUIRE(sheets.size() == 1);
  CHECK(sheets[0].rows[0].cells[0] == "Target 2024 \xE2\x80\x93 2026");  // the en dash, in UTF-8
  // A byte the code page leaves undefined is U+FFFD and does not stop the reading: the cell after it is there.
  sheets = spreadsheet::read_html_tables("<table><tr><td>a\x8d b</td><td>c</td></tr></table>");
  REQUIRE(sheets.size() == 1);
  CHECK(sheets[0].rows[0].cells == std::vector<std::string>{"a\xEF\xBF\xBD b", "c"});
  // A page that says UTF-8 and holds a stray byte: the same.
  sheets = spreadsheet::read_html_tables("<meta charset=\"utf-8\"><table><tr><td>a\xff</td><td>c</td></tr></table>");
  REQUIRE(sheets.size() == 1);
  CHECK(sheets[0].rows[0].cells.size() == 2);
  CHECK_THROWS_AS(import_text("kosong.html", "<html><body><p>Tidak ada tabel</p></body></html>", {}), UserError);
  try {
    import_text("kosong.html", "<html><body><p>Tidak ada tabel</p></body></html>", {});
  } catch (const UserError& error) {
    CHECK(std::string(error.what()).find("tidak memuat tabel") != std::string::npos);
  }
}

TEST_CASE("html tables: spans and sizes beyond the limits are refused or clipped, never followed") {
  spreadsheet::XlsxLimits small;
  small.max_columns = 50;
  CHECK_THROWS_AS(spreadsheet::read_html_tables("<table><tr><td colspan=60>x</td></tr></table>", small), UserError);
  // A colspan of a million covers at most 1,000 columns.
  std::vector<spreadsheet::Sheet> sheets =
      spreadsheet::read_html_tables("<table><tr><td colspan=1000000>x</td><td>y</td></tr></table>");
  REQUIRE(sheets.size() == 1);
  REQUIRE(sheets[0].rows[0].cells.size() == 1001);
  CHECK(sheets[0].rows[0].cells[1000] == "y");
  small.max_total_bytes = 10;
  CHECK_THROWS_AS(spreadsheet::read_html_tables("<table><tr><td>abcdefghijk</td></tr></table>", small), UserError);
}

TEST_CASE("html tables: only pages that open with a tag and name <html> or <table> are taken for web pages") {
  CHECK(spreadsheet::looks_like_html("\xEF\xBB\xBF  <!DOCTYPE html><html></html>"));
  CHECK(spreadsheet::looks_like_html("<table><tr><td>1</td></tr></table>"));
  CHECK_FALSE(spreadsheet::looks_like_html("No\tSasaran\t<table>\n"));
  CHECK_FALSE(spreadsheet::looks_like_html("<b>bold</b> text"));
}

TEST_CASE("html tables: a Renstra T-C.27 page with its three header rows, the Kode over four columns and column numbers") {
  ImportResult result = import_text("tc27.html", fixture("tc27_three_header_rows.html"), {});
  const Document& document = result.document;
  CHECK(document.info.instansi == "Badan Kepegawaian Daerah");
  CHECK(document.info.period_start == 2022);
  CHECK(document.info.period_end == 2026);
  const Indikator& disiplin = indicator(document, "Persentase Peningkatan Disiplin ASN");
  const Indikator& program_indicator = indicator(document, "Persentase ASN yang tidak melanggar disiplin");
  const Indikator& kegiatan_indicator = indicator(document, "Jumlah dokumen pengadaan dan pemberhentian ASN");
  const Sasaran& sasaran = document.sasaran.at(disiplin.sasaran);
  const Sasaran& program = document.sasaran.at(program_indicator.sasaran);
  const Sasaran& kegiatan = document.sasaran.at(kegiatan_indicator.sasaran);
  CHECK(sasaran.statement == "Meningkatnya Disiplin ASN");
  REQUIRE(sasaran.parent != kNoId);
  CHECK(document.sasaran.at(sasaran.parent).statement == "Meningkatkan Profesionalisme ASN");
  CHECK(document.sasaran.at(sasaran.parent).kind == StatementKind::Tujuan);
  CHECK(program.parent == sasaran.id);
  CHECK(kegiatan.parent == program.id);
  CHECK(program.nomenclature.kind == NomenclatureKind::Program);
  CHECK(program.nomenclature.kode == "5.03.02");
  CHECK(kegiatan.nomenclature.kind == NomenclatureKind::Kegiatan);
  CHECK(kegiatan.nomenclature.kode == "5.03.02.2.02");
  // Target and Rp per year under the merged year headers; baseline and kondisi akhir.
  CHECK(disiplin.baseline.text == "99,25%");
  CHECK(disiplin.target.at(2026).text == "99,95%");
  CHECK(program_indicator.target.at(2023).text == "98%");
  CHECK(program.pagu.at(2023).text == "1.300.000.000");
  CHECK(kegiatan.pagu.at(2026).text == "440.000.000");
  CHECK(kegiatan.pagu_akhir.text == "2.100.000.000");
  CHECK(kegiatan_indicator.kondisi_akhir.text == "60");
  CHECK(kegiatan.lokasi == "Kabupaten Semarang");
  // "BKD" in the Unit Kerja column is the agency itself: its head, named after it; the Bidang is a unit below it.
  REQUIRE(document.units.size() == 2);
  const Unit& head = document.units.at(sasaran.unit);
  CHECK(head.name == "Kepala Badan");
  CHECK(head.parent == kNoId);
  CHECK(document.units.at(kegiatan.unit).parent == head.id);
  // The row of column numbers "(1) ... (21)", its "(4)" spanning the Kode's four columns, is no data row.
  for (const auto& [id, indikator] : document.indikator) CHECK(indikator.name.find("(6)") == std::string::npos);
}

namespace {

// The page a web view shows for a TAB copy of its table: lines with TABs are rows of one <table>, the others
// paragraphs (the title above, the signatures below).
std::string as_page(const std::string& text) {
  std::string page = "<html><head><meta charset=\"utf-8\"></head><body>\n", table;
  auto escaped = [](const std::string& cell) {
    std::string out;
    for (char c : cell) out += c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;" : std::string(1, c);
    return out;
  };
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    start = end + 1;
    if (line.find('\t') != std::string::npos) {
      table += "<tr>";
      std::size_t from = 0;
      for (std::size_t tab = line.find('\t'); ; tab = line.find('\t', from)) {
        table += "<td>" + escaped(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from)) + "</td>";
        if (tab == std::string::npos) break;
        from = tab + 1;
      }
      table += "</tr>\n";
      continue;
    }
    if (!table.empty()) page += "<table>\n" + table + "</table>\n", table.clear();
    page += "<p>" + escaped(line) + "</p>\n";
  }
  if (!table.empty()) page += "<table>\n" + table + "</table>\n";
  return page + "</body></html>\n";
}

// What a reader made of a table, in a form two readings can be compared by.
std::string tree_of(const Document& document) {
  std::string out;
  for (const auto& [id, sasaran] : document.sasaran) {
    out += "S " + sasaran.statement + " <- " +
           (sasaran.parent == kNoId ? std::string("-") : document.sasaran.at(sasaran.parent).statement) + " @ " +
           document.units.at(sasaran.unit).name + "\n";
  }
  for (const auto& [id, indikator] : document.indikator) {
    out += "I " + indikator.name + " <- " + document.sasaran.at(indikator.sasaran).statement + " [" + indikator.satuan + "]";
    for (const auto& [year, value] : indikator.target) out += " " + std::to_string(year) + "=" + value.text;
    out += "\n";
  }
  return out;
}

std::string real_fixture(const std::string& name) {
  std::ifstream in(std::filesystem::path(POKIN_FIXTURES) / "real" / name, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("html tables: a real table as its web page gives the tree of its TAB copy (Perjanjian Kinerja, Renstra)") {
  for (const char* name : {"11_pk_diskominfo_pringsewu_2025_web.txt",
                           "40_renstra_tujuan_sasaran_dinsos_prov_gorontalo_2023_2026_web.txt"}) {
    CAPTURE(name);
    std::string text = real_fixture(name);
    ImportResult from_text = import_text("copy.txt", text, {});
    ImportResult from_page = import_text("page.html", as_page(text), {});
    CHECK(from_page.report.format == "table (html)");
    CHECK(from_text.document.indikator.size() >= 5);
    CHECK(tree_of(from_page.document) == tree_of(from_text.document));
  }
}

TEST_CASE("html tables: the preview shows the page's table as cells, the text around it as lines outside") {
  import::SourceTable table =
      import::read_source_table(fixture("tc27_three_header_rows.html"), import::RequestedFormat::Auto, 100);
  CHECK(table.format == "table (html)");
  CHECK(table.of_cells);
  CHECK(table.columns == 24);  // Tujuan .. Lokasi, the Kode four columns wide
  // 3 title lines, 3 header rows, the column numbers, 3 data rows, and the "Sumber" line after the table.
  REQUIRE(table.rows.size() == 11);
  int outside = 0;
  for (const import::TableRow& row : table.rows) outside += row.outside_table ? 1 : 0;
  CHECK(outside == 4);
  CHECK(table.rows[2].cells == std::vector<std::string>{"Badan Kepegawaian Daerah Kabupaten Semarang Tahun 2022-2026"});
  CHECK(table.rows[10].cells == std::vector<std::string>{"Sumber: BKD Kabupaten Semarang"});
  CHECK(table.rows[10].outside_table);
}
