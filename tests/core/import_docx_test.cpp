// Word documents (.docx) imported as planners hold them: the tables of real fixtures (tests/fixtures/real, text
// copied cell by cell into Word table XML written as Word writes it, tests/core/word_document_builder.h) scored
// against the trees written by eye for those fixtures, and the parts a Word file adds: merged cells (gridSpan,
// vMerge), a cell of two paragraphs, a second table, the title above the table (period, instansi), the
// Perjanjian Kinerja's parties around it.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "core/import/import_document.h"
#include "core/import/source_table.h"
#include "core/text/bilingual.h"
#include "import_expected_tree.h"
#include "import_fixture_support.h"
#include "word_document_builder.h"

using namespace pokin;
using pokin::test::build_docx;
using pokin::test::word_paragraphs;
using pokin::test::word_table;

namespace {

test::TreeScore scored(const Document& document, const std::string& tree) {
  return test::score_expected_tree_file(std::filesystem::path(POKIN_FIXTURES) / "real" / "expected" / tree, document);
}

std::string report_text(const import::ImportReport& report) {
  std::string out;
  for (const auto& line : report.lines) out += "line " + std::to_string(line.line) + ": " + line.text + " (" + line.reason.en + ")\n";
  for (const Bilingual& note : report.notes) out += "note: " + note.en + "\n";
  return out;
}

bool noted(const import::ImportReport& report, const std::string& english) {
  for (const Bilingual& note : report.notes)
    if (note.en.find(english) != std::string::npos) return true;
  return false;
}

// The two signature blocks of fixture 11, side by side in one borderless row as Word lays them out.
std::string pk_signatures() {
  return word_table(2, {{"PIHAK KEDUA\nBUPATI PRINGSEWU\n\n\n___________________________\nRIYANTO PAMUNGKAS",
                         "PIHAK KESATU\nKEPALA DINAS KOMUNIKASI DAN INFORMATIKA\n\n\n___________________________\n"
                         "MOUDY ARY NAZOLLA, S.STP., MH\nPembina Tk. I\nNIP. 19840819 200212 1 001"}});
}

// Fixture 11 (Perjanjian Kinerja 2025, Diskominfo Pringsewu) as its Word original: the agreement's text and
// signatures, then the lampiran's title, its table, the PROGRAM DAN ANGGARAN table and the signatures again.
std::string pk_pringsewu_docx() {
  std::string body =
      word_paragraphs("PERJANJIAN KINERJA TAHUN 2025") +
      word_paragraphs("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
                      "berorientasi pada hasil, kami yang bertanda tangan di bawah ini :") +
      word_paragraphs("Nama\t:\tMOUDY ARY NAZOLLA, S.STP., MH\nJabatan\t:\tKEPALA DINAS KOMUNIKASI DAN INFORMATIKA") +
      word_paragraphs("Selanjutnya disebut PIHAK KESATU") +
      word_paragraphs("Nama\t:\tRIYANTO PAMUNGKAS\nJabatan\t:\tBUPATI PRINGSEWU") +
      word_paragraphs("Selaku atasan PIHAK KESATU, selanjutnya disebut PIHAK KEDUA.") +
      word_paragraphs("PIHAK KESATU pada tahun 2025 berjanji akan mewujudkan target kinerja tahunan sesuai lampiran "
                      "perjanjian ini dalam rangka mencapai target kinerja jangka menengah seperti yang ditetapkan "
                      "dalam dokumen perencanaan. Keberhasilan pencapaian target kinerja tersebut menjadi tanggung "
                      "jawab PIHAK KESATU.") +
      word_paragraphs("PIHAK KEDUA akan memberikan supervisi yang diperlukan serta akan melakukan evaluasi "
                      "akuntabilitas kinerja terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang "
                      "diperlukan dalam rangka pemberian penghargaan dan sanksi.") +
      pk_signatures() + word_paragraphs("PERJANJIAN KINERJA TAHUN 2025") +
      word_paragraphs("DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN PRINGSEWU") +
      word_table(4, {{"No", "Sasaran Strategis", "Indikator Sasaran", "Target"},
                     {"1", "Meningkatnya Akuntabilitas Kinerja Dinas Komunikasi dan Informatika", "Nilai SAKIP", "BB"},
                     {"2", "Meningkatnya Kualitas Komunikasi Publik", "Indeks Keterbukaan Informasi Publik", "70 Indeks"},
                     {"3", "Meningkatnya Kualitas Informatika", "Indeks SPBE", "2,8 Indeks"},
                     {"4", "Meningkatnya Pemanfaatan Data Statistik Sektoral",
                      "Jumlah Unit Kerja Pemanfaat Data Statistik Sektoral", "25 Unit Kerja"},
                     {"5", "Meningkatnya Keamanan Informasi", "Cakupan Pengamanan Informasi", "100%"}}) +
      word_paragraphs("PROGRAM DAN ANGGARAN:") +
      word_table(2, {{"PROGRAM", "ANGGARAN"},
                     {"1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Rp. 4.100.832.755"},
                     {"2. Program Pengelolaan Informasi dan Komunikasi Publik", "Rp. 2.721.236.800"},
                     {"3. Program Pengelolaan Aplikasi Informatika", "Rp. 1.589.645.600"},
                     {"4. Program Penyelenggaraan Statistik Sektoral", "Rp. 13.572.000"},
                     {"5. Program Penyelenggaraan Persandian Untuk Pengamanan Informasi", "Rp. 155.200.000"},
                     {"TOTAL", "Rp. 8.580.487.155"}}) +
      pk_signatures();
  return build_docx(body);
}

// Fixture 03 (T-C.27 Tabel 6.1, BKD Kabupaten Semarang 2021-2026) with the form's three-row header as Word merges
// it (Permendagri 86/2017: the yearly Target/Rp pairs under "Target Kinerja Program dan Kerangka Pendanaan"),
// the column numbers under it, and the Tujuan cell merged down over its Sasaran. The slice ends after the third
// year; the rows are the fixture's.
std::string tc27_semarang_docx() {
  std::string body =
      word_paragraphs("Tabel 6.1") +
      word_paragraphs("Rencana Program, Kegiatan dan Pendanaan Perangkat Daerah") +
      word_paragraphs("Badan Kepegawaian Daerah Kabupaten Semarang Tahun 2021-2026") +
      word_table(11, {{"[restart]Tujuan", "[restart]Sasaran", "[restart]Indikator Kinerja Tujuan, Sasaran, Program "
                       "(outcome) dan Kegiatan (output)", "[restart]Satuan",
                       "[restart]Data Capaian pada Tahun Awal Perencanaan",
                       "[span=6]Target Kinerja Program dan Kerangka Pendanaan"},
                      {"[continue]", "[continue]", "[continue]", "[continue]", "[continue]", "[span=2]Tahun-1",
                       "[span=2]Tahun-2", "[span=2]Tahun-3"},
                      {"[continue]", "[continue]", "[continue]", "[continue]", "[continue]", "Target", "Rp", "Target",
                       "Rp", "Target", "Rp"},
                      {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"},
                      {"[restart]Meningkatkan Profesionalisme ASN", "", "Indeks Merit Sistem", "Indeks", "-", "0,51",
                       "-", "0,56", "-", "0,60", "-"},
                      {"[continue]", "Meningkatnya Disiplin ASN", "Persentase Peningkatan Disiplin ASN", "%",
                       "99,25%", "99,88%", "-", "99,89%", "-", "99,91%", "-"},
                      {"[continue]", "Meningkatnya Kompetensi ASN", "Persentase Peningkatan Kapasitas Sumber Daya"}});
  return build_docx(body);
}

// Fixture 08 (IKU Kecamatan Sidemen 2017-2021): the first sasaran's two indicators under its No and Sasaran
// cells merged down, the title in three paragraphs above the table.
std::string iku_sidemen_docx() {
  std::string body =
      word_paragraphs("E-SAKIP PEMERINTAH KABUPATEN Karangasem") +
      word_paragraphs("INDIKATOR KINERJA UTAMA\nKECAMATAN SIDEMEN\nTAHUN 2017 - 2021") +
      word_table(
          5,
          {{"NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "ALASAN/PENJELASAN", "SUMBER DATA"},
           {"[restart]1", "[restart]Meningkatnya pembinaan penyelenggaraan pemerintahan desa",
            "Persentase Desa yang dapat melaksanakan tata kelola pemerintahan dengan baik",
            "Jumlah Desa yang dapat melaksanakan tata kelola pemerintahan dengan baik (DTKB) dibagi jumlah seluruh "
            "Desa (SLRHD) di Kecamatan Sidemen dikalikan seratus persen sama dengan seratus atau DTKB/SLRHD X 100% = 100",
            "Kasi Pemerintahan di Kecamatan Sidemen"},
           {"[continue]", "[continue]", "% Desa yang dapat mengelola APBDes tepat waktu",
            "Dalam penyelenggaraan pemerintahan desa Camat berperan didalam membina dan mengawasi penyelenggaraan "
            "kegiatan desa,\ncara pengukuran kinerjanya yaitu jumlah desa yang sudah mengelola APBDes tepat waktu "
            "dibagi jumlah desa dikalikan 100%",
            "Kasi Pemerintahan di Kecamatan Sidemen"},
           {"2", "Meningkatnya partisipasi organisasi dan lembaga desa/kelurahan dalam pembangunan",
            "Persentase Partisipasi Organisasi dan Lembaga Desa yang ikut dalam pembinaan",
            "Jumlah organisasi dan Lembaga Desa yang ikut dalam pembinaan (A) dibagi jumlah seluruh Organisasi dan "
            "Lembaga Desa yang dibina (B) dikalikan seratus persen sama dengan 100 atau A/B X 100 % = 100",
            "Kasi Kesos di Kecamatan Sidemen"},
           {"3", "Meningkatnya partisipasi masyarakat dalam perencanaan pembangunan Kecamatan",
            "Persentase partisipasi masyarakat dalam perencanaan pembangunan",
            "Jumlah masyarakat yang hadir dalam kegiatan Musrenbang RKPD (A) dibagi jumlah masyarakat yang diundang "
            "dalam kegiatan Musrenbang RKPD (B) dikalikan seratus persen sama dengan seratus persen atau A/B X "
            "100%=100",
            "Kasi PMD Kecamatan Sidemen"},
           {"4", "Meningkatnya tertib administrasi kependudukan bagi penduduk pendatang",
            "Persentase penduduk pendatang yang melengkapi administrasi kependudukannya",
            "Jumlah penduduk yang melengkapi administrasi kependudukannya (A) dibagi jumlah penduduk pendatang yang "
            "terdata (B) dikalikan seratus persen sama dengan seratus atau A/B X 100 % =100",
            "Kasi Pemerintahan"}});
  return build_docx(body);
}

}  // namespace

TEST_CASE("docx tables: the Perjanjian Kinerja of fixture 11 as a Word file imports as its tree, with its parties") {
  import::ImportResult result = import::import_text("pk_pringsewu_2025.docx", pk_pringsewu_docx(), {});
  CHECK(result.report.format == "table (docx)");
  test::TreeScore score = scored(result.document, "11.tree");
  INFO(score.describe());
  INFO(report_text(result.report));
  CHECK(score.percent() == doctest::Approx(100.0));
  // The parties around the table: the first holds the unit, the second is named as the superior.
  bool held = false;
  for (const auto& [id, unit] : result.document.units)
    held = held || (unit.holder_name == "MOUDY ARY NAZOLLA, S.STP., MH" && unit.holder_nip == "19840819 200212 1 001");
  CHECK(held);
  CHECK(noted(result.report, "the second party \"RIYANTO PAMUNGKAS\""));
  // The year of the title gives the yearless Target column its year.
  CHECK(import_test::indicator(result.document, "Indeks SPBE").target.count(2025) == 1);
  // Two tables of data, each named with its lines (the signature tables too: four tables in all).
  CHECK(noted(result.report, "Table 2 of the Word document"));
  CHECK(noted(result.report, "Table 4 of the Word document"));
}

TEST_CASE("docx tables: the T-C.27 of fixture 03 with a three-row header of real gridSpan/vMerge cells") {
  import::ImportResult result = import::import_text("renstra_bkd_semarang.docx", tc27_semarang_docx(), {});
  test::TreeScore score = scored(result.document, "03.tree");
  INFO(score.describe());
  INFO(report_text(result.report));
  CHECK(score.percent() == doctest::Approx(100.0));
  // The title above the table names the unit and the period, which gives Tahun-1 its year.
  CHECK(result.document.info.instansi == "Badan Kepegawaian Daerah Kabupaten Semarang");
  CHECK(result.document.info.period_start == 2021);
  CHECK(result.document.info.period_end == 2026);
  const Indikator& disiplin = import_test::indicator(result.document, "Persentase Peningkatan Disiplin ASN");
  CHECK(disiplin.target.count(2021) == 1);
  CHECK(disiplin.target.count(2023) == 1);
  CHECK(disiplin.baseline.text.find("99,25") != std::string::npos);
}

TEST_CASE("docx tables: the IKU of fixture 08 with its No and Sasaran merged down over two indicators") {
  import::ImportResult result = import::import_text("iku_sidemen.docx", iku_sidemen_docx(), {});
  test::TreeScore score = scored(result.document, "08.tree");
  INFO(score.describe());
  INFO(report_text(result.report));
  CHECK(score.percent() == doctest::Approx(100.0));
  CHECK(result.document.info.instansi == "KECAMATAN SIDEMEN");  // the second title paragraph
  // The vMerge continuation carries the first sasaran to its second indicator: one sasaran, two indicators.
  const Indikator& second = import_test::indicator(result.document, "% Desa yang dapat mengelola APBDes tepat waktu");
  const Indikator& first =
      import_test::indicator(result.document, "Persentase Desa yang dapat melaksanakan tata kelola pemerintahan dengan baik");
  CHECK(second.sasaran == first.sasaran);
  // A penjelasan cell of two paragraphs is kept whole.
  CHECK(second.formula.find("kegiatan desa,") != std::string::npos);
  CHECK(second.formula.find("cara pengukuran kinerjanya") != std::string::npos);
}

TEST_CASE("docx tables: a Word document without a table is refused in both languages") {
  std::string docx = build_docx(word_paragraphs("INDIKATOR KINERJA UTAMA\nTidak ada tabel di sini."));
  try {
    import::import_text("kosong.docx", docx, {});
    FAIL("a document without a table was imported");
  } catch (const UserError& error) {
    CHECK(error.message().id.find("tidak memuat tabel") != std::string::npos);
    CHECK(error.message().en.find("holds no table") != std::string::npos);
    CHECK(error.message().en.find("kosong.docx") == 0);
  }
}

TEST_CASE("docx tables: a .docx is recognised by its content, whatever its name") {
  import::ImportResult result = import::import_text("lampiran_iku", iku_sidemen_docx(), {});
  CHECK(result.report.format == "table (docx)");
  CHECK(result.document.indikator.size() == 5);
}

TEST_CASE("docx tables: the import preview shows the rows the import reads, paragraphs and tables in order") {
  import::SourceTable table = import::read_source_table(iku_sidemen_docx(), import::RequestedFormat::Auto, 100);
  CHECK(table.format == "table (docx)");
  CHECK(table.of_cells);
  // E-SAKIP line, three title lines (one paragraph broken in three), the header and five rows.
  REQUIRE(table.total_rows == 10);
  CHECK(table.rows[2].cells == std::vector<std::string>{"KECAMATAN SIDEMEN"});
  CHECK(table.rows[4].line == 5);
  CHECK(table.rows[4].cells.front() == "NO");
  // The merged No and Sasaran repeated on the second indicator's row, as a workbook's merged cells are.
  CHECK(table.rows[6].cells[0] == "1");
  CHECK(table.rows[6].cells[1] == "Meningkatnya pembinaan penyelenggaraan pemerintahan desa");
  CHECK(table.columns == 5);
}
