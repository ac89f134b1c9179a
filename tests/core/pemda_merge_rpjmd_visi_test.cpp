// A Pemda merged under a real RPJMD table: the visi and misi the table writes land on the Pemda unit (tugas =
// visi, fungsi = misi), each tujuan noted under its misi, the tujuan, sasaran and indikator at level 0 as counted
// by eye from the source (tests/fixtures/pemda/SOURCES.md), and every line the importer could not place listed in
// the merge report. The OPD are synthetic (tests/core/pemda_test_documents.h).
#include <doctest/doctest.h>

#include <string>

#include "core/model/pemda_structure.h"
#include "core/pemda/merge_documents.h"
#include "core/synthetic/synthetic_document.h"
#include "tests/core/pemda_test_documents.h"

using namespace pokin;
using namespace pokin::pemda;

namespace {

struct RpjmdLevelCounts {
  int tujuan = 0, sasaran = 0, indikator = 0;
};

RpjmdLevelCounts rpjmd_level_counts(const Document& pemda) {
  RpjmdLevelCounts counts;
  Id head = pokin::pemda_unit(pemda);
  for (const auto& [id, s] : pemda.sasaran)
    if (s.unit == head && s.level == 0) (s.kind == StatementKind::Tujuan ? counts.tujuan : counts.sasaran)++;
  for (const auto& [id, i] : pemda.indikator) counts.indikator += pemda.sasaran.at(i.sasaran).unit == head;
  return counts;
}

const Sasaran* rpjmd_statement(const Document& pemda, const std::string& statement) {
  for (const auto& [id, s] : pemda.sasaran)
    if (s.unit == pokin::pemda_unit(pemda) && s.statement == statement) return &s;
  return nullptr;
}

MergeResult merge_under(const std::string& fixture, const std::string& pemda_name) {
  SyntheticOptions options;
  options.sasaran = 100;  // two OPD
  std::vector<Document> opds = pemda_test::split_opds(make_synthetic_document(options));
  MergeRequest request;
  request.pemda = pemda_name;
  request.merged_at = "2026-12-02T20:00:00Z";
  request.rpjmd = read_merge_source(std::string(POKIN_FIXTURES) + "/pemda/" + fixture);
  for (std::size_t k = 0; k < opds.size(); ++k)
    request.opd.push_back(pemda_test::source_of(opds[k], "opd" + std::to_string(k) + ".pokin"));
  return merge_documents(request);
}

}  // namespace

TEST_CASE("Kota Tangerang Selatan: visi, five misi, each tujuan under its misi, on the Pemda unit") {
  // Counted by eye from the source: 1 visi, 5 misi, 5 tujuan (one per misi), 13 sasaran (5 + 1 + 3 + 3 + 1; first
  // counted 12, missing one of the two nodes the source numbers 14), no indikator.
  MergeResult merged = merge_under("rpjmd_keterkaitan_kota_tangerang_selatan.txt", "Kota Tangerang Selatan");
  const Document& pemda = merged.document;
  const Unit& head = pemda.units.at(pokin::pemda_unit(pemda));
  CHECK(head.tugas == "TERWUJUDNYA TANGSEL UNGGUL, MENUJU KOTA LESTARI, SALING TERKONEKSI, EFEKTIF DAN EFISIEN");
  REQUIRE(head.fungsi.size() == 5);
  CHECK(head.fungsi[0] == "Misi 1: PEMBANGUNAN SUMBER DAYA MANUSIA (SDM) YANG UNGGUL");
  CHECK(head.fungsi[4] == "Misi 5: MEMBANGUN BIROKRASI YANG EFEKTIF DAN EFISIEN");

  RpjmdLevelCounts counts = rpjmd_level_counts(pemda);
  CHECK(counts.tujuan == 5);
  CHECK(counts.sasaran == 13);
  CHECK(counts.indikator == 0);

  const Sasaran* layak_huni = rpjmd_statement(pemda, "Meningkatkan Kualitas Kota Sebagai Kota Layak Huni");
  REQUIRE(layak_huni);
  CHECK(layak_huni->kind == StatementKind::Tujuan);
  CHECK(layak_huni->note == "Misi 3");
  const Sasaran* investasi = rpjmd_statement(pemda, "Meningkatnya Investasi");
  const Sasaran* ekonomi = rpjmd_statement(pemda, "Meningkatkan Perekonomian dan Daya Saing Ekonomi Daerah");
  REQUIRE(investasi);
  REQUIRE(ekonomi);
  CHECK(investasi->parent == ekonomi->id);
  CHECK(ekonomi->note == "Misi 4");

  std::string report = render_merge_report(merged.report, Language::English);
  CHECK(report.find("The visi and 5 misi of the RPJMD are kept on the Pemda unit") != std::string::npos);
  CHECK(report.find("5 of 5 top tujuan/sasaran are noted under their misi") != std::string::npos);
}

