// Tables whose cell borders are in the text, in the shapes planners bring from PDFs, web pages and other SAKIP
// apps: PDF text with columns kept by character position, a web copy of a T-C.25 whose lower header row lost its
// rowspan cells, an LKjIP measurement table, the wide (sasaran_lv1..N) and long (kode, kode_induk, tahun, target)
// sheets of other apps. The inputs are written here by hand; every expected value was worked out from them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/import/aligned_columns.h"
#include "core/import/column_fields.h"
#include "core/import/header_block.h"
#include "core/import/import_document.h"
#include "core/import/table_reading.h"
#include "core/import/text_cleaning.h"
#include "core/text/bilingual.h"
#include "import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;
using import_test::indikator_named;

namespace {

const Sasaran* sasaran_named(const Document& document, const std::string& statement) {
  for (const auto& [id, sasaran] : document.sasaran)
    if (sasaran.statement == statement) return &sasaran;
  return nullptr;
}

std::string text_of(const Value& value) { return value.text; }

bool has_note(const ImportReport& report, const std::string& part) {
  for (const Bilingual& note : report.notes)
    if (note.en.find(part) != std::string::npos) return true;
  return false;
}

// An IKU as pdftotext -layout gives it: a centred title, cells wrapped onto a second line, a decimal comma.
const char* const kLayoutIku =
    "                       INDIKATOR KINERJA UTAMA DINAS PERHUBUNGAN KABUPATEN CONTOH\n"
    "                                        TAHUN 2021 - 2026\n"
    "\n"
    " No   Sasaran Strategis                 Indikator Kinerja Utama           Satuan     2022    2023    2024\n"
    " 1    Meningkatnya keselamatan          Angka kecelakaan lalu lintas      Kejadian   120     115     110\n"
    "      transportasi darat                per tahun\n"
    "                                        Persentase kendaraan wajib        %          80      82      84\n"
    "                                        uji yang lulus uji\n"
    " 2    Meningkatnya kinerja pelayanan    Indeks Kepuasan Masyarakat        Indeks     80,5    81      81,5\n"
    "      perhubungan\n";

}  // namespace

TEST_CASE("PDF text with columns kept by character position: columns from shared starts, wrapped cells joined") {
  std::vector<std::string_view> lines = split_lines(kLayoutIku);
  // Starts counted in characters: No at 1, Sasaran at 6, Indikator at 40, Satuan at 74, the years at 85, 93, 101.
  std::vector<std::size_t> starts = aligned_column_starts(lines);
  CHECK(starts == std::vector<std::size_t>{1, 6, 40, 74, 85, 93, 101});
  CHECK(detect_delimiter(lines) == Delimiter::Spaces);

  std::vector<TableRow> rows = read_aligned_columns(kLayoutIku, starts);
  // Title (2 lines), blank, header, row 1 (+ its wrapped line), row 2 (+ wrapped), row 3 (+ wrapped).
  REQUIRE(rows.size() == 7);
  CHECK(rows[0].cells.size() == 1);  // the title is a one-cell row
  CHECK(rows[4].line == 5);
  CHECK(rows[4].cells == std::vector<std::string>{"1", "Meningkatnya keselamatan transportasi darat",
                                                  "Angka kecelakaan lalu lintas per tahun", "Kejadian", "120", "115", "110"});
  CHECK(rows[5].cells == std::vector<std::string>{"", "", "Persentase kendaraan wajib uji yang lulus uji", "%", "80", "82", "84"});
  CHECK(rows[6].line == 9);
  CHECK(rows[6].cells[1] == "Meningkatnya kinerja pelayanan perhubungan");

  ImportResult result = import_text("iku.txt", kLayoutIku, {});
  CHECK(result.document.sasaran.size() == 2);
  CHECK(result.document.indikator.size() == 3);
  const Indikator* kecelakaan = indikator_named(result.document, "Angka kecelakaan lalu lintas per tahun");
  REQUIRE(kecelakaan != nullptr);
  CHECK(kecelakaan->satuan == "Kejadian");
  CHECK(text_of(kecelakaan->target.at(2022)) == "120");
  CHECK(text_of(kecelakaan->target.at(2024)) == "110");
  const Indikator* uji = indikator_named(result.document, "Persentase kendaraan wajib uji yang lulus uji");
  REQUIRE(uji != nullptr);
  CHECK(uji->sasaran == kecelakaan->sasaran);  // the merged sasaran cell holds both indicators
  const Indikator* ikm = indikator_named(result.document, "Indeks Kepuasan Masyarakat");
  REQUIRE(ikm != nullptr);
  CHECK(text_of(ikm->target.at(2024)) == "81,5");
  CHECK(result.document.sasaran.at(ikm->sasaran).statement == "Meningkatnya kinerja pelayanan perhubungan");
  CHECK(has_note(result.report, "A guess: columns are separated by runs of spaces"));
}

