// The row labels of Renstra K/L and LKjIP tables (SS, IKSS, IKU, SP, IKP ...) and the agency a table's title names.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/import/cell_label.h"
#include "core/import/document_metadata.h"
#include "core/import/head_title.h"
#include "core/import/import_document.h"
#include "core/import/labelled_records.h"
#include "core/import/unit_title.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("row labels: SS and IKSS with their number are a sasaran and its indicator") {
  LabelledText ss = read_statement_label("SS 1 Meningkatnya pemerataan layanan pendidikan bermutu");
  CHECK(ss.role == LabelRole::Statement);
  CHECK(ss.level == PlanningLevel::Sasaran);
  CHECK(ss.rest == "Meningkatnya pemerataan layanan pendidikan bermutu");
  LabelledText ikss = read_statement_label("IKSS 1.2 Angka Partisipasi Kasar (APK)");
  CHECK(ikss.role == LabelRole::Indicator);
  CHECK(ikss.level == PlanningLevel::Sasaran);
  CHECK(ikss.rest == "Angka Partisipasi Kasar (APK)");
  LabelledText ikp = read_statement_label("IKP 2.1: Persentase layanan tepat waktu");
  CHECK(ikp.role == LabelRole::Indicator);
  CHECK(ikp.level == PlanningLevel::Program);
  CHECK(ikp.rest == "Persentase layanan tepat waktu");
}

TEST_CASE("row labels: the letters without a number, or with nothing after the number, are no label") {
  CHECK(read_statement_label("SK Kepala Dinas tentang IKU").role == LabelRole::None);
  CHECK(read_statement_label("SS Meningkatnya mutu").role == LabelRole::None);
  CHECK(read_statement_label("IKSS 3.1").role == LabelRole::None);
  CHECK(read_statement_label("Ssasaran 1 x").role == LabelRole::None);
}

TEST_CASE("instansi from titles: the agency a table title names, up to Tahun") {
  std::vector<std::string_view> lines = {
      "TARGET KINERJA DAN KERANGKA PENDANAAN",
      "Dalam rangka mewujudkan visi dan misi, badan usaha dan Dinas terkait menetapkan lima sasaran strategis. Untuk "
      "mengetahui tingkat keberhasilan pencapaian dimaksud setiap sasaran diukur.",
      "Tabel 4.1 Sasaran Strategis, Indikator, dan Target Kinerja Kementerian Pendidikan dan Kebudayaan Tahun 2020-2024"};
  CHECK(instansi_from_titles(lines) == "Kementerian Pendidikan dan Kebudayaan");
}

TEST_CASE("instansi from titles: a title in capitals wrapped over two lines, the pemda removed") {
  std::vector<std::string_view> lines = {"INDIKATOR KINERJA UTAMA", "DINAS KESEHATAN DAN", "KELUARGA BERENCANA KABUPATEN GRESIK",
                                         "No Sasaran Indikator"};
  CHECK(instansi_from_titles(lines) == "Dinas Kesehatan dan Keluarga Berencana");
}

TEST_CASE("instansi from titles: a comma inside the agency's name is part of it") {
  std::vector<std::string_view> lines = {"RENSTRA DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK KOTA CONTOH 2021-2026"};
  CHECK(instansi_from_titles(lines) == "Dinas Komunikasi, Informatika dan Statistik");
}

TEST_CASE("instansi from titles: prose and lower-case mentions name no agency") {
  std::vector<std::string_view> lines = {
      "Kerja sama pemerintah daerah dan badan usaha meningkat. Dinas yang terkait menyusun laporan setiap tahun dan "
      "menyampaikannya kepada Bupati melalui Sekretaris Daerah dalam rapat koordinasi.",
      "No Sasaran Indikator Satuan"};
  CHECK(instansi_from_titles(lines).empty());
}

TEST_CASE("a PDF text with decimal commas is not read as a CSV: the labelled rows give sasaran with their indicators") {
  // Lines as a PDF renderer gives them: no cell borders, commas only in the numbers.
  std::string text =
      "Tabel 2.1 Sasaran Strategis dan Target Kinerja Badan Contoh Tahun 2021-2023\n"
      "Sasaran/ Indikator Satuan Target\n"
      "2021 2022 2023\n"
      "SS 1 Meningkatnya mutu layanan publik\n"
      "IKSS 1.1 Indeks kepuasan masyarakat Indeks 80,50 81,25 82,00\n"
      "IKSS 1.2 Persentase pengaduan yang diselesaikan % 90,10 92,20 95,30\n"
      "SS 2 Meningkatnya akuntabilitas kinerja\n"
      "IKSS 2.1 Nilai SAKIP Nilai 70,10 72,20 74,30\n";
  import::ImportResult result = import::import_text("tabel.txt", text, {});
  const Document& document = result.document;
  CHECK(document.info.instansi == "Badan Contoh");
  // No sasaran is made of a row's numbers ("50 81"), as a comma-separated reading would make.
  std::vector<std::string> statements;
  for (const auto& [id, sasaran] : document.sasaran) statements.push_back(sasaran.statement);
  CHECK(statements == std::vector<std::string>{"Meningkatnya mutu layanan publik", "Meningkatnya akuntabilitas kinerja"});
  CHECK(document.indikator.size() == 3);
}

