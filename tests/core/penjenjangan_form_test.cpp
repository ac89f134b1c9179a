// TABEL PENJENJANGAN KINERJA (core/forms/penjenjangan_form.h): the cells on the faulty two-OPD Pemda of
// pemda_test_documents.h and on an OPD's own document (form_test_documents.h), counted by hand, and the table
// written as XLSX and PDF and read back with independent readers (libzip, poppler).
#include <doctest/doctest.h>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <cctype>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/export/form_csv.h"
#include "core/export/form_pdf.h"
#include "core/export/form_xlsx.h"
#include "core/forms/build_forms.h"
#include "core/text/bilingual.h"
#include "form_test_documents.h"
#include "tests/core/pemda_checks_test_documents.h"
#include "tests/scratch_path.h"
#include "xlsx_cells.h"

using namespace pokin;
using pokin::test::blocks_of;
using pokin::test::check_rectangular;
using pokin::test::texts;

namespace {

Form penjenjangan(const Document& document, FormRequest request = {}) {
  request.kind = FormKind::Penjenjangan;
  std::vector<Form> forms = build_forms(document, request);
  REQUIRE(forms.size() == 1);
  CHECK(forms[0].kind == FormKind::Penjenjangan);
  return forms[0];
}

// The texts of the sheet's row that holds `text` in some cell, in column order, joined by "|" so that a failure
// prints them. Empty cells are left out: the two tables share one grid of columns (form_xlsx_grid.h), so a cell
// of either may span several sheet columns.
std::string sheet_row_with(const std::map<std::string, std::string>& cells, const std::string& text) {
  std::string row;
  for (const auto& [ref, value] : cells)
    if (value == text) row = ref.substr(ref.find_first_of("0123456789"));
  REQUIRE_FALSE(row.empty());
  std::vector<std::string> out;
  for (char column = 'A'; column <= 'Z'; ++column) {
    auto found = cells.find(std::string(1, column) + row);
    if (found != cells.end() && !found->second.empty()) out.push_back(found->second);
  }
  std::string joined;
  for (const std::string& cell : out) joined += (joined.empty() ? "" : "|") + cell;
  return joined;
}

}  // namespace

TEST_CASE("penjenjangan: the Pemda table, one row per OPD in order, a JUMLAH row, the RPJMD support first") {
  test::FaultyPemda d;
  Form form = penjenjangan(d.document);
  auto titles = blocks_of<FormTitle>(form);
  REQUIRE(titles.size() == 1);
  CHECK(titles[0].lines == std::vector<std::string>{"TABEL PENJENJANGAN KINERJA", "PEMERINTAH KABUPATEN CONTOH",
                                                    "PERIODE 2024-2024"});
  auto tables = blocks_of<FormTable>(form);
  REQUIRE(tables.size() == 2);
  const FormTable& rpjmd = tables[0];
  check_rectangular(rpjmd);
  REQUIRE(rpjmd.rows.size() == 1);
  // R1..R4, one indikator each; R2, R3 supported by an OPD. R1 only through A1's link, which an import suggested
  // and nobody reviewed: not counted, and the note says so.
  CHECK(texts(rpjmd.rows[0]) == std::vector<std::string>{"Sasaran RPJMD", "4", "4", "2", "50,00%"});
  auto paragraphs = blocks_of<FormParagraph>(form);
  REQUIRE_FALSE(paragraphs.empty());
  const std::string& note = paragraphs.back().text;
  CHECK(note.find("1 sasaran RPJMD lain hanya didukung lewat usulan tautan otomatis yang belum ditinjau: tidak "
                  "dihitung.") != std::string::npos);
  CHECK(note.find("Dokumen masih memuat 1 usulan tautan otomatis yang belum ditinjau") != std::string::npos);
  // Once a planner accepts A1's link, R1 counts and the notes are gone.
  d.document.sasaran.at(d.a1).link_origin = LinkOrigin::Person;
  Form reviewed = penjenjangan(d.document);
  CHECK(texts(blocks_of<FormTable>(reviewed)[0].rows[0]) ==
        std::vector<std::string>{"Sasaran RPJMD", "4", "4", "3", "75,00%"});
  CHECK(blocks_of<FormParagraph>(reviewed).back().text.find("usulan") == std::string::npos);

  const FormTable& table = tables[1];
  check_rectangular(table);
  CHECK(table.numbered_columns);
  REQUIRE(table.header.size() == 2);
  // Levels 1 (four columns) and 2 (the deepest: sasaran and indikator only).
  CHECK(texts(table.header[0]) == std::vector<std::string>{"No", "Perangkat Daerah", "Sasaran Strategis", "", "", "",
                                                           "Sasaran Program", ""});
  CHECK(texts(table.header[1]) == std::vector<std::string>{"", "", "Sasaran", "Indikator", "Diturunkan", "%",
                                                           "Sasaran", "Indikator"});
  CHECK(table.header[0][2].column_span == 4);
  CHECK(table.header[0][6].column_span == 2);
  CHECK(table.header[0][0].row_span == 2);
  REQUIRE(table.rows.size() == 3);
  // A: A1, A2 with 1 + 2 indicators, both cascaded; A11, A21. B: B1, B2 one indicator each, B1 cascaded; B11.
  CHECK(texts(table.rows[0]) ==
        std::vector<std::string>{"1", "Dinas Penanaman Modal dan PTSP", "2", "3", "2", "100,00%", "2", "2"});
  CHECK(texts(table.rows[1]) == std::vector<std::string>{"2", "Dinas Kesehatan", "2", "2", "1", "50,00%", "1", "1"});
  // The total's share is 3 cascaded of 4, not the mean of 100% and 50%.
  CHECK(texts(table.rows[2]) == std::vector<std::string>{"JUMLAH", "", "4", "5", "3", "75,00%", "3", "3"});
  CHECK(table.rows[2][0].column_span == 2);
  CHECK(table.rows[2][2].bold);
  CHECK(table.rows[1][5].type == FormCellType::Percent);
  CHECK(table.rows[1][5].number == doctest::Approx(50.0));
  CHECK(table.rows[1][2].type == FormCellType::Number);
}

