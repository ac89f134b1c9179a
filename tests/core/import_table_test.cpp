// Spreadsheet tables: CSV (comma, semicolon), TSV, pipe tables; header recognition, two-line headers,
// fill-down, --map, structure columns.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/commands/commands.h"
#include "core/import/import_document.h"
#include "import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;
using import_test::indikator_named;
using import_test::read_fixture;

namespace {

const Sasaran* sasaran_with(const Document& document, const std::string& text) {
  for (const auto& [id, sasaran] : document.sasaran)
    if (sasaran.statement == text || sasaran.code == text) return &sasaran;
  return nullptr;
}

std::string unit_of(const Document& document, const Sasaran* sasaran) {
  REQUIRE(sasaran != nullptr);
  return document.find_unit(sasaran->unit)->name;
}

}  // namespace

TEST_CASE("semicolon CSV as Excel writes it: BOM, CRLF, quoted line break, merged Target header, fill-down") {
  ImportResult result = import_text("matriks_iku.csv", read_fixture("matriks_iku.csv"), {});
  const Document& document = result.document;
  CHECK(result.report.format == "table");
  // Three units in the Unit Kerja column, four sasaran (the empty Sasaran cell under the first one is filled
  // down), five indicators.
  CHECK(document.units.size() == 3);
  CHECK(document.sasaran.size() == 4);
  CHECK(document.indikator.size() == 5);

  const Indikator* investasi = indikator_named(document, "Nilai Realisasi Investasi");
  REQUIRE(investasi != nullptr);
  CHECK(investasi->formula == "Jumlah nilai investasi PMA dan PMDN; dalam satu tahun");
  CHECK(investasi->satuan == "Rp");
  CHECK(investasi->baseline.number == doctest::Approx(1250000000));
  REQUIRE(investasi->target.count(2026) == 1);
  CHECK(investasi->target.at(2026).text == "1.500.000.000");
  CHECK(investasi->target.at(2026).number == doctest::Approx(1.5e9));
  CHECK(investasi->sumber_data == "LKPM");

  const Indikator* ikm = indikator_named(document, "Indeks Kepuasan Masyarakat");
  REQUIRE(ikm != nullptr);
  CHECK(ikm->sasaran == investasi->sasaran);  // filled down from the merged Sasaran cell
  CHECK(ikm->baseline.number == doctest::Approx(83.37));
  CHECK(ikm->target.at(2025).number == doctest::Approx(85.5));

  const Indikator* lkpm = indikator_named(document, "Persentase pelaku usaha yang menyampaikan LKPM");
  REQUIRE(lkpm != nullptr);
  CHECK(lkpm->formula == "LKPM masuk / wajib LKPM × 100%");
  CHECK(lkpm->target.at(2024).text == "≥ 70%");
  CHECK(lkpm->target.at(2024).number == doctest::Approx(70));
  CHECK(unit_of(document, document.find_sasaran(lkpm->sasaran)) == "Bidang Penanaman Modal");

  CHECK(document.info.period_start == 2024);
  CHECK(document.info.period_end == 2028);  // a five-year Renstra from the first target year
  // The seksi is placed under the Bidang whose name it shares, its sasaran suggested under the Bidang's.
  const Sasaran* pameran = sasaran_with(document, "Terlaksananya promosi investasi");
  REQUIRE(pameran != nullptr);
  CHECK(document.find_unit(document.find_unit(pameran->unit)->parent)->name == "Bidang Penanaman Modal");
  REQUIRE(pameran->parent != kNoId);
  CHECK(document.find_sasaran(pameran->parent)->statement == "Meningkatnya promosi investasi daerah");
  CHECK(pameran->link_origin == LinkOrigin::Suggested);
}

TEST_CASE("structure columns give the cascade exactly: kode, kode induk, unit, unit induk") {
  ImportResult result = import_text("cascade_kode.csv", read_fixture("cascade_kode.csv"), {});
  const Document& document = result.document;
  CHECK(document.units.size() == 3);
  CHECK(document.sasaran.size() == 5);
  const Sasaran* sk2 = sasaran_with(document, "SK2");
  REQUIRE(sk2 != nullptr);
  const Sasaran* sp1 = document.find_sasaran(sk2->parent);
  REQUIRE(sp1 != nullptr);
  CHECK(sp1->code == "SP1");
  CHECK(sk2->link_origin == LinkOrigin::Person);  // written in the sheet, not guessed
  CHECK(document.find_sasaran(sp1->parent)->code == "SS1");
  CHECK(sasaran_with(document, "SS2")->parent == kNoId);
  const Unit* seksi = document.find_unit(sk2->unit);
  CHECK(document.find_unit(seksi->parent)->name == "Bidang Penanaman Modal");
  CHECK(result.report.suggestions.empty());  // nothing left to guess
  const Indikator* ikm = indikator_named(document, "Indeks kepuasan masyarakat");
  REQUIRE(ikm != nullptr);
  CHECK(ikm->realisasi.at(2025).number == doctest::Approx(86.2));
}