TEST_CASE("prose and CSV are no aligned table, a value line is never taken for a wrapped cell") {
  CHECK(aligned_column_starts(split_lines("Menimbang  bahwa  untuk\nmelaksanakan  ketentuan Pasal 3\nperlu  menetapkan\n")).empty());
  CHECK(aligned_column_starts(split_lines("a,b,c\nd,e,f\ng,h,i\n")).empty());
  // The second line sits under text cells but holds numbers: a row of its own.
  const char* text =
      "Sasaran           Indikator          Target\n"
      "Meningkatnya A    Jumlah A           10\n"
      "Meningkatnya B    Jumlah B           20\n"
      "Meningkatnya C    Jumlah C           30\n"
      "                  2024               40\n";
  std::vector<std::size_t> starts = aligned_column_starts(split_lines(text));
  CHECK(starts == std::vector<std::size_t>{0, 18, 37});
  std::vector<TableRow> rows = read_aligned_columns(text, starts);
  CHECK(rows.size() == 5);
}

TEST_CASE("a web copy of a T-C.25: the unpadded 'Tahun ke 1 2 3' row sits under its group, years from the title") {
  // Rowspan cells of the first header row are not repeated on the second; a column-number row follows.
  const char* text =
      "Tujuan dan Sasaran Jangka Menengah Tahun 2024-2026\n"
      "No\tTujuan\tSasaran\tIndikator Tujuan/Sasaran\tTarget Kinerja Tujuan/Sasaran pada Tahun ke-\n"
      "1\t2\t3\n"
      "1\t2\t3\t4\t5\t6\t7\n"
      "1\tMeningkatnya tata kelola\tMeningkatnya akuntabilitas\tNilai SAKIP\tB\tBB\tA\n"
      "\xC2\xA0\t\xC2\xA0\t\xC2\xA0\tIndeks Kepuasan Masyarakat\t80\t81\t82\n";
  ImportResult result = import_text("tc25.txt", text, {});
  CHECK(result.document.info.period_start == 2024);
  CHECK(result.document.info.period_end == 2026);
  REQUIRE(result.report.tables.size() == 1);
  CHECK(result.report.tables[0].header_rows == 2);
  const Indikator* sakip = indikator_named(result.document, "Nilai SAKIP");
  REQUIRE(sakip != nullptr);
  CHECK(sakip->target.size() == 3);
  CHECK(text_of(sakip->target.at(2024)) == "B");
  CHECK(text_of(sakip->target.at(2026)) == "A");
  const Indikator* ikm = indikator_named(result.document, "Indeks Kepuasan Masyarakat");
  REQUIRE(ikm != nullptr);
  CHECK(ikm->sasaran == sakip->sasaran);
  CHECK(text_of(ikm->target.at(2025)) == "81");
  const Sasaran& sasaran = result.document.sasaran.at(sakip->sasaran);
  CHECK(sasaran.statement == "Meningkatnya akuntabilitas");
  REQUIRE(sasaran.parent != kNoId);
  CHECK(result.document.sasaran.at(sasaran.parent).kind == StatementKind::Tujuan);
  CHECK(has_note(result.report, "count from the period 2024-2026 written in the title"));

  // The same header as Excel copies it: the lower row padded under its group.
  std::vector<TableRow> rows = read_table(
      "No\tSasaran\tIndikator\tTarget pada Tahun ke\t\t\n\t\t\t1\t2\t3\n", Delimiter::Tab);
  HeaderBlock block = read_header_block(rows, 0, 0);
  CHECK(block.header_rows == 2);
  REQUIRE(block.layout.size() == 6);
  CHECK(block.layout[3] == ColumnField{Field::Target, 0, 1});
  CHECK(block.layout[5] == ColumnField{Field::Target, 0, 3});
  // "Target | Realisasi" over "2023 | 2024 | 2023 | 2024", both rows copied without their spans: each group widened.
  rows = read_table("No\tSasaran\tIndikator\tTarget\tRealisasi\n2023\t2024\t2023\t2024\n", Delimiter::Tab);
  block = read_header_block(rows, 0, 0);
  CHECK(block.header_rows == 2);
  REQUIRE(block.layout.size() == 7);
  CHECK(block.layout[3] == ColumnField{Field::Target, 2023});
  CHECK(block.layout[4] == ColumnField{Field::Target, 2024});
  CHECK(block.layout[5] == ColumnField{Field::Realisasi, 2023});
  CHECK(block.layout[6] == ColumnField{Field::Realisasi, 2024});
  // A row numbering every column stays the column-number row.
  rows = read_table("No\tSasaran\tTarget pada Tahun ke\n1\t2\t3\n", Delimiter::Tab);
  block = read_header_block(rows, 0, 0);
  CHECK(block.header_rows == 1);
  CHECK(block.number_row);
}

