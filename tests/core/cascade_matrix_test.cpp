// Cascading matrices (cascade_matrix_columns.h, tiered_cascade_rows.cpp): the tree as a table, one column group
// per level, merged cells arriving as blanks. Every expected value below is read off the small tables written
// here, by hand.
#include <doctest/doctest.h>

#include <string>

#include "core/import/cascade_matrix_columns.h"
#include "core/import/column_fields.h"
#include "core/import/import_document.h"
#include "import_fixture_support.h"
#include "word_document_builder.h"

using namespace pokin;
using namespace pokin::import;
using import_test::indicator;
using import_test::statement;
using pokin::test::build_docx;
using pokin::test::word_paragraphs;
using pokin::test::word_table;

namespace {

ColumnLayout layout_of(const std::vector<std::string>& headers) {
  ColumnLayout layout = layout_from_header(headers);
  assign_cascade_tiers(layout, headers);
  return layout;
}

std::vector<int> tiers_of(const ColumnLayout& layout) {
  std::vector<int> tiers;
  for (const ColumnField& column : layout) tiers.push_back(column.tier);
  return tiers;
}

const Unit& unit_named(const Document& document, const std::string& name) {
  for (const auto& [id, unit] : document.units)
    if (unit.name == name) return unit;
  FAIL("no unit " << name);
  throw 0;
}

std::string parent_unit_name(const Document& document, const Unit& unit) {
  return unit.parent == kNoId ? std::string() : document.find_unit(unit.parent)->name;
}

std::string target(const Indikator& indikator, int year) {
  auto found = indikator.target.find(year);
  return found == indikator.target.end() ? std::string() : found->second.text;
}

// The Dinas Perhubungan matrix of tests/fixtures/cascade_matrix.xlsx, as a TAB copy from Excel: the merged cells of
// the Kepala Dinas level (rows 3-5) and of the Bidang level (rows 3-4) arrive as blanks.
const char* kTabMatrix =
    "MATRIKS CASCADING KINERJA DINAS PERHUBUNGAN\n"
    "Sasaran Strategis\tIKU\tSatuan\tTarget 2025\tPenanggung Jawab\tSasaran Program\tIKP\tSatuan\tTarget 2025\t"
    "Penanggung Jawab\tSasaran Kegiatan\tIKK\tSatuan\tTarget 2025\tPenanggung Jawab\n"
    "Meningkatnya keselamatan transportasi\tAngka kecelakaan lalu lintas\tkejadian\t120\tKepala Dinas\t"
    "Meningkatnya ketertiban lalu lintas\tPersentase ruas jalan berambu\t%\t80\tKepala Bidang Lalu Lintas\t"
    "Terpasangnya rambu lalu lintas\tJumlah rambu terpasang\tunit\t150\tKepala Seksi Manajemen Lalu Lintas\n"
    "\t\t\t\t\t\t\t\t\t\tTerlaksananya pengawasan parkir\tJumlah titik parkir diawasi\ttitik\t40\tKepala Seksi Pengendalian\n"
    "\t\t\t\t\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\tnilai\tBB\tSekretaris\t"
    "Tersusunnya dokumen perencanaan\tJumlah dokumen perencanaan\tdokumen\t4\tKepala Sub Bagian Perencanaan\n";

// The same matrix as Excel saves it as CSV (semicolons, the merged cells empty).
const char* kCsvMatrix =
    "MATRIKS CASCADING KINERJA DINAS PERHUBUNGAN;;;;;;;;;;;;;;\n"
    "Sasaran Strategis;IKU;Satuan;Target 2025;Penanggung Jawab;Sasaran Program;IKP;Satuan;Target 2025;"
    "Penanggung Jawab;Sasaran Kegiatan;IKK;Satuan;Target 2025;Penanggung Jawab\n"
    "Meningkatnya keselamatan transportasi;Angka kecelakaan lalu lintas;kejadian;120;Kepala Dinas;"
    "Meningkatnya ketertiban lalu lintas;Persentase ruas jalan berambu;%;80;Kepala Bidang Lalu Lintas;"
    "Terpasangnya rambu lalu lintas;Jumlah rambu terpasang;unit;150;Kepala Seksi Manajemen Lalu Lintas\n"
    ";;;;;;;;;;Terlaksananya pengawasan parkir;Jumlah titik parkir diawasi;titik;40;Kepala Seksi Pengendalian\n"
    ";;;;;Meningkatnya akuntabilitas kinerja;Nilai SAKIP;nilai;BB;Sekretaris;"
    "Tersusunnya dokumen perencanaan;Jumlah dokumen perencanaan;dokumen;4;Kepala Sub Bagian Perencanaan\n";

// What every copy of the Dinas Perhubungan matrix must give: 6 units, 6 sasaran on 3 levels, 6 indicators.
void check_perhubungan_tree(const ImportResult& result) {
  const Document& document = result.document;
  CHECK(document.units.size() == 6);
  CHECK(document.sasaran.size() == 6);
  CHECK(document.indikator.size() == 6);
  // Units: the head, two eselon III under it, their eselon IV under them.
  CHECK(unit_named(document, "Kepala Dinas").parent == kNoId);
  CHECK(parent_unit_name(document, unit_named(document, "Bidang Lalu Lintas")) == "Kepala Dinas");
  CHECK(parent_unit_name(document, unit_named(document, "Sekretariat")) == "Kepala Dinas");
  CHECK(parent_unit_name(document, unit_named(document, "Seksi Manajemen Lalu Lintas")) == "Bidang Lalu Lintas");
  CHECK(parent_unit_name(document, unit_named(document, "Seksi Pengendalian")) == "Bidang Lalu Lintas");
  CHECK(parent_unit_name(document, unit_named(document, "Sub Bagian Perencanaan")) == "Sekretariat");
  // Levels and parents: the blank cells of rows 4 and 5 continue the statements written above them.
  const Sasaran& ss = statement(document, "Meningkatnya keselamatan transportasi");
  const Sasaran& lalu_lintas = statement(document, "Meningkatnya ketertiban lalu lintas");
  const Sasaran& akuntabilitas = statement(document, "Meningkatnya akuntabilitas kinerja");
  const Sasaran& parkir = statement(document, "Terlaksananya pengawasan parkir");
  const Sasaran& perencanaan = statement(document, "Tersusunnya dokumen perencanaan");
  CHECK(ss.level == 0);
  CHECK(ss.parent == kNoId);
  CHECK(lalu_lintas.level == 1);
  CHECK(lalu_lintas.parent == ss.id);
  CHECK(akuntabilitas.level == 1);
  CHECK(akuntabilitas.parent == ss.id);
  CHECK(statement(document, "Terpasangnya rambu lalu lintas").parent == lalu_lintas.id);
  CHECK(parkir.level == 2);
  CHECK(parkir.parent == lalu_lintas.id);
  CHECK(perencanaan.parent == akuntabilitas.id);
  CHECK(document.find_unit(parkir.unit)->name == "Seksi Pengendalian");
  CHECK(document.find_unit(akuntabilitas.unit)->name == "Sekretariat");
  // Each level's own satuan and target go to that level's indicator.
  const Indikator& iku = indicator(document, "Angka kecelakaan lalu lintas");
  CHECK(iku.sasaran == ss.id);
  CHECK(iku.satuan == "kejadian");
  CHECK(target(iku, 2025) == "120");
  const Indikator& sakip = indicator(document, "Nilai SAKIP");
  CHECK(sakip.sasaran == akuntabilitas.id);
  CHECK(sakip.satuan == "nilai");
  CHECK(target(sakip, 2025) == "BB");
  const Indikator& parkir_ik = indicator(document, "Jumlah titik parkir diawasi");
  CHECK(parkir_ik.sasaran == parkir.id);
  CHECK(parkir_ik.satuan == "titik");
  CHECK(target(parkir_ik, 2025) == "40");
  CHECK(target(indicator(document, "Jumlah dokumen perencanaan"), 2025) == "4");
  CHECK(result.report.lines.empty());
}

}  // namespace