TEST_CASE("TSV and pipe tables with target columns written 'Tahun 2025' and 'Target 2026'") {
  std::string tsv =
      "Sasaran\tIndikator\tSatuan\tTahun 2025\tTarget 2026\tPenanggung Jawab\n"
      "Meningkatnya kualitas layanan\tIndeks kepuasan\tindeks\t80\t82\tKepala Dinas\n"
      "\tPersentase izin tepat waktu\t%\t90\t95\t\n";
  ImportResult from_tsv = import_text("t.tsv", tsv, {});
  CHECK(from_tsv.document.sasaran.size() == 1);
  CHECK(from_tsv.document.indikator.size() == 2);
  CHECK(indikator_named(from_tsv.document, "Persentase izin tepat waktu")->target.at(2026).number == doctest::Approx(95));

  std::string pipes =
      "| Sasaran | Indikator | Target 2025 |\n"
      "|---|---|---|\n"
      "| Meningkatnya kualitas layanan | Indeks kepuasan | 80 |\n"
      "| | Persentase izin tepat waktu | 90 |\n";
  ImportResult from_pipes = import_text("t.md", pipes, {});
  CHECK(from_pipes.document.sasaran.size() == 1);
  CHECK(from_pipes.document.indikator.size() == 2);
}

TEST_CASE("--map names unusual columns, unknown fields and columns are refused clearly") {
  std::string csv =
      "Uraian,Ukuran,Nilai 2025\n"
      "Meningkatnya kualitas layanan,Indeks kepuasan,80\n";
  CHECK_THROWS_AS(import_text("m.csv", csv, {}), UserError);  // nothing recognised: the message names --map
  ImportOptions options;
  options.mapping = {{"Uraian", "sasaran"}, {"B", "indikator"}, {"3", "target:2025"}};
  ImportResult result = import_text("m.csv", csv, options);
  CHECK(result.document.sasaran.size() == 1);
  REQUIRE(result.document.indikator.size() == 1);
  CHECK(result.document.indikator.begin()->second.target.at(2025).number == doctest::Approx(80));

  options.mapping = {{"Uraian", "bogus"}};
  CHECK_THROWS_AS(import_text("m.csv", csv, options), UserError);
  options.mapping = {{"No Such Column", "sasaran"}};
  CHECK_THROWS_AS(import_text("m.csv", csv, options), UserError);
}

TEST_CASE("Tahun-N columns use the period of the document imported into") {
  std::string csv = "Sasaran;Indikator;Tahun-1;Tahun-3\nMeningkatnya layanan;Indeks;70;80\n";
  ImportOptions options;
  options.period_start = 2021;
  options.period_end = 2026;
  ImportResult result = import_text("r.csv", csv, options);
  const Indikator& indikator = result.document.indikator.begin()->second;
  CHECK(indikator.target.at(2021).number == doctest::Approx(70));
  CHECK(indikator.target.at(2023).number == doctest::Approx(80));
  // Without a period the values cannot be placed: reported, not guessed.
  ImportResult unplaced = import_text("r.csv", csv, {});
  CHECK(unplaced.document.indikator.begin()->second.target.empty());
  CHECK(!unplaced.report.lines.empty());
}

TEST_CASE("import is one undoable step and touches nothing already in the document") {
  Document existing;
  existing.info.instansi = "Dinas Lama";
  existing.info.period_start = 2024;
  existing.info.period_end = 2028;
  Unit head;
  head.kind = UnitKind::Head;
  head.name = "Kepala Dinas Lama";
  apply_forward(existing, commands::add_unit(existing, head).changes);
  Document before = existing;

  Editor editor(existing);
  std::vector<ImportResult> results;
  results.push_back(import_text("matriks_iku.csv", read_fixture("matriks_iku.csv"), {}));
  results.push_back(import_text("cascade_kode.csv", read_fixture("cascade_kode.csv"), {}));
  apply_imports(editor, results);
  CHECK(editor.document().units.size() == 1 + 3 + 3);
  CHECK(editor.document().info.instansi == "Dinas Lama");
  for (const auto& [id, unit] : before.units) CHECK(editor.document().units.at(id) == unit);
  // Targets of 2024-2026 fit the existing period 2024-2028: nothing dropped.
  CHECK(editor.document().indikator.size() == 5 + 5);
  REQUIRE(editor.undo_names().size() == 1);
  editor.undo();
  CHECK(editor.document().same_content(before));
}