TEST_CASE("an LKjIP measurement table: Target and Realisasi without a year take the title's year") {
  const char* text =
      "Tabel 3.1 Pengukuran Kinerja Tahun 2023\n"
      "No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\n"
      "1\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\tPredikat\tBB\tBB\t100\n"
      "\t\tPersentase temuan BPK yang ditindaklanjuti\t%\t100\t96,5\t96,5\n"
      "2\tMeningkatnya kualitas layanan\tIndeks Kepuasan Masyarakat\tIndeks\t85\t87,21\t102,6\n";
  ImportResult result = import_text("lkjip.txt", text, {});
  CHECK(result.document.sasaran.size() == 2);
  const Indikator* temuan = indikator_named(result.document, "Persentase temuan BPK yang ditindaklanjuti");
  REQUIRE(temuan != nullptr);
  CHECK(text_of(temuan->target.at(2023)) == "100");
  CHECK(text_of(temuan->realisasi.at(2023)) == "96,5");
  const Indikator* sakip = indikator_named(result.document, "Nilai SAKIP");
  REQUIRE(sakip != nullptr);
  CHECK(temuan->sasaran == sakip->sasaran);
  // Capaian is worked out from target and realisasi: listed as a column left out, never stored.
  int capaian_left_out = 0;
  for (const ColumnDecision& column : result.report.columns)
    if (column.header == "Capaian (%)") capaian_left_out = column.cells_left_out;
  CHECK(capaian_left_out == 3);
  // "Target 2023 | Realisasi": the Realisasi takes the only year the other columns name.
  ImportResult named = import_text("lkjip2.txt",
                                   "Sasaran\tIndikator\tTarget 2023\tRealisasi\nMeningkatnya A\tJumlah A\t10\t9\n"
                                   "Meningkatnya B\tJumlah B\t5\t6\n",
                                   {});
  const Indikator* a = indikator_named(named.document, "Jumlah A");
  REQUIRE(a != nullptr);
  CHECK(text_of(a->realisasi.at(2023)) == "9");
}