TEST_CASE("cascade matrix columns: each group from its statement column to the next is one level") {
  ColumnLayout layout = layout_of({"No", "Sasaran Strategis", "IKU", "Penanggung Jawab", "Sasaran Program", "IKP",
                                   "Satuan", "Penanggung Jawab", "Sasaran Kegiatan", "Indikator Kinerja Kegiatan"});
  CHECK(tiers_of(layout) == std::vector<int>{0, 1, 1, 1, 2, 2, 2, 2, 3, 3});
  CHECK(layout[5].field == Field::Indikator);  // "IKP"
  CHECK(layout[9].describes == Field::None);   // the level says what it measures, not "Kegiatan"
}

TEST_CASE("cascade matrix columns: a jabatan column right before each statement column leads its group") {
  ColumnLayout layout = layout_of({"No", "Jabatan", "Sasaran", "Indikator", "Jabatan", "Sasaran", "Indikator"});
  CHECK(tiers_of(layout) == std::vector<int>{0, 1, 1, 1, 2, 2, 2});
  // One unit column left of the statements names the row's unit (a wide sheet's satuan kerja): no level.
  ColumnLayout one_unit = layout_of({"Unit Kerja", "Sasaran Strategis", "IKU", "Sasaran Program", "IKP"});
  CHECK(tiers_of(one_unit) == std::vector<int>{0, 1, 1, 2, 2});
}