TEST_CASE("an Excel workbook imports like a CSV: merged Target heading over the years, vertical merge") {
  // matriks_libxlsxwriter.xlsx (see xlsx_reader_test): sheet "Matriks Cascading" has one sasaran merged over two
  // indicators with targets 2024/2025 under a merged "Target"; sheet "IKU" one coded row "IKU 1 | Nilai SAKIP".
  ImportResult result = import_file(std::string(POKIN_FIXTURES) + "/matriks_libxlsxwriter.xlsx", {});
  const Document& document = result.document;
  CHECK(document.units.size() == 1);
  CHECK(document.sasaran.size() == 2);
  CHECK(document.indikator.size() == 3);
  const Indikator* ikm = indikator_named(document, "Indeks Kepuasan Masyarakat");
  REQUIRE(ikm != nullptr);
  CHECK(ikm->satuan == "indeks");
  CHECK(ikm->target.at(2024).number == doctest::Approx(83.37));
  CHECK(ikm->target.at(2025).number == doctest::Approx(5200));
  const Indikator* izin = indikator_named(document, "Persentase izin tepat waktu <≥ 95%>");
  REQUIRE(izin != nullptr);
  CHECK(izin->sasaran == ikm->sasaran);
  CHECK(izin->target.at(2024).text == "95%");
  CHECK(sasaran_with(document, "IKU 1") != nullptr);
}

TEST_CASE("an indented outline in the sasaran column is imported as the planner's cascade") {
  std::string csv =
      "Sasaran;Indikator;Target 2025\n"
      "Meningkatnya investasi daerah;Nilai investasi;1.500\n"
      "  Meningkatnya promosi investasi;Jumlah calon investor;40\n"
      "    Terlaksananya pameran investasi;Jumlah pameran;4\n"
      "  Meningkatnya kepatuhan LKPM;Persentase LKPM;80\n"
      "Meningkatnya kepuasan masyarakat;IKM;85\n";
  ImportResult result = import_text("outline.csv", csv, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 5);
  const Sasaran* pameran = sasaran_with(document, "Terlaksananya pameran investasi");
  const Sasaran* promosi = sasaran_with(document, "Meningkatnya promosi investasi");
  const Sasaran* lkpm = sasaran_with(document, "Meningkatnya kepatuhan LKPM");
  const Sasaran* investasi = sasaran_with(document, "Meningkatnya investasi daerah");
  CHECK(pameran->parent == promosi->id);
  CHECK(promosi->parent == investasi->id);
  CHECK(lkpm->parent == investasi->id);
  CHECK(sasaran_with(document, "Meningkatnya kepuasan masyarakat")->parent == kNoId);
  CHECK(pameran->link_origin == LinkOrigin::Person);
  CHECK(pameran->level == 2);
  CHECK(investasi->level == 0);
}

TEST_CASE("a LEVEL column sets the level of units whose names do not say it") {
  std::string csv =
      "Unit;Atasan;Level;Sasaran;Indikator\n"
      "Kadis;;1;Meningkatnya investasi;Nilai investasi\n"
      "Tim Kerja Promosi;Kadis;3;Terlaksananya promosi;Jumlah promosi\n"
      "Analis Investasi;Tim Kerja Promosi;staf;Tersusunnya kajian;Jumlah kajian\n";
  ImportResult result = import_text("level.csv", csv, {});
  const Document& document = result.document;
  auto kind_of = [&](const std::string& name) {
    for (const auto& [id, unit] : document.units)
      if (unit.name == name) return unit.kind;
    FAIL("no unit " << name);
    return UnitKind::Staff;
  };
  CHECK(kind_of("Kepala Dinas") == UnitKind::Head);  // "Kadis" read as the head's title
  CHECK(kind_of("Tim Kerja Promosi") == UnitKind::Section);
  CHECK(kind_of("Analis Investasi") == UnitKind::Staff);
  const Sasaran* kajian = sasaran_with(document, "Tersusunnya kajian");
  REQUIRE(kajian != nullptr);
  CHECK(document.find_unit(document.find_unit(kajian->unit)->parent)->name == "Tim Kerja Promosi");
  CHECK(kajian->level == 2);
}