TEST_CASE("labelled records: a wrapped row is joined, a row opening inside a line gets the next line, headers stay") {
  std::vector<std::string_view> lines = {
      "Sasaran/",                                              // 0 header
      "Indikator Satuan Target",                               // 1 header
      "SS 1 Meningkatnya mutu layanan",                        // 2
      "IKSS 1.1",                                              // 3
      "Indeks kepuasan masyarakat",                            // 4
      "Indeks 80 81 82",                                       // 5
      "SS 2 Meningkatnya akuntabilitas IKSS 2.1 Nilai SAKIP",  // 6
      "Nilai 70 72 74",                                        // 7
      "68",                                                    // 8 page number
      "Indikator Satuan Target",                               // 9 header repeated
      "IKSS 2.2 Predikat SAKIP Predikat B BB A"};              // 10
  std::vector<std::string> out = reflow_labelled_records(lines);
  REQUIRE(out.size() == lines.size());
  CHECK(out[0] == "Sasaran/");
  CHECK(out[2] == "SS 1 Meningkatnya mutu layanan");
  CHECK(out[3] == "IKSS 1.1 Indeks kepuasan masyarakat Indeks 80 81 82");
  CHECK(out[4].empty());
  CHECK(out[6] == "SS 2 Meningkatnya akuntabilitas");
  CHECK(out[7] == "IKSS 2.1 Nilai SAKIP Nilai 70 72 74");
  CHECK(out[8] == "68");
  CHECK(out[9] == "Indikator Satuan Target");
  CHECK(out[10] == "IKSS 2.2 Predikat SAKIP Predikat B BB A");
}

TEST_CASE("labelled records: prose, labels without a number and fewer than three labelled rows are left alone") {
  std::vector<std::string_view> prose = {"Sasaran strategis yang ditetapkan adalah meningkatnya mutu.",
                                         "SS 1 Meningkatnya mutu layanan", "IKU 1 Indeks kepuasan 80 81"};
  CHECK(reflow_labelled_records(prose).empty());
  std::vector<std::string_view> sentences = {"Sasaran strategis pertama dicapai.", "Sasaran kedua tertunda.",
                                             "Sasaran ketiga: Meningkatnya mutu", "Program dan kegiatan berjalan."};
  CHECK(reflow_labelled_records(sentences).empty());  // labels without their number open no row
}

TEST_CASE("stated instansi: the Unit Kerja / SKPD field of a form's heading, the pemda removed except from an RSUD") {
  std::vector<std::string_view> rsud = {"INDIKATOR KINERJA UTAMA (IKU)", "UNIT KERJA : RUMAH SAKIT UMUM DAERAH KABUPATEN SIDOARJO"};
  CHECK(stated_instansi(rsud) == "Rumah Sakit Umum Daerah Kabupaten Sidoarjo");
  std::vector<std::string_view> dinas = {"Nama Unit Organisasi : DINAS KESEHATAN KABUPATEN KARAWANG"};
  CHECK(stated_instansi(dinas) == "Dinas Kesehatan");
  std::vector<std::string_view> skpd = {"SKPD : BAPPEDA"};
  CHECK(stated_instansi(skpd) == "Bappeda");  // capitals written as a name, as the letterhead reading does
  // A field of another name, or a sentence with a colon far in, states no unit.
  std::vector<std::string_view> others = {"Tugas Pokok : Melaksanakan upaya kesehatan",
                                          "Sasaran strategis yang ditetapkan oleh unit kerja adalah: meningkatnya mutu"};
  CHECK(stated_instansi(others).empty());
}

TEST_CASE("head title: a Kecamatan is led by a Camat, an RSUD by a Direktur, a Dinas keeps Kepala Dinas") {
  CHECK(head_title_of("Kecamatan Sidemen") == "Camat");
  CHECK(head_title_of("Rumah Sakit Umum Daerah Kabupaten Sidoarjo") == "Direktur");
  CHECK(head_title_of("Kementerian Pendidikan dan Kebudayaan") == "Menteri");
  CHECK(head_title_of("Sekretariat DPRD") == "Sekretaris DPRD");
  CHECK(head_title_of("Sekretariat Daerah") == "Sekretaris Daerah");
  CHECK(head_title_of("Badan Kesatuan Bangsa dan Politik") == "Kepala Badan");
  CHECK(head_title_of("Dinas Kesehatan").empty());
  CHECK(head_title_of("").empty());
}

TEST_CASE("head title: the made-up head of a Kementerian table is named Menteri, and the report says so") {
  std::string text =
      "Tabel 2.1 Sasaran Strategis dan Target Kinerja Kementerian Contoh Tahun 2021-2023\n"
      "Sasaran/ Indikator Satuan Target\n"
      "2021 2022 2023\n"
      "SS 1 Meningkatnya mutu layanan publik\n"
      "IKSS 1.1 Indeks kepuasan masyarakat Indeks 80,50 81,25 82,00\n"
      "SS 2 Meningkatnya akuntabilitas kinerja\n"
      "IKSS 2.1 Nilai SAKIP Nilai 70,10 72,20 74,30\n";
  import::ImportResult result = import::import_text("tabel.txt", text, {});
  REQUIRE(result.document.units.size() == 1);
  CHECK(result.document.units.begin()->second.name == "Menteri");
  bool said = false;
  for (const Bilingual& note : result.report.notes) said = said || note.id.find("\"Menteri\"") != std::string::npos;
  CHECK(said);
}

TEST_CASE("names agency: the agency's name, with its pemda, or its initials, is the agency itself") {
  CHECK(names_agency("BKD", "Badan Kepegawaian Daerah"));
  CHECK(names_agency("Badan Kepegawaian Daerah Kabupaten Semarang", "Badan Kepegawaian Daerah"));
  CHECK(names_agency("badan kepegawaian daerah", "Badan Kepegawaian Daerah"));
  CHECK(names_agency("DKPP", "Dinas Ketahanan Pangan dan Perikanan"));  // "dan" has no letter in the initials
  CHECK_FALSE(names_agency("Bidang Mutasi", "Badan Kepegawaian Daerah"));
  CHECK_FALSE(names_agency("BKD", ""));
  CHECK_FALSE(names_agency("BK", "Badan Kepegawaian Daerah"));
}