TEST_CASE("cascade matrix columns: levels named by the headers, else by their order") {
  // A Bidang's matrix starts at its Sasaran Program: level 2 (tier 2), its Sasaran Kegiatan level 3.
  CHECK(tiers_of(layout_of({"Sasaran Program", "IKP", "Sasaran Kegiatan", "IKK"})) == std::vector<int>{2, 2, 3, 3});
  // Headers naming no level: counted from the left.
  CHECK(tiers_of(layout_of({"Sasaran", "Indikator", "Sasaran", "Indikator"})) == std::vector<int>{1, 1, 2, 2});
  // Named levels out of order are not trusted: counted from the left.
  CHECK(tiers_of(layout_of({"Sasaran Kegiatan", "IKK", "Sasaran Program", "IKP"})) == std::vector<int>{1, 1, 2, 2});
  CHECK(cascade_level_named("Sasaran Strategis (SS)") == 1);
  CHECK(cascade_level_named("Sasaran Program") == 2);
  CHECK(cascade_level_named("Sasaran Kegiatan") == 3);
  CHECK(cascade_level_named("Sasaran Sub Kegiatan") == 4);
  CHECK(cascade_level_named("Sasaran Individu") == 4);
  // Eselon II is the head (Sasaran Strategis), III the Bidang / Sekretariat (program), IV the Seksi (kegiatan).
  CHECK(cascade_level_named("Sasaran Eselon II") == 1);
  CHECK(cascade_level_named("Sasaran Eselon III") == 2);
  CHECK(cascade_level_named("Sasaran Eselon IV") == 3);
  CHECK(cascade_level_named("Sasaran Kepala Dinas") == 1);
  CHECK(cascade_level_named("Sasaran Kepala Bidang") == 2);
  CHECK(cascade_level_named("Sasaran Kepala Sub Bidang") == 3);
  CHECK(cascade_level_named("Sasaran Kasi") == 3);
  CHECK(cascade_level_named("Sasaran Staf") == 4);
  CHECK(cascade_level_named("Sasaran") == 0);
}

TEST_CASE("cascade matrix columns: one statement column, planning forms and peer sheets are left alone") {
  std::vector<std::string> iku = {"No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2025"};
  ColumnLayout plain = layout_from_header(iku);
  CHECK(assign_cascade_tiers(plain, iku) == 0);
  CHECK(tiers_of(plain) == std::vector<int>(5, 0));
  std::vector<std::string> renstra = {"Tujuan", "Sasaran", "Indikator Sasaran", "Program", "Sasaran Program", "Indikator Program"};
  ColumnLayout planning = layout_from_header(renstra);
  CHECK(assign_cascade_tiers(planning, renstra) == 0);
  std::vector<std::string> peer = {"sasaran_lv1", "indikator_lv1", "sasaran_lv2", "indikator_lv2"};
  ColumnLayout wide = layout_from_header(peer);
  CHECK(assign_cascade_tiers(wide, peer) == 0);
  CHECK(tiers_of(wide) == std::vector<int>{1, 1, 2, 2});
}

