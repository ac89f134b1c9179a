#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "app/cli/command_line.h"
#include "core/store/document_file.h"
#include "tests/core/hand_built_document.h"

using namespace pokin;
using pokin::testing::CleanCascade;

namespace {

// A .pokin file in a fresh temporary folder, removed again at the end of the test.
class TemporaryFile {
 public:
  explicit TemporaryFile(const Document& document) {
    folder_ = std::filesystem::temp_directory_path() /
              ("pokin_check_test_" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::filesystem::remove_all(folder_);
    std::filesystem::create_directories(folder_);
    path_ = folder_ / "dokumen.pokin";
    store::DocumentFile::create(path_, document);
  }
  ~TemporaryFile() { std::filesystem::remove_all(folder_); }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path folder_, path_;
};

struct Run {
  int exit_code;
  std::string out, err;
};

Run run(const std::vector<std::string>& arguments) {
  std::ostringstream out, err;
  int code = cli::run_command_line(arguments, out, err);
  return {code, out.str(), err.str()};
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("pokin check --json: a clean document has no findings, exits 0 and reports the cascade per level") {
  CleanCascade doc;
  TemporaryFile file(doc.document);
  Run result = run({"check", file.path(), "--json"});
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK(contains(result.out, R"("errors":0,"warnings":0,"infos":0,"findings":[])"));
  CHECK(contains(result.out,
                 R"({"level":0,"name":"Sasaran Strategis","sasaran":1,"indikator":1,"linked":0,"cascaded":1,"cascaded_share":100})"));
  CHECK(contains(result.out, R"("name":"Sasaran Kegiatan","sasaran":1,"indikator":1,"linked":1,"cascaded":0,"cascaded_share":null)"));
  CHECK_FALSE(contains(result.out, R"("capaian")"));
}

TEST_CASE("pokin check --json: findings carry severity, rule, node, message and fix in both languages") {
  CleanCascade doc;
  doc.document.indikator[doc.ik_program].satuan.clear();
  TemporaryFile file(doc.document);
  Run result = run({"check", file.path(), "--json"});
  CHECK(result.exit_code == 0);  // a warning is not an error
  CHECK(contains(result.out, R"("warnings":1)"));
  CHECK(contains(result.out, R"({"severity":"warning","rule":"satuan_missing","node":)" +
                                 std::to_string(doc.ik_program) + ","));
  CHECK(contains(result.out, R"("message":{"id":"Indikator \")"));
  CHECK(contains(result.out, R"(has no satuan.")"));
  CHECK(contains(result.out, R"("fix":{"id":"Isi satuan)"));
}

TEST_CASE("pokin check exits 2 when a finding is an error") {
  CleanCascade doc;
  doc.document.sasaran[doc.sk].level = 1;  // supports a sasaran of its own level
  TemporaryFile file(doc.document);
  Run json = run({"check", file.path(), "--json"});
  CHECK(json.exit_code == 2);
  CHECK(contains(json.out, R"({"severity":"error","rule":"level_inverted","node":)" + std::to_string(doc.sk) + ","));
  Run text = run({"--lang", "en", "check", file.path()});
  CHECK(text.exit_code == 2);
  CHECK(contains(text.out, "Error: 1, Warning: 0, Info: 0"));
  CHECK(contains(text.out, "== Error =="));
  CHECK(contains(text.out, "[level_inverted] (1)"));
  CHECK(contains(text.out, "→ Link it to a sasaran of the level above"));
}

TEST_CASE("pokin check: grouped text output in Bahasa Indonesia by default") {
  CleanCascade doc;
  doc.document.indikator.erase(doc.ik_kegiatan);
  doc.document.sasaran[doc.sp].parent = kNoId;
  TemporaryFile file(doc.document);
  Run result = run({"--lang", "id", "check", file.path()});
  CHECK(result.exit_code == 0);
  CHECK(contains(result.out, "== Peringatan =="));
  CHECK(contains(result.out, "Sasaran tanpa indikator [sasaran_without_indikator] (1)"));
  CHECK(contains(result.out, "Sasaran belum terhubung ke sasaran atasan [sasaran_not_linked] (1)"));
  CHECK(contains(result.out, "Sasaran Program: 1 sasaran, 1 indikator, 0 terhubung ke atasan"));
  // The warning group comes before the info group.
  CHECK(result.out.find("== Peringatan ==") < result.out.find("Cascading per level"));
}

TEST_CASE("pokin check --year: capaian per indicator and sasaran with bands") {
  CleanCascade doc;
  Indikator& turun = doc.document.indikator[doc.ik_program];
  turun.polarity = Polarity::Turun;
  turun.target = {{2025, make_value("7")}, {2026, make_value("6")}, {2027, make_value("5")}};
  turun.realisasi[2025] = make_value("6,5");  // 107,14%
  doc.document.indikator[doc.iku].realisasi[2025] = make_value("40");  // target 80 -> 50%
  TemporaryFile file(doc.document);

  Run json = run({"check", file.path(), "--json", "--year", "2025"});
  CHECK(json.exit_code == 0);
  CHECK(contains(json.out, R"("capaian":{"year":2025,)"));
  CHECK(contains(json.out, R"("status":"computed","percent":107.1428571,"band":"sangat_baik")"));
  CHECK(contains(json.out, R"("status":"computed","percent":50,"band":"sangat_kurang")"));
  CHECK(contains(json.out, R"("status":"no_realisasi","percent":null)"));
  CHECK(contains(json.out, R"("indikator_per_band":{"sangat_baik":1,"baik":0,"cukup":0,"kurang":0,"sangat_kurang":1,"not_computable":1})"));

  Run text = run({"--lang", "id", "check", file.path(), "--year", "2025"});
  CHECK(contains(text.out, "Capaian 2025:"));
  CHECK(contains(text.out, "Sasaran yang tertinggal (di bawah 76%):"));
  CHECK(contains(text.out, "▼▼ 50%  SS1 Meningkatnya kualitas pelayanan perizinan"));
}

TEST_CASE("pokin check: a year outside the period and a missing file are user errors (exit 1)") {
  CleanCascade doc;
  TemporaryFile file(doc.document);
  Run outside = run({"--lang", "en", "check", file.path(), "--year", "2030"});
  CHECK(outside.exit_code == 1);
  CHECK(contains(outside.err, "Year 2030 is outside the Renstra period 2025-2027."));
  CHECK(outside.out.empty());
  Run missing = run({"check", file.path() + ".tidak-ada"});
  CHECK(missing.exit_code == 1);
  CHECK_FALSE(missing.err.empty());
}