TEST_CASE("Provinsi Sulawesi Tenggara: the visi and misi 1 kept, the line the importer mis-reads listed as not taken") {
  // Counted by eye from the source: 1 visi, 1 misi ("Misi1:" then its text in the Misi column), 1 tujuan, 2 sasaran
  // (5 and 8), 2 indikator (one per sasaran). FINDING: the cells are separated by runs of four blanks, which the
  // reader of text without borders does not take for columns: it joins the misi's text and "Tujuan 1 :" into one
  // statement and cannot place line 6 (the tujuan and Sasaran 5). What is right is asserted; the rest must be listed.
  MergeResult merged = merge_under("rpjmd_misi_tujuan_sasaran_prov_sulawesi_tenggara_2018_2023.txt", "Provinsi Sulawesi Tenggara");
  const Document& pemda = merged.document;
  const Unit& head = pemda.units.at(pokin::pemda_unit(pemda));
  CHECK(head.tugas == "Terwujudnya Sulawesi Tenggara yang Aman, Maju, Sejahtera dan Bermartabat");
  REQUIRE(head.fungsi.size() == 1);
  CHECK(head.fungsi[0].rfind("Misi 1", 0) == 0);
  const Sasaran* iklim = rpjmd_statement(pemda, "Memerangi perubahan iklim dan dampaknya");
  REQUIRE(iklim);
  int iklim_indikator = 0;
  for (const auto& [id, i] : pemda.indikator)
    iklim_indikator += i.sasaran == iklim->id && i.name == "Persentase kabupaten/kota yang tangguh bencana";
  CHECK(iklim_indikator == 1);
  // The tujuan and Sasaran 5 the reader could not place: listed, with their line, not dropped.
  bool line_six = false;
  for (const UnreadRpjmdLine& line : merged.report.rpjmd_unread)
    line_six = line_six || (line.line == 6 && line.text.find("Meningkatkan kondisi aman") != std::string::npos);
  CHECK(line_six);
  std::string report = render_merge_report(merged.report, Language::Indonesian);
  CHECK(report.find("Baris RPJMD yang tidak dipahami (tidak diambil): ") != std::string::npos);
}

TEST_CASE("Kota Sukabumi IKU table: the visi and misi 1 spanning the table are kept, its broken lines listed") {
  // tests/fixtures/real/50_...: by eye 1 visi, 1 misi (its text wrapped onto a second line), no tujuan nor sasaran
  // statement, 3 settled indikator and one cut (tests/fixtures/real/expected/50.tree).
  SyntheticOptions options;
  options.sasaran = 100;
  std::vector<Document> opds = pemda_test::split_opds(make_synthetic_document(options));
  MergeRequest request;
  request.pemda = "Kota Sukabumi";
  request.merged_at = "2026-12-02T20:00:00Z";
  request.rpjmd = read_merge_source(std::string(POKIN_FIXTURES) + "/real/50_rpjmd_iku_tabel81_kota_sukabumi_2018_2023_pdf.txt");
  for (std::size_t k = 0; k < opds.size(); ++k)
    request.opd.push_back(pemda_test::source_of(opds[k], "opd" + std::to_string(k) + ".pokin"));
  MergeResult merged = merge_documents(request);
  const Unit& head = merged.document.units.at(pokin::pemda_unit(merged.document));
  CHECK(head.tugas == "TERWUJUDNYA KOTA SUKABUMI YANG RELIGIUS, NYAMAN DAN SEJAHTERA");
  REQUIRE(head.fungsi.size() == 1);
  CHECK(head.fungsi[0].rfind("Misi 1: MEWUJUDKAN MASYARAKAT YANG BERAKHLAK MULIA, SEHAT, CERDAS, KREATIF DAN BERBUDAYA", 0) == 0);
  CHECK(rpjmd_level_counts(merged.document).tujuan == 0);
  // The lines the importer could not place are in the merge report, one by one, and the report says so.
  CHECK_FALSE(merged.report.rpjmd_unread.empty());
  std::string report = render_merge_report(merged.report, Language::English);
  CHECK(report.find("RPJMD lines not understood (not taken): " + std::to_string(merged.report.rpjmd_unread.size())) !=
        std::string::npos);
}