TEST_CASE("cascade matrix columns: a database table's key and name columns are no levels") {
  // A join exported from another app's database: the sasaran's key and its name, then the IKU's. Both sasaran
  // columns are one statement, not two levels of a matrix.
  std::vector<std::string> join = {"id_sasaran", "nama_sasaran", "id_iku", "nama_iku", "satuan", "target_2022"};
  ColumnLayout layout = layout_from_header(join);
  CHECK(assign_cascade_tiers(layout, join) == 0);
  CHECK(tiers_of(layout) == std::vector<int>(6, 0));
  // The same levels written in words are a matrix.
  std::vector<std::string> printed = {"Sasaran Strategis", "IKU", "Sasaran Program", "IKP"};
  ColumnLayout matrix = layout_from_header(printed);
  CHECK(assign_cascade_tiers(matrix, printed) == 2);
}

TEST_CASE("cascading matrix as a TAB copy from Excel: merged cells as blanks, a jabatan per level") {
  ImportResult result = import_text("cascading.tsv", kTabMatrix, {});
  CHECK(result.report.format == "table");
  check_perhubungan_tree(result);
}

TEST_CASE("cascading matrix as CSV") {
  ImportResult result = import_text("cascading.csv", kCsvMatrix, {});
  CHECK(result.document.info.instansi == "Dinas Perhubungan");  // the title row's trailing ";;;" left out
  check_perhubungan_tree(result);
}

TEST_CASE("cascading matrix as .xlsx with merged cells") {
  ImportResult result = import_file(std::string(POKIN_FIXTURES) + "/cascade_matrix.xlsx", {});
  check_perhubungan_tree(result);
}

TEST_CASE("cascading matrix: an indicator beside a merged statement cell is another indicator of it") {
  const char* text =
      "Sasaran Strategis\tIKU\tPenanggung Jawab\tSasaran Program\tIKP\tPenanggung Jawab\n"
      "Meningkatnya pendapatan asli daerah\tPersentase peningkatan PAD\tKepala Badan\t"
      "Meningkatnya penerimaan pajak daerah\tPersentase realisasi pajak daerah\tKepala Bidang Pajak\n"
      "\tRasio PAD terhadap pendapatan\t\t\tPersentase tunggakan pajak tertagih\t\n";
  ImportResult result = import_text("pendapatan.tsv", text, {});
  const Document& document = result.document;
  CHECK(document.sasaran.size() == 2);
  CHECK(document.indikator.size() == 4);
  const Sasaran& ss = statement(document, "Meningkatnya pendapatan asli daerah");
  const Sasaran& pajak = statement(document, "Meningkatnya penerimaan pajak daerah");
  CHECK(indicator(document, "Rasio PAD terhadap pendapatan").sasaran == ss.id);
  CHECK(indicator(document, "Persentase tunggakan pajak tertagih").sasaran == pajak.id);
  // The head's jabatan is the only head: no second "Kepala ..." made for the levels.
  CHECK(document.units.size() == 2);
  CHECK(document.find_unit(ss.unit)->parent == kNoId);
  CHECK(document.find_unit(pajak.unit)->name == "Bidang Pajak");
}

TEST_CASE("cascading matrix: an indicator with no statement at its level, above or on its row, is named") {
  // Line 3 opens a new sasaran strategis with no sasaran program: the IKP of line 4 has none to belong to (the
  // program of line 2 sits under the other sasaran strategis).
  const char* text =
      "Sasaran Strategis\tIKU\tSasaran Program\tIKP\n"
      "Meningkatnya pendapatan asli daerah\tPersentase peningkatan PAD\tMeningkatnya penerimaan pajak\tRasio pajak\n"
      "Meningkatnya kualitas pelayanan\tIndeks kepuasan masyarakat\t\t\n"
      "\t\t\tPersentase pengaduan yang selesai\n";
  ImportResult result = import_text("orphan.tsv", text, {});
  CHECK(result.document.sasaran.size() == 3);
  CHECK(result.document.indikator.size() == 3);
  REQUIRE(result.report.lines.size() == 1);
  CHECK(result.report.lines.front().line == 4);
}