TEST_CASE("a wide sheet of another SAKIP app: one sasaran/indikator pair per level, each row a path from the top") {
  const char* text =
      "satuan_kerja,sasaran_lv1,indikator_lv1,sasaran_lv2,indikator_lv2,is_crosscutting_lv2,sasaran_lv3,indikator_lv3\n"
      "Dinas Kesehatan,Meningkatnya derajat kesehatan,Usia Harapan Hidup,Meningkatnya pelayanan dasar,Persentase "
      "puskesmas terakreditasi,0,Terlaksananya akreditasi,Jumlah puskesmas disurvei\n"
      "Dinas Kesehatan,Meningkatnya derajat kesehatan,Usia Harapan Hidup,Meningkatnya pelayanan dasar,Persentase "
      "puskesmas terakreditasi,0,Tersedianya tenaga kesehatan,Persentase puskesmas dengan 9 nakes\n"
      "Dinas Kesehatan,Meningkatnya derajat kesehatan,Angka Kematian Ibu,Menurunnya kematian ibu,Persentase "
      "persalinan di fasyankes,1,,\n";
  ImportResult result = import_text("wide.csv", text, {});
  // Sasaran: 1 at level 1, 2 at level 2, 2 at level 3. Indicators: 2 + 2 + 2.
  CHECK(result.document.sasaran.size() == 5);
  CHECK(result.document.indikator.size() == 6);
  const Sasaran* top = sasaran_named(result.document, "Meningkatnya derajat kesehatan");
  const Sasaran* dasar = sasaran_named(result.document, "Meningkatnya pelayanan dasar");
  const Sasaran* akreditasi = sasaran_named(result.document, "Terlaksananya akreditasi");
  const Sasaran* nakes = sasaran_named(result.document, "Tersedianya tenaga kesehatan");
  REQUIRE((top && dasar && akreditasi && nakes));
  CHECK(top->parent == kNoId);
  // The satuan kerja holds the path from level 1: it is the head of its tree, the top sasaran at level 0.
  CHECK(top->level == 0);
  CHECK(dasar->parent == top->id);
  CHECK(dasar->level == top->level + 1);
  CHECK(akreditasi->parent == dasar->id);
  CHECK(nakes->parent == dasar->id);
  CHECK(akreditasi->level == top->level + 2);
  CHECK(akreditasi->link_origin == LinkOrigin::Person);
  const Indikator* aki = indikator_named(result.document, "Angka Kematian Ibu");
  REQUIRE(aki != nullptr);
  CHECK(aki->sasaran == top->id);
  CHECK(result.document.units.at(top->unit).name == "Dinas Kesehatan");
  CHECK(result.document.units.at(nakes->unit).name == "Dinas Kesehatan");
  // The crosscutting flags are never dropped silently: the one set ("1", line 4) is left out (the export names no
  // sasaran it supports); the two "0" say what Pokin assumes (not crosscutting) and count as stored.
  int flags_left_out = 0, flags_stored = 0;
  for (const ColumnDecision& column : result.report.columns)
    if (column.header == "is_crosscutting_lv2") flags_left_out = column.cells_left_out, flags_stored = column.cells_stored;
  CHECK(flags_left_out == 1);
  CHECK(flags_stored == 2);
}

TEST_CASE("a long sheet of another SAKIP app: one row per indicator and year, kode and kode induk give the links") {
  const char* text =
      "kode,kode_induk,nama_sasaran,indikator,satuan,polaritas,tahun,target\n"
      "1,,Meningkatnya kualitas pelayanan publik,Indeks Kepuasan Masyarakat,indeks,positif,2025,82\n"
      "1.1,1,Meningkatnya kecepatan layanan,Persentase izin tepat waktu,persen,positif,2025,90\n"
      "1,,Meningkatnya kualitas pelayanan publik,Indeks Kepuasan Masyarakat,indeks,positif,2026,83\n"
      "1.1,1,Meningkatnya kecepatan layanan,Persentase izin tepat waktu,persen,positif,2026,95\n"
      "1.1.1,1.1,Terlaksananya layanan daring,Jumlah pengaduan layanan,kasus,negatif,2025,12\n";
  ImportResult result = import_text("long.csv", text, {});
  CHECK(result.document.sasaran.size() == 3);
  CHECK(result.document.indikator.size() == 3);
  const Indikator* ikm = indikator_named(result.document, "Indeks Kepuasan Masyarakat");
  const Indikator* izin = indikator_named(result.document, "Persentase izin tepat waktu");
  const Indikator* aduan = indikator_named(result.document, "Jumlah pengaduan layanan");
  REQUIRE((ikm && izin && aduan));
  CHECK(ikm->target.size() == 2);
  CHECK(text_of(ikm->target.at(2025)) == "82");
  CHECK(text_of(ikm->target.at(2026)) == "83");
  CHECK(text_of(izin->target.at(2026)) == "95");
  CHECK(aduan->polarity == Polarity::Turun);
  const Sasaran& kecepatan = result.document.sasaran.at(izin->sasaran);
  CHECK(kecepatan.parent == ikm->sasaran);
  CHECK(result.document.sasaran.at(aduan->sasaran).parent == izin->sasaran);
}

