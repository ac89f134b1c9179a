// What the importer says about each source column of a table (mapped to what, or ignored; cells stored and left
// out), the planner's steering (--map wherever the header is, --header-rows) and the real tables of
// tests/fixtures/real whose layout was read by eye (SOURCES.md).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/import/import_document.h"
#include "core/import/import_profile.h"
#include "import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;
using import_test::indikator_named;

namespace {

std::string read_real(const std::string& name) { return import_test::read_fixture("real/" + name); }

const ColumnDecision& column(const ImportReport& report, int table, int column) {
  for (const ColumnDecision& decision : report.columns)
    if (decision.table == table && decision.column == column) return decision;
  FAIL("no such column");
  return report.columns.front();
}

bool has_note(const ImportReport& report, const std::string& start) {
  for (const Bilingual& note : report.notes)
    if (note.en.find(start) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("fixture 07 (IKU Magetan, pipe tables): layout per column, broken rows joined, five targets each") {
  ImportResult result = import_text("07.txt", read_real("07_iku_pemda_magetan_2026_2030_web.txt"), {});
  const ImportReport& report = result.report;
  // The header is printed three times (two empty tables, then the filled one), each with its misaligned
  // "Target | Realisasi" row.
  REQUIRE(report.tables.size() == 3);
  CHECK(report.tables[2].header_line == 15);
  CHECK(report.tables[2].header_rows == 2);
  CHECK(report.tables[2].data_rows == 3);  // rows 1 and 2 (each broken over two lines) and the cut row 3
  CHECK(column(report, 2, 0).field == ColumnField{Field::Number});
  CHECK(column(report, 2, 1).field == ColumnField{Field::Sasaran});
  CHECK(column(report, 2, 2).field == ColumnField{Field::Indikator});
  CHECK(column(report, 2, 3).field == ColumnField{Field::Formula});
  CHECK(column(report, 2, 4).field == ColumnField{Field::SumberData});
  CHECK(column(report, 2, 5).field == ColumnField{Field::Unit});
  CHECK(column(report, 2, 6).field == ColumnField{Field::Satuan});
  for (int year = 2026; year <= 2030; ++year) {
    ColumnField target{Field::Target};
    target.year = year;
    CHECK(column(report, 2, 7 + year - 2026).field == target);
  }
  CHECK(column(report, 2, 3).cells_stored == 1);  // IHai has no definisi
  CHECK(has_note(report, "a header row that does not line up"));
  const Indikator* ipm = indikator_named(result.document, "Indeks Pembangunan Manusia (IPM)");
  REQUIRE(ipm != nullptr);
  CHECK(ipm->sumber_data == "BPS");
  CHECK(ipm->satuan == "Indeks");
  REQUIRE(ipm->target.size() == 5);
  CHECK(ipm->target.at(2026).text == "77.74");
  CHECK(ipm->target.at(2030).text == "79.88");
  CHECK(ipm->realisasi.empty());
  const Indikator* ihai = indikator_named(result.document, "Indeks Harmoni Indonesia (IHai) Kabupaten Magetan");
  REQUIRE(ihai != nullptr);
  CHECK(ihai->sumber_data == "Survei dengan data sektoral dari berbagai instansi pemerintah");
  CHECK(ihai->target.at(2026).text == "7.08");
  CHECK(ihai->target.at(2030).text == "7.20");
}

TEST_CASE("fixture 11 (Perjanjian Kinerja): a table below the parties' text, its Target year from the title") {
  ImportResult result = import_text("11.txt", read_real("11_pk_diskominfo_pringsewu_2025_web.txt"), {});
  CHECK(result.report.format == "table");
  REQUIRE(result.report.tables.size() == 2);  // Sasaran Strategis | Indikator Sasaran | Target, then PROGRAM | ANGGARAN
  CHECK(result.report.tables[0].header_line == 37);
  CHECK(column(result.report, 0, 1).field == ColumnField{Field::Sasaran});
  ColumnField target{Field::Target};
  target.year = 2025;
  CHECK(column(result.report, 0, 3).field == target);
  CHECK(column(result.report, 1, 0).field == ColumnField{Field::Program});
  ColumnField pagu{Field::Pagu};
  pagu.year = 2025;  // the budget table takes the title's year too ("PERJANJIAN KINERJA TAHUN 2025")
  CHECK(column(result.report, 1, 1).field == pagu);
  CHECK(has_note(result.report, "were given the year 2025 (the year of the title above the table"));
  CHECK(result.document.sasaran.size() >= 5);
  const Indikator* sakip = indikator_named(result.document, "Nilai SAKIP");
  REQUIRE(sakip != nullptr);
  CHECK(sakip->target.at(2025).text == "BB");
  const Indikator* spbe = indikator_named(result.document, "Indeks SPBE");
  REQUIRE(spbe != nullptr);
  CHECK(spbe->target.at(2025).text == "2,8 Indeks");
}

TEST_CASE("every source column is listed, cells under an ignored column are counted as left out") {
  const char* text =
      "Sasaran\tIndikator\tCatatan rapat\tTarget 2025\n"
      "Meningkatnya layanan\tIndeks kepuasan\tdibahas ulang\t80\n"
      "Meningkatnya mutu\tNilai SAKIP\t\tBB\n"
      "\t\tlampiran menyusul\textra\n";
  ImportResult result = import_text("t.tsv", text, {});
  const ImportReport& report = result.report;
  REQUIRE(report.columns.size() == 4);
  CHECK(column(report, 0, 2).field.field == Field::None);
  CHECK(column(report, 0, 2).header == "Catatan rapat");
  CHECK(column(report, 0, 2).cells_left_out == 2);
  CHECK(column(report, 0, 0).cells_stored == 2);
  CHECK(column(report, 0, 3).cells_stored == 3);
  CHECK(cells_left_out(report) == 2);
  std::string rendered = render_report(result.document, report, Language::English);
  CHECK(rendered.find("C  \"Catatan rapat\" -> ignored: 0 cells stored, 2 cells NOT stored") != std::string::npos);
  CHECK(rendered.find("B  \"Indikator\" -> indikator: 2 cells stored") != std::string::npos);
  CHECK(not_understood_summary(report, Language::Indonesian).find("2 sel tidak disimpan") != std::string::npos);
  // Never a bare "0 lines not understood" while cells were left out.
  if (report.lines.empty()) CHECK(rendered.find("Lines not understood: 0\n") == std::string::npos);
}

TEST_CASE("--map works under a title line and on any row of the header block, a letter is never overwritten") {
  const char* text =
      "MATRIKS RENSTRA DINAS UJI 2025-2029\n"
      "Tujuan\tSasaran\tIndikator\tUraian khusus\tTahun-1\t\tCatatan\n"
      "\t\t\t\tTarget\tRp\t\n"
      "\tMeningkatnya layanan\tIndeks kepuasan\tkhusus\t80\t1.000.000\tx\n";
  ImportOptions options;
  options.mapping = {{"Uraian khusus", "formula"}, {"Catatan", "sumber"}, {"F", "abaikan"}};
  ImportResult result = import_text("m.tsv", text, options);
  const ImportReport& report = result.report;
  REQUIRE(report.tables.size() == 1);
  CHECK(report.tables[0].header_line == 2);
  CHECK(column(report, 0, 3).field == ColumnField{Field::Formula});
  CHECK(column(report, 0, 3).chosen);
  CHECK(column(report, 0, 6).field == ColumnField{Field::SumberData});
  CHECK(column(report, 0, 5).field.field == Field::None);  // by letter: the second header row does not undo it
  CHECK(column(report, 0, 5).chosen);
  CHECK(column(report, 0, 5).cells_left_out == 1);
  CHECK(column(report, 0, 4).field.relative_year == 1);
  CHECK_FALSE(column(report, 0, 4).chosen);

  // A map by a header word of a lower row that several columns share, with a year, is refused clearly.
  ImportOptions ambiguous;
  ambiguous.mapping = {{"Target", "target:2025"}};
  const char* two_years = "Sasaran\tIndikator\tTahun-1\t\tTahun-2\t\n\t\tTarget\tRp\tTarget\tRp\nA\tB\t1\t2\t3\t4\n";
  CHECK_THROWS_AS(import_text("a.tsv", two_years, ambiguous), UserError);
  // A map naming no header of the table is refused.
  ImportOptions missing;
  missing.mapping = {{"Tidak Ada", "sasaran"}};
  CHECK_THROWS_AS(import_text("b.tsv", "Sasaran\tIndikator\nA\tB\n", missing), UserError);
}

TEST_CASE("--header-rows: the first N non-empty rows, or lines FIRST-LAST, are the header") {
  const char* text =
      "Uraian\tUkuran\tNilai akhir\n"
      "Meningkatnya layanan\tIndeks kepuasan\t80\n";
  ImportOptions options;
  options.header_rows = 1;
  options.mapping = {{"Uraian", "sasaran"}, {"Ukuran", "indikator"}, {"C", "target:2025"}};
  ImportResult result = import_text("h.tsv", text, options);
  REQUIRE(result.report.tables.size() == 1);
  CHECK(result.report.tables[0].header_chosen);
  CHECK(result.document.indikator.size() == 1);
  CHECK(result.document.indikator.begin()->second.target.at(2025).text == "80");

  // Lines 3-4 hold a two-row header that nothing would recognise; the title lines above are text.
  const char* placed =
      "LAMPIRAN\n"
      "Tabel uji\n"
      "Uraian\tUkuran\tCapaian\n"
      "\t\t2025\n"
      "Meningkatnya layanan\tIndeks kepuasan\t80\n";
  HeaderRowsChoice choice = parse_header_rows("3-4");
  ImportOptions lines;
  lines.header_rows = choice.rows;
  lines.header_line = choice.line;
  lines.mapping = {{"Uraian", "sasaran"}, {"Ukuran", "indikator"}};
  result = import_text("p.tsv", placed, lines);
  REQUIRE(result.report.tables.size() == 1);
  CHECK(result.report.tables[0].header_line == 3);
  CHECK(result.report.tables[0].header_rows == 2);
  CHECK(column(result.report, 0, 2).header == "Capaian / 2025");
  CHECK(column(result.report, 0, 2).field.field == Field::Realisasi);
  CHECK(column(result.report, 0, 2).field.year == 2025);
}

TEST_CASE("LKjIP: a budget table titled with its year (Anggaran | Realisasi (Rp)) stores its pagu for that year") {
  // tests/fixtures/forms/lkjip_pengukuran_and_anggaran_2023.txt: "Realisasi Anggaran per Program Tahun 2023" above
  // "No | Program | Anggaran (Rp) | Realisasi (Rp) | %". Before, its values were skipped as of no known year.
  ImportResult result = import_file(std::string(POKIN_FIXTURES) + "/forms/lkjip_pengukuran_and_anggaran_2023.txt", {});
  const Sasaran& program = import_test::statement(result.document, "Program Penyuluhan Pertanian");
  CHECK(program.pagu.at(2023).text == "1.100.000.000");
  CHECK(program.realisasi_pagu.at(2023).text == "1.045.000.000");
  CHECK(import_test::indicator(result.document, "Nilai Tukar Petani").realisasi.at(2023).text == "101,2");
  CHECK(result.report.lines.empty());
}