TEST_CASE("cascading matrix as a Word table with vertically merged cells") {
  // The Dinas Perhubungan matrix in Word: the Kepala Dinas level merged over the three data rows (vMerge restart /
  // continue), the Bidang level over the first two.
  auto restart = [](const std::string& text) { return "[restart]" + text; };
  const std::string c = "[continue]";
  std::vector<std::vector<std::string>> rows = {
      {"Sasaran Strategis", "IKU", "Satuan", "Target 2025", "Penanggung Jawab", "Sasaran Program", "IKP", "Satuan",
       "Target 2025", "Penanggung Jawab", "Sasaran Kegiatan", "IKK", "Satuan", "Target 2025", "Penanggung Jawab"},
      {restart("Meningkatnya keselamatan transportasi"), restart("Angka kecelakaan lalu lintas"), restart("kejadian"),
       restart("120"), restart("Kepala Dinas"), restart("Meningkatnya ketertiban lalu lintas"),
       restart("Persentase ruas jalan berambu"), restart("%"), restart("80"), restart("Kepala Bidang Lalu Lintas"),
       "Terpasangnya rambu lalu lintas", "Jumlah rambu terpasang", "unit", "150", "Kepala Seksi Manajemen Lalu Lintas"},
      {c, c, c, c, c, c, c, c, c, c, "Terlaksananya pengawasan parkir", "Jumlah titik parkir diawasi", "titik", "40",
       "Kepala Seksi Pengendalian"},
      {c, c, c, c, c, "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP", "nilai", "BB", "Sekretaris",
       "Tersusunnya dokumen perencanaan", "Jumlah dokumen perencanaan", "dokumen", "4", "Kepala Sub Bagian Perencanaan"},
  };
  std::string docx = build_docx(word_paragraphs("MATRIKS CASCADING KINERJA DINAS PERHUBUNGAN") + word_table(15, rows));
  ImportResult result = import_text("cascading.docx", docx, {});
  check_perhubungan_tree(result);
}

TEST_CASE("matrix of IKU: a Kode column right before the indicator numbers the indicators") {
  std::vector<std::string> headers = {"No", "Sasaran Strategis", "Kode", "Indikator Kinerja Utama", "Target 2025"};
  ColumnLayout layout = layout_from_header(headers);
  CHECK(give_codes_to_indicators(layout) == 1);
  CHECK(layout[2].describes == Field::Indikator);
  // Before the statement column, the Kode is the sasaran's.
  std::vector<std::string> sasaran_code = {"Kode", "Sasaran Strategis", "Indikator Kinerja Utama"};
  ColumnLayout own = layout_from_header(sasaran_code);
  CHECK(give_codes_to_indicators(own) == 0);
  CHECK(own[0].describes == Field::None);
}

TEST_CASE("matrix of IKU: indicators under one merged sasaran, each with its code and its unit in charge") {
  // Two sasaran strategis, three IKU; the Unit in Charge changes between the two IKU of the first sasaran, whose
  // cell is blank (merged) on the second row: still one sasaran with two indicators.
  const char* text =
      "No\tPerspektif\tSasaran Strategis\tKode\tIndikator Kinerja Utama\tSatuan\tTarget 2024\tTarget 2025\tUnit in Charge\tJenis Cascading\n"
      "1\tStakeholder\tMeningkatnya layanan publik\t1.1\tIndeks kepuasan masyarakat\tindeks\t80\t82\tSekretariat\tC\n"
      "\t\t\t1.2\tPersentase pengaduan tertangani\t%\t90\t95\tBidang Pelayanan\tCP\n"
      "2\tInternal Process\tMeningkatnya tata kelola\t2.1\tNilai SAKIP\tnilai\tB\tBB\tSekretariat\tN\n";
  ImportResult result = import_text("matriks_iku.tsv", text, {});
  const Document& document = result.document;
  CHECK(document.sasaran.size() == 2);
  CHECK(document.indikator.size() == 3);
  const Sasaran& layanan = statement(document, "Meningkatnya layanan publik");
  const Indikator& pengaduan = indicator(document, "Persentase pengaduan tertangani");
  CHECK(pengaduan.sasaran == layanan.id);
  CHECK(pengaduan.code == "1.2");
  CHECK(pengaduan.penanggung_jawab == "Bidang Pelayanan");
  CHECK(target(pengaduan, 2025) == "95");
  CHECK(indicator(document, "Nilai SAKIP").code == "2.1");
}