TEST_CASE("names of other apps' columns: snake_case read as words, a level number makes a wide sheet's column") {
  CHECK(recognise_header("kode_induk") == ColumnField{Field::ParentCode});
  CHECK(recognise_header("satuan_kerja") == ColumnField{Field::Unit});
  CHECK(recognise_header("Tahun") == ColumnField{Field::Year});
  CHECK(recognise_header("nama_sasaran") == ColumnField{Field::Sasaran});
  CHECK(recognise_header("uraian") == ColumnField{});  // a budget table's Uraian is no statement
  ColumnField lv2{Field::Sasaran};
  lv2.tier = 2;
  CHECK(recognise_header("sasaran_lv2") == lv2);
  CHECK(recognise_header("Sasaran Level 2") == lv2);
  ColumnField indikator3{Field::Indikator};
  indikator3.tier = 3;
  CHECK(recognise_header("indikator_lv3") == indikator3);
  CHECK(recognise_header("is_crosscutting_lv2") == ColumnField{});
  // --map reads back what the report names.
  CHECK(field_name(lv2) == "sasaran_lv2");
  CHECK(field_from_name("sasaran_lv2") == lv2);
  CHECK(field_from_name("tahun") == ColumnField{Field::Year});
  // A plain "Level" column still names the unit's level.
  CHECK(recognise_header("Level") == ColumnField{Field::Level});
}

TEST_CASE("a text with cell borders is a table: its header not recognised, it is refused with what is missing") {
  CHECK(has_cell_borders({"Uraian,Ukuran,Nilai 2025", "Meningkatnya kualitas layanan,Indeks kepuasan,80"}));
  CHECK(has_cell_borders({"| a | b |", "| c | d |"}));
  CHECK(has_cell_borders({"a\tb\tc", "d\te\tf", "g\th\ti"}));
  // Prose and PDF text hold commas in varying numbers: no borders.
  CHECK_FALSE(has_cell_borders({"Menimbang, bahwa untuk melaksanakan ketentuan Pasal 3, perlu menetapkan,",
                                "Program Kepegawaian, Kegiatan Pengadaan", "Mengingat: 1. Undang-Undang Nomor 23, 2014"}));
  try {
    import_text("biaya.md", "| Uraian Kegiatan | Volume | Biaya |\n|---|---|---|\n| Rapat koordinasi | 4 kali | 12.000.000 |\n", {});
    FAIL("a pipe table without a recognised header was imported");
  } catch (const UserError& error) {
    std::string en = error.message().en;
    CHECK(en.find("No table header row was recognised: line 1 (\"Uraian Kegiatan | Volume | Biaya\")") != std::string::npos);
    CHECK(en.find("--map") != std::string::npos);
  }
}