TEST_CASE("penjenjangan: --levels keeps the first levels, the last kept one without share columns") {
  test::FaultyPemda d;
  FormRequest request;
  request.levels = 1;
  FormTable table = blocks_of<FormTable>(penjenjangan(d.document, request))[1];
  CHECK(texts(table.header[1]) == std::vector<std::string>{"", "", "Sasaran", "Indikator"});
  CHECK(texts(table.rows[1]) == std::vector<std::string>{"2", "Dinas Kesehatan", "2", "2"});
}

TEST_CASE("penjenjangan: an OPD's own document gives a one-row table from level 0, with no RPJMD table") {
  test::FormTestDocument d;
  Form form = penjenjangan(d.document);
  auto tables = blocks_of<FormTable>(form);
  REQUIRE(tables.size() == 1);
  const FormTable& table = tables[0];
  check_rectangular(table);
  CHECK(texts(table.header[0]) == std::vector<std::string>{"No", "Instansi", "Sasaran Strategis", "", "", "",
                                                           "Sasaran Program", "", "", "", "Sasaran Kegiatan", ""});
  REQUIRE(table.rows.size() == 2);
  // SS1 (I1, I2) and SS2 (I3), only SS1 cascaded (SP1); SP1 (I4) cascaded (SK1); SK1 without indicator. The
  // Tujuan T1 is no Sasaran Strategis and is not counted.
  CHECK(texts(table.rows[0]) == std::vector<std::string>{"1", "Dinas Penanaman Modal dan PTSP", "2", "3", "1",
                                                         "50,00%", "1", "1", "1", "100,00%", "1", "0"});
  CHECK(texts(table.rows[1]) ==
        std::vector<std::string>{"JUMLAH", "", "2", "3", "1", "50,00%", "1", "1", "1", "100,00%", "1", "0"});
}

TEST_CASE("penjenjangan: refused with a bilingual message for a unit, and for a Pemda without OPD sasaran") {
  test::FaultyPemda d;
  FormRequest request;
  request.unit = "Dinas Kesehatan";
  try {
    penjenjangan(d.document, request);
    FAIL("a unit was accepted");
  } catch (const UserError& error) {
    CHECK(std::string(error.what()).find("seluruh Perangkat Daerah") != std::string::npos);
    CHECK(error.message().en.find("every OPD") != std::string::npos);
  }
  test::CleanPemda empty;
  for (Id id : {empty.a1, empty.a2, empty.a11, empty.a21, empty.b1, empty.b11}) empty.document.sasaran.erase(id);
  CHECK_THROWS_AS(penjenjangan(empty.document), UserError);
}

TEST_CASE("penjenjangan: written as XLSX and read back, numbers stay numbers") {
  test::FaultyPemda d;
  std::filesystem::path path = test::scratch_path("penjenjangan.xlsx");
  write_forms_xlsx(path, {penjenjangan(d.document)});
  auto cells = test::read_sheet(path, 1);
  CHECK(sheet_row_with(cells, "TABEL PENJENJANGAN KINERJA") == "TABEL PENJENJANGAN KINERJA");
  // Percent cells hold the fraction Excel formats as a percent: 50% is 0.5.
  CHECK(sheet_row_with(cells, "Dinas Kesehatan") == "2|Dinas Kesehatan|2|2|1|0.5|1|1");
  CHECK(sheet_row_with(cells, "JUMLAH") == "JUMLAH|4|5|3|0.75|3|3");
  CHECK(sheet_row_with(cells, "Sasaran RPJMD") == "Sasaran RPJMD|4|4|2|0.5");  // R1 only through a suggestion
}

TEST_CASE("penjenjangan: written as PDF on F4 landscape and read back with poppler") {
  test::FaultyPemda d;
  std::filesystem::path path = test::scratch_path("penjenjangan.pdf");
  CHECK(write_forms_pdf(path, {penjenjangan(d.document)}) == 1);
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(path.string()));
  REQUIRE(pdf);
  REQUIRE(pdf->pages() == 1);
  std::unique_ptr<poppler::page> page(pdf->create_page(0));
  // F4 is 215 x 330 mm: 609.4 x 935.4 pt, landscape.
  CHECK(page->page_rect().width() == doctest::Approx(935.4).epsilon(0.002));
  CHECK(page->page_rect().height() == doctest::Approx(609.4).epsilon(0.002));
  poppler::byte_array bytes = page->text().to_utf8();
  std::string text(bytes.begin(), bytes.end());
  for (const char* expected : {"PENJENJANGAN", "Dinas Kesehatan", "JUMLAH", "50,00%", "75,00%", "100,00%",
                               "Sasaran RPJMD", "Diturunkan"})
    CHECK_MESSAGE(text.find(expected) != std::string::npos, expected);
}

TEST_CASE("penjenjangan: as CSV both tables are written, each under its name") {
  test::FaultyPemda d;
  std::string csv = forms_to_csv({penjenjangan(d.document)}, CsvStyle{});
  CHECK(csv.find("Penjenjangan Kinerja\r\n") != std::string::npos);
  CHECK(csv.find("Penjenjangan Kinerja - Tabel 2") != std::string::npos);
  CHECK(csv.find("Dinas Kesehatan") != std::string::npos);
}