TEST_CASE("cascading matrix headed by a Tujuan: the tujuan at level 0, the sasaran strategis under it at level 0") {
  std::vector<std::string> headers = {"Tujuan", "Indikator Tujuan", "Sasaran Strategis", "IKU", "Sasaran Program", "IKP"};
  ColumnLayout layout = layout_from_header(headers);
  CHECK(assign_cascade_tiers(layout, headers) == 3);
  CHECK(tiers_of(layout) == std::vector<int>{1, 1, 2, 2, 3, 3});
  CHECK(is_tujuan_tier(layout, 1));
  CHECK_FALSE(is_tujuan_tier(layout, 2));
  // A Tujuan right of a sasaran column is no matrix of this shape.
  std::vector<std::string> odd = {"Sasaran Strategis", "IKU", "Tujuan", "Sasaran Program", "IKP"};
  ColumnLayout odd_layout = layout_from_header(odd);
  CHECK(assign_cascade_tiers(odd_layout, odd) == 0);

  const char* text =
      "Tujuan\tIndikator Tujuan\tSasaran Strategis\tIKU\tPenanggung Jawab\tSasaran Program\tIKP\tPenanggung Jawab\n"
      "Meningkatkan kualitas pelayanan publik\tIndeks Pelayanan Publik\tMeningkatnya kepuasan masyarakat\t"
      "Indeks Kepuasan Masyarakat\tKepala Dinas\tMeningkatnya kualitas layanan perizinan\tPersentase izin terbit tepat "
      "waktu\tKepala Bidang Perizinan\n"
      "\t\t\t\t\tMeningkatnya pengaduan yang tertangani\tPersentase pengaduan selesai\tKepala Bidang Pengaduan\n";
  ImportResult result = import_text("tujuan.tsv", text, {});
  const Document& document = result.document;
  CHECK(document.sasaran.size() == 4);
  CHECK(document.indikator.size() == 4);
  const Sasaran& tujuan = statement(document, "Meningkatkan kualitas pelayanan publik");
  const Sasaran& ss = statement(document, "Meningkatnya kepuasan masyarakat");
  const Sasaran& pengaduan = statement(document, "Meningkatnya pengaduan yang tertangani");
  CHECK(tujuan.kind == StatementKind::Tujuan);
  CHECK(tujuan.level == 0);
  CHECK(ss.kind == StatementKind::Sasaran);
  CHECK(ss.level == 0);
  CHECK(ss.parent == tujuan.id);
  CHECK(pengaduan.level == 1);
  CHECK(pengaduan.parent == ss.id);
  CHECK(indicator(document, "Indeks Pelayanan Publik").sasaran == tujuan.id);
  CHECK(document.find_unit(pengaduan.unit)->name == "Bidang Pengaduan");
}