TEST_CASE("SIPD's Renstra list: one kode column per name column, target_N and pagu_N years of the period") {
  const char* text =
      "kode_program,nama_program,kode_giat,nama_giat,kode_sub_giat,nama_sub_giat,indikator,satuan,target_1,target_2,"
      "pagu_1,pagu_2\n"
      "1.02.02,PROGRAM PEMENUHAN UPAYA KESEHATAN,,,,,Persentase faskes sesuai standar,%,80,85,1000,1100\n"
      "1.02.02,PROGRAM PEMENUHAN UPAYA KESEHATAN,1.02.02.2.02,Penyediaan Layanan Kesehatan,,,Persentase layanan "
      "rujukan,%,90,92,500,550\n"
      "1.02.02,PROGRAM PEMENUHAN UPAYA KESEHATAN,1.02.02.2.02,Penyediaan Layanan Kesehatan,1.02.02.2.02.0001,"
      "Pelayanan Ibu Hamil,Jumlah ibu hamil terlayani,Orang,1200,1250,150,160\n";
  ImportOptions options;
  options.period_start = 2025;
  options.period_end = 2029;
  ImportResult result = import_text("sipd.csv", text, options);
  CHECK(result.document.sasaran.size() == 3);
  const Indikator* faskes = indikator_named(result.document, "Persentase faskes sesuai standar");
  const Indikator* rujukan = indikator_named(result.document, "Persentase layanan rujukan");
  const Indikator* hamil = indikator_named(result.document, "Jumlah ibu hamil terlayani");
  REQUIRE((faskes && rujukan && hamil));
  const Sasaran& program = result.document.sasaran.at(faskes->sasaran);
  const Sasaran& kegiatan = result.document.sasaran.at(rujukan->sasaran);
  const Sasaran& sub = result.document.sasaran.at(hamil->sasaran);
  CHECK(program.nomenclature.kind == NomenclatureKind::Program);
  CHECK(program.nomenclature.kode == "1.02.02");
  CHECK(kegiatan.nomenclature.kode == "1.02.02.2.02");
  CHECK(sub.nomenclature.kode == "1.02.02.2.02.0001");
  CHECK(kegiatan.parent == program.id);
  CHECK(kegiatan.link_origin == LinkOrigin::Person);  // the kode says so
  CHECK(sub.parent == kegiatan.id);
  CHECK(text_of(hamil->target.at(2026)) == "1250");
  CHECK(text_of(sub.pagu.at(2025)) == "150");
  CHECK(text_of(program.pagu.at(2026)) == "1100");
}

TEST_CASE("TAB text copied from Excel: a cell holding a line break comes in quotes and stays one cell") {
  const char* text =
      "Sasaran\tIndikator\tTarget 2025\n"
      "\"Meningkatnya akuntabilitas\nkinerja perangkat daerah\"\tNilai SAKIP\tBB\n"
      "\t\"Persentase temuan \"\"material\"\" yang\nditindaklanjuti\"\t100\n";
  std::vector<TableRow> rows = read_table(text, Delimiter::Tab);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].line == 2);
  CHECK(rows[1].cells[0] == "Meningkatnya akuntabilitas\nkinerja perangkat daerah");
  CHECK(rows[2].line == 4);
  CHECK(rows[2].cells[1] == "Persentase temuan \"material\" yang\nditindaklanjuti");
  ImportResult result = import_text("excel.tsv", text, {});
  CHECK(result.document.sasaran.size() == 1);
  CHECK(result.document.indikator.size() == 2);
  // A quote of the text's own that never closes: the lines are read as they are.
  rows = read_table("Sasaran\tIndikator\n\"Meningkatnya A\tJumlah A\nMeningkatnya B\tJumlah B\n", Delimiter::Tab);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].cells[0] == "\"Meningkatnya A");
}

TEST_CASE("pipe rows: when most rows break inside a cell, the whole width is the widest one several lines share") {
  // A web view of an indicator list: rows without outer pipes; a formula with a line break ends the line without
  // '|', and the rest of the row follows on the next line.
  const std::string text =
      "1 | PENDIDIKAN | Angka partisipasi PAUD | Jumlah anak PAUD dibagi jumlah anak | Outcome | % | 98,63 % | |\n"
      "2 | PENDIDIKAN | Angka partisipasi SD | Jumlah anak SD dibagi\n"
      "| Outcome | % | | |\n"
      "3 | KESEHATAN | Rasio tempat tidur | Jumlah tempat tidur dibagi penduduk | Outcome | % | 1,02 % | |\n"
      "4 | KESEHATAN | RS terakreditasi | Jumlah RS terakreditasi dibagi\n"
      "| Outcome | % | 87,50 % | catatan |\n"
      "5 | KESEHATAN | Persalinan di faskes | Jumlah persalinan dibagi\n"
      "| Outcome | % | | |\n";
  std::vector<TableRow> rows = read_table(text, Delimiter::Pipe);
  REQUIRE(rows.size() == 5);
  CHECK(rows[1].line == 2);
  REQUIRE(rows[1].cells.size() == 8);
  CHECK(rows[1].cells[3] == " Jumlah anak SD dibagi");
  CHECK(rows[1].cells[4] == " Outcome ");
  REQUIRE(rows[3].cells.size() == 8);
  CHECK(rows[3].cells[6] == " 87,50 % ");
  CHECK(rows[3].cells[7] == " catatan ");
}
