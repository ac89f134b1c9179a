// The row labels of Renstra K/L and LKjIP tables (SS, IKSS, IKU, SP, IKP ...) and the agency a table's title names.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/import/cell_label.h"
#include "core/import/document_metadata.h"
#include "core/import/import_document.h"

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