TEST_CASE("cascading matrix with a three-row header: each level's Uraian, Indikator and Target per year") {
  // "Sasaran Strategis" and "Sasaran Program" each span four columns (Uraian | Indikator | Target 2025 | 2026);
  // one Penanggung Jawab at the end names the Sasaran Program's jabatan. The "-" of 2026 means no target.
  const char* text =
      "CASCADING KINERJA BAPPEDA\n"
      "Sasaran Strategis\t\t\t\tSasaran Program\t\t\t\tPenanggung Jawab\n"
      "Uraian\tIndikator\tTarget\t\tUraian\tIndikator\tTarget\t\t\n"
      "\t\t2025\t2026\t\t\t2025\t2026\t\n"
      "Meningkatnya kualitas perencanaan\tPersentase dokumen tepat waktu\t90\t95\tTersusunnya RKPD\tJumlah dokumen "
      "RKPD\t1\t1\tKepala Bidang Perencanaan\n"
      "\t\t\t\tTersusunnya RPJMD\tJumlah dokumen RPJMD\t1\t-\tKepala Bidang Perencanaan\n";
  ImportResult result = import_text("bappeda.tsv", text, {});
  const Document& document = result.document;
  REQUIRE(result.report.tables.size() == 1);
  CHECK(result.report.tables.front().header_rows == 3);
  CHECK(document.sasaran.size() == 3);
  CHECK(document.indikator.size() == 3);
  const Sasaran& ss = statement(document, "Meningkatnya kualitas perencanaan");
  const Sasaran& rpjmd = statement(document, "Tersusunnya RPJMD");
  CHECK(ss.level == 0);
  CHECK(rpjmd.level == 1);
  CHECK(rpjmd.parent == ss.id);
  CHECK(document.find_unit(rpjmd.unit)->name == "Bidang Perencanaan");
  CHECK(document.find_unit(ss.unit)->parent == kNoId);
  const Indikator& tepat = indicator(document, "Persentase dokumen tepat waktu");
  CHECK(target(tepat, 2025) == "90");
  CHECK(target(tepat, 2026) == "95");
  const Indikator& dokumen = indicator(document, "Jumlah dokumen RPJMD");
  CHECK(target(dokumen, 2025) == "1");
  CHECK(target(dokumen, 2026).empty());
}

TEST_CASE("cascading matrix: a Kode column before a statement is the sasaran's code, before an indicator the indicator's") {
  std::vector<std::string> headers = {"Kode", "Sasaran Strategis", "Kode", "IKU", "Kode", "Sasaran Program", "Kode", "IKP"};
  ColumnLayout layout = layout_from_header(headers);
  assign_cascade_tiers(layout, headers);
  give_codes_to_indicators(layout);
  CHECK(tiers_of(layout) == std::vector<int>{1, 1, 1, 1, 2, 2, 2, 2});
  CHECK(layout[0].describes == Field::None);
  CHECK(layout[2].describes == Field::Indikator);
  CHECK(layout[4].describes == Field::None);
  CHECK(layout[6].describes == Field::Indikator);
  const char* text =
      "Kode\tSasaran Strategis\tKode\tIKU\tKode\tSasaran Program\tKode\tIKP\n"
      "SS1\tMeningkatnya layanan publik\tIKU1.1\tIndeks kepuasan masyarakat\tSP1.1\tMeningkatnya perizinan\tIKP1.1.1\t"
      "Persentase izin tepat waktu\n"
      "\t\t\t\tSP1.2\tMeningkatnya pengaduan tertangani\tIKP1.2.1\tPersentase pengaduan selesai\n";
  ImportResult result = import_text("kode.tsv", text, {});
  const Document& document = result.document;
  CHECK(document.sasaran.size() == 3);
  CHECK(statement(document, "Meningkatnya layanan publik").code == "SS1");
  const Sasaran& pengaduan = statement(document, "Meningkatnya pengaduan tertangani");
  CHECK(pengaduan.code == "SP1.2");
  CHECK(pengaduan.parent == statement(document, "Meningkatnya layanan publik").id);
  CHECK(indicator(document, "Indeks kepuasan masyarakat").code == "IKU1.1");
  CHECK(indicator(document, "Persentase pengaduan selesai").code == "IKP1.2.1");
}

TEST_CASE("cascading matrix: a level's targets with no indicator name are named, not stored") {
  const char* text =
      "Sasaran Strategis\tIKU\tTarget 2025\tSasaran Program\tIKP\tTarget 2025\n"
      "Meningkatnya layanan publik\tIndeks kepuasan masyarakat\t82\tMeningkatnya perizinan\t\t90\n";
  ImportResult result = import_text("tanpa_ikp.tsv", text, {});
  CHECK(result.document.sasaran.size() == 2);
  CHECK(result.document.indikator.size() == 1);
  REQUIRE(result.report.lines.size() == 1);
  CHECK(result.report.lines.front().line == 2);
}

