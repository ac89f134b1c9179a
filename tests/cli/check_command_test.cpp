#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <string>

#include "core/store/document_file.h"
#include "tests/cli/cli_test_support.h"
#include "tests/core/hand_built_document.h"

using namespace pokin;
using pokin::testing::CleanCascade;

namespace {

using cli_test::run;

// A .pokin file holding `document`, in a temporary folder removed at the end of the test.
struct DocumentOnDisk {
  explicit DocumentOnDisk(const Document& document) {
    store::DocumentFile::create(folder.file("dokumen.pokin"), document);
  }
  std::string path() const { return folder.file("dokumen.pokin"); }
  cli_test::TempDir folder;
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The labels of the nodes of every finding of `rule` in `pokin check --json` output.
std::multiset<std::string> labels_of(const std::string& json, const std::string& rule) {
  std::multiset<std::string> labels;
  const std::string marker = R"("rule":")" + rule + R"(","node":)";
  for (std::size_t at = json.find(marker); at != std::string::npos; at = json.find(marker, at + 1)) {
    std::size_t label = json.find(R"("label":")", at) + 9;
    labels.insert(json.substr(label, json.find('"', label) - label));
  }
  return labels;
}

}  // namespace

TEST_CASE("pokin check --json: a clean document has no findings, exits 0 and reports the cascade per level") {
  CleanCascade doc;
  DocumentOnDisk file(doc.document);
  cli_test::Result result = run({"check", file.path(), "--json"});
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK(contains(result.out, R"("errors":0,"warnings":0,"infos":0,"findings":[])"));
  CHECK(contains(
      result.out,
      R"({"level":0,"name":"Sasaran Strategis","sasaran":1,"indikator":1,"linked":0,"cascaded":1,"cascaded_share":100})"));
  CHECK(
      contains(result.out,
               R"("name":"Sasaran Kegiatan","sasaran":1,"indikator":1,"linked":1,"cascaded":0,"cascaded_share":null)"));
  CHECK_FALSE(contains(result.out, R"("capaian")"));
}

TEST_CASE("pokin check --json: findings carry severity, rule, node, message and fix in both languages") {
  CleanCascade doc;
  doc.document.indikator[doc.ik_program].satuan.clear();
  DocumentOnDisk file(doc.document);
  cli_test::Result result = run({"check", file.path(), "--json"});
  CHECK(result.exit_code == 0);  // a warning is not an error
  CHECK(contains(result.out, R"("warnings":1)"));
  CHECK(contains(result.out,
                 R"({"severity":"warning","rule":"satuan_missing","node":)" + std::to_string(doc.ik_program) + ","));
  CHECK(contains(result.out, R"("message":{"id":"Indikator \")"));
  CHECK(contains(result.out, R"(has no satuan.")"));
  CHECK(contains(result.out, R"("fix":{"id":"Isi satuan)"));
}

TEST_CASE("pokin check exits 2 when a finding is an error") {
  CleanCascade doc;
  doc.document.sasaran[doc.sk].level = 1;  // supports a sasaran of its own level
  DocumentOnDisk file(doc.document);
  cli_test::Result json = run({"check", file.path(), "--json"});
  CHECK(json.exit_code == 2);
  CHECK(contains(json.out, R"({"severity":"error","rule":"level_inverted","node":)" + std::to_string(doc.sk) + ","));
  cli_test::Result text = run({"--lang", "en", "check", file.path()});
  CHECK(text.exit_code == 2);
  CHECK(contains(text.out, "Error: 1, Warning: 0, Info: 0"));
  CHECK(contains(text.out, "== Error =="));
  CHECK(contains(text.out, "[level_inverted] (1)"));
  CHECK(contains(text.out, "→ Link it to a sasaran of the level above"));
}

TEST_CASE("pokin check: grouped text output in Bahasa Indonesia") {
  CleanCascade doc;
  doc.document.indikator.erase(doc.ik_kegiatan);
  doc.document.sasaran[doc.sp].parent = kNoId;
  DocumentOnDisk file(doc.document);
  cli_test::Result result = run({"--lang", "id", "check", file.path()});
  CHECK(result.exit_code == 0);
  CHECK(contains(result.out, "== Peringatan =="));
  CHECK(contains(result.out, "Sasaran tanpa indikator [sasaran_without_indikator] (1)"));
  CHECK(contains(result.out, "Sasaran belum terhubung ke sasaran atasan [sasaran_not_linked] (1)"));
  CHECK(contains(result.out, "Sasaran Program: 1 sasaran, 1 indikator, 0 terhubung ke atasan"));
  // The warning group comes before the info group.
  REQUIRE(contains(result.out, "== Info =="));
  CHECK(result.out.find("== Peringatan ==") < result.out.find("== Info =="));
}

TEST_CASE("pokin check --year: capaian per indicator and sasaran with bands") {
  CleanCascade doc;
  Indikator& turun = doc.document.indikator[doc.ik_program];
  turun.polarity = Polarity::Turun;
  turun.target = {{2025, make_value("7")}, {2026, make_value("6")}, {2027, make_value("5")}};
  turun.realisasi[2025] = make_value("6,5");                           // 107,14%
  doc.document.indikator[doc.iku].realisasi[2025] = make_value("40");  // target 80 -> 50%
  DocumentOnDisk file(doc.document);

  cli_test::Result json = run({"check", file.path(), "--json", "--year", "2025"});
  CHECK(json.exit_code == 0);
  CHECK(contains(json.out, R"("capaian":{"year":2025,)"));
  CHECK(contains(json.out, R"("status":"computed","percent":107.1428571,"band":"sangat_baik")"));
  CHECK(contains(json.out, R"("status":"computed","percent":50,"band":"sangat_kurang")"));
  CHECK(contains(json.out, R"("status":"no_realisasi","percent":null)"));
  CHECK(contains(
      json.out,
      R"("indikator_per_band":{"sangat_baik":1,"baik":0,"cukup":0,"kurang":0,"sangat_kurang":1,"not_computable":1},"not_computable_reasons":{"no_realisasi":1})"));

  cli_test::Result text = run({"--lang", "id", "check", file.path(), "--year", "2025"});
  CHECK(contains(text.out, "Capaian 2025:"));
  CHECK(contains(text.out, "Tidak dapat dihitung: 1 (Belum ada realisasi: 1)"));
  CHECK(contains(text.out, "Sasaran yang tertinggal (di bawah 76%):"));
  CHECK(contains(text.out, "▼▼ 50%  SS1 Meningkatnya kualitas pelayanan perizinan"));
}

TEST_CASE("pokin check: a year outside the period and a missing file are user errors (exit 1)") {
  CleanCascade doc;
  DocumentOnDisk file(doc.document);
  cli_test::Result outside = run({"--lang", "en", "check", file.path(), "--year", "2030"});
  CHECK(outside.exit_code == 1);
  CHECK(contains(outside.err, "Year 2030 is outside the Renstra period 2025-2027."));
  CHECK(outside.out.empty());
  CleanCascade no_period;
  no_period.document.info.period_start = no_period.document.info.period_end = 0;
  for (auto& [id, indikator] : no_period.document.indikator) indikator.target.clear();
  DocumentOnDisk without_period(no_period.document);
  cli_test::Result no_targets = run({"--lang", "en", "check", without_period.path(), "--year", "2025"});
  CHECK(no_targets.exit_code == 1);
  CHECK(contains(no_targets.err, "no Renstra period yet"));
  cli_test::Result missing = run({"check", file.path() + ".tidak-ada"});
  CHECK(missing.exit_code == 1);
  CHECK_FALSE(missing.err.empty());
}

TEST_CASE("pokin check --json on the imported seeds: no structural errors, seed 003 reports its copied units") {
  cli_test::TempDir folder;
  for (const char* seed : {"000_35291f5101e1271f", "001_6c00f06231feefe4", "002_33780c05decfbe69",
                           "003_629a2002ab84793b", "004_8df3a47fc9cca565"}) {
    INFO(seed);
    std::string document = folder.file(std::string(seed) + ".pokin");
    cli_test::Result imported = run({"import", std::string(POKIN_FIXTURES) + "/" + seed + ".txt", "-o", document});
    REQUIRE(imported.exit_code == 0);
    cli_test::Result checked = run({"check", document, "--json"});
    CHECK(checked.exit_code == 0);
    CHECK(contains(checked.out, R"("errors":0,)"));
    CHECK(contains(checked.out, R"("levels":[{"level":0,"name":"Sasaran Strategis")"));
    if (std::string(seed).rfind("003", 0) != 0) continue;
    // Six seksi of the listing carry the same copy-pasted sasaran and indicators, and so do the two Seksi
    // Industri.
    std::multiset<std::string> expected{"Seksi Proses Perizinan I Sektor A",
                                        "Seksi Proses Perizinan II Sektor A",
                                        "Seksi Proses Perizinan I Sektor B",
                                        "Seksi Proses Perizinan II Sektor B",
                                        "Seksi Administrasi dan Penyerahan Izin Sektor A",
                                        "Seksi Administrasi dan Penyerahan Izin Sektor B",
                                        "Seksi Industri Agro",
                                        "Seksi Industri Non Agro"};
    CHECK(labels_of(checked.out, "copied_unit") == expected);
  }
}

TEST_CASE("pokin import of a table with Realisasi columns, then pokin check --year: the PermenPAN-RB examples") {
  cli_test::TempDir folder;
  std::string table = folder.file("realisasi.csv");
  std::ofstream(table) << "Unit Kerja;Sasaran;Indikator;Satuan;Polaritas;Target 2025;Realisasi 2025;Target 2026\n"
                          "Kepala Dinas;Meningkatnya kualitas pelayanan;Lama penerbitan izin;hari;turun;7;6,5;6\n"
                          "Kepala Dinas;Menurunnya pengaduan;Jumlah pengaduan;kasus;turun;8;9;7\n";
  std::string document = folder.file("realisasi.pokin");
  REQUIRE(run({"import", table, "-o", document}).exit_code == 0);
  cli_test::Result checked = run({"check", document, "--json", "--year", "2025"});
  CHECK(checked.exit_code == 0);
  CHECK(contains(checked.out, R"("percent":107.1428571,"band":"sangat_baik")"));
  CHECK(contains(checked.out, R"("percent":87.5,"band":"baik")"));
}

TEST_CASE("pokin check --severity / --rule choose what is listed, counts and exit status cover everything") {
  CleanCascade doc;
  doc.document.sasaran[doc.sk].level = 1;               // error
  doc.document.indikator[doc.iku].satuan.clear();       // warning
  doc.document.indikator[doc.iku].sumber_data.clear();  // info
  DocumentOnDisk file(doc.document);
  cli_test::Result warnings = run({"check", file.path(), "--json", "--severity", "warning,info"});
  CHECK(warnings.exit_code == 2);
  CHECK(contains(warnings.out, R"("errors":1,"warnings":1,"infos":1)"));
  CHECK_FALSE(contains(warnings.out, R"("rule":"level_inverted")"));
  CHECK(contains(warnings.out, R"("rule":"satuan_missing")"));
  CHECK(contains(warnings.out, R"("rule":"sumber_data_missing")"));
  cli_test::Result one_rule = run({"--lang", "en", "check", file.path(), "--rule", "sumber_data_missing"});
  CHECK(contains(one_rule.out, "[sumber_data_missing] (1)"));
  CHECK_FALSE(contains(one_rule.out, "[satuan_missing]"));
  CHECK(run({"check", file.path(), "--rule", "no_such_rule"}).exit_code != 0);
}

TEST_CASE("pokin check --csv: one row per finding for a spreadsheet, in the chosen language") {
  CleanCascade doc;
  doc.document.indikator[doc.iku].satuan.clear();
  doc.document.indikator[doc.iku].name = "Indeks kepuasan; \"IKM\"";  // a separator and quotes in a field
  DocumentOnDisk file(doc.document);
  cli_test::Result csv = run({"--lang", "id", "check", file.path(), "--csv"});
  CHECK(csv.exit_code == 0);
  REQUIRE(csv.out.rfind("\xEF\xBB\xBF", 0) == 0);
  CHECK(contains(csv.out, "Tingkat;Pemeriksaan;Aturan;ID;Simpul;Temuan;Saran perbaikan\r\n"));
  CHECK(contains(csv.out, "Peringatan;Indikator tanpa satuan;satuan_missing;" + std::to_string(doc.iku) +
                              R"(;"IK)" + std::to_string(doc.iku) + R"( Indeks kepuasan; ""IKM""";)"));
  CHECK(run({"check", file.path(), "--csv", "--json"}).exit_code != 0);
}