TEST_CASE("long cascade table: a Level / Eselon column orders the tree row by row") {
  CHECK(cascade_level_of_cell("Sasaran Strategis") == 1);
  CHECK(cascade_level_of_cell("Sasaran Kegiatan") == 3);
  CHECK(cascade_level_of_cell("III") == 2);
  CHECK(cascade_level_of_cell("IV.a") == 3);
  CHECK(cascade_level_of_cell("2") == 0);  // a plain number is another app's code, not read as a level
  // The Seksi names share no word with their Bidang: only the row order places them.
  const char* text =
      "POHON KINERJA DINAS PERTANIAN\n"
      "Level\tKinerja\tIndikator\tTarget 2025\tPenanggung Jawab\n"
      "Sasaran Strategis\tMeningkatnya produksi pertanian\tProduksi padi (ton)\t1.000\tKepala Dinas\n"
      "Sasaran Program\tMeningkatnya produktivitas tanaman pangan\tProduktivitas padi (ton/ha)\t6\tKepala Bidang Tanaman Pangan\n"
      "Sasaran Kegiatan\tTersalurkannya benih unggul\tJumlah benih disalurkan (ton)\t50\tKepala Seksi Perbenihan\n"
      "Sasaran Kegiatan\tTerkendalinya hama\tLuas serangan hama (ha)\t100\tKepala Seksi Perlindungan\n"
      "Sasaran Program\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\tBB\tSekretaris\n"
      "Sasaran Kegiatan\tTersusunnya dokumen perencanaan\tJumlah dokumen\t4\tKepala Sub Bagian Program\n";
  ImportResult result = import_text("pohon.tsv", text, {});
  const Document& document = result.document;
  CHECK(document.sasaran.size() == 6);
  CHECK(result.report.suggestions.empty());  // the table states every link
  const Sasaran& ss = statement(document, "Meningkatnya produksi pertanian");
  const Sasaran& pangan = statement(document, "Meningkatnya produktivitas tanaman pangan");
  const Sasaran& hama = statement(document, "Terkendalinya hama");
  const Sasaran& dokumen = statement(document, "Tersusunnya dokumen perencanaan");
  CHECK(ss.parent == kNoId);
  CHECK(pangan.parent == ss.id);
  CHECK(hama.parent == pangan.id);
  CHECK(hama.link_origin == LinkOrigin::Person);
  CHECK(hama.level == 2);
  CHECK(dokumen.parent == statement(document, "Meningkatnya akuntabilitas kinerja").id);
  CHECK(parent_unit_name(document, unit_named(document, "Seksi Perlindungan")) == "Bidang Tanaman Pangan");
  CHECK(parent_unit_name(document, unit_named(document, "Sub Bagian Program")) == "Sekretariat");
  CHECK(target(indicator(document, "Luas serangan hama (ha)"), 2025) == "100");
}

TEST_CASE("cascading matrix: a blank level continues the node above only within one unit kerja, and a 0 target stays") {
  // One Unit Kerja column left of the levels names the row's unit (tier 0): a new unit starts its own tree.
  const char* text =
      "Unit Kerja\tSasaran Strategis\tIKU\tSasaran Program\tIKP\tTarget 2025\n"
      "Dinas Kesehatan\tMeningkatnya derajat kesehatan\tUsia harapan hidup\tMenurunnya kematian ibu\tJumlah kematian ibu\t0\n"
      "Dinas Kesehatan\t\t\tMeningkatnya gizi balita\tPrevalensi stunting\t14\n"
      "Dinas Sosial\t\t\tMeningkatnya layanan rehabilitasi\tJumlah PPKS terlayani\t-\n";
  ImportResult result = import_text("unit_kerja.tsv", text, {});
  const Document& document = result.document;
  const Sasaran& derajat = statement(document, "Meningkatnya derajat kesehatan");
  CHECK(statement(document, "Meningkatnya gizi balita").parent == derajat.id);  // the merged cell above
  CHECK(statement(document, "Meningkatnya layanan rehabilitasi").parent == kNoId);  // another unit's tree
  CHECK(target(indicator(document, "Jumlah kematian ibu"), 2025) == "0");
  CHECK(target(indicator(document, "Prevalensi stunting"), 2025) == "14");
  CHECK(indicator(document, "Jumlah PPKS terlayani").target.empty());  // "-": no target
}
