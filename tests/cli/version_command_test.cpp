// `pokin version save|list` and `--version NAME` on `pokin export` and `pokin info`: a version recorded before
// the targets changed exports the old targets; the file itself keeps its current state; a missing version is a
// clear refusal. Target texts are chosen by hand ("111,5" then "987,6") so that each export can only hold one.
#include <doctest/doctest.h>

#include <filesystem>

#include "cli_test_support.h"
#include "core/store/document_file.h"
#include "core/store/document_versions.h"

namespace {

const std::string kExample = std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin";

// Sets every year's target of the first indikator of a level-0 sasaran (an IKU) to `text`, and saves.
void set_iku_targets(const std::string& file, const std::string& text) {
  pokin::Document document;
  auto opened = pokin::store::DocumentFile::open(file, document);
  for (auto& [id, indikator] : document.indikator) {
    if (document.sasaran.at(indikator.sasaran).level != 0) continue;
    for (int year = document.info.period_start; year <= document.info.period_end; ++year)
      indikator.target[year] = pokin::Value{text, std::nullopt};
    break;
  }
  opened.save(document);
}

}  // namespace

TEST_CASE("pokin version save and list, then export --version writes the old targets") {
  cli_test::TempDir dir;
  const std::string file = dir.file("renstra.pokin");
  std::filesystem::copy_file(kExample, file);
  set_iku_targets(file, "111,5");

  auto saved = cli_test::run({"version", "save", file, "--name", "Renstra awal", "--sk", "188.45/12/2021",
                              "--date", "2021-06-30"});
  REQUIRE(saved.exit_code == 0);
  CHECK(saved.out.find("Versi \"Renstra awal\" disimpan (2021-06-30, SK 188.45/12/2021)") == 0);
  set_iku_targets(file, "987,6");

  auto listed = cli_test::run({"version", "list", file});
  REQUIRE(listed.exit_code == 0);
  CHECK(listed.out.find("2021-06-30  Renstra awal  (SK 188.45/12/2021)") == 0);
  auto json = cli_test::run({"version", "list", file, "--json"});
  CHECK(json.out.find("\"name\":\"Renstra awal\"") != std::string::npos);

  const std::string old_csv = dir.file("lama.csv"), new_csv = dir.file("baru.csv");
  auto old_export = cli_test::run({"export", file, "--version", "Renstra awal", "-f", "csv", "--form", "iku",
                                   "--targets", "-o", old_csv});
  REQUIRE(old_export.exit_code == 0);
  auto new_export = cli_test::run({"export", file, "-f", "csv", "--form", "iku", "--targets", "-o", new_csv});
  REQUIRE(new_export.exit_code == 0);
  const std::string old_text = cli_test::read(old_csv), new_text = cli_test::read(new_csv);
  CHECK(old_text.find("111,5") != std::string::npos);
  CHECK(old_text.find("987,6") == std::string::npos);
  CHECK(new_text.find("987,6") != std::string::npos);
  CHECK(new_text.find("111,5") == std::string::npos);

  // Reading a version never writes it back: the file still holds the new targets.
  pokin::Document current;
  pokin::store::DocumentFile::open(file, current);
  bool found_new = false;
  for (const auto& [id, indikator] : current.indikator)
    for (const auto& [year, value] : indikator.target) found_new = found_new || value.text == "987,6";
  CHECK(found_new);

  auto info = cli_test::run({"info", file, "--version", "Renstra awal"});
  REQUIRE(info.exit_code == 0);
  CHECK(info.out.find("Versi Renstra awal (hanya baca)\n") == 0);
}

TEST_CASE("pokin version refuses a used name and a missing version") {
  cli_test::TempDir dir;
  const std::string file = dir.file("renstra.pokin");
  std::filesystem::copy_file(kExample, file);
  REQUIRE(cli_test::run({"version", "save", file, "--name", "Awal"}).exit_code == 0);
  auto again = cli_test::run({"version", "save", file, "--name", "Awal"});
  CHECK(again.exit_code == 1);
  CHECK(again.err == "pokin: Versi bernama \"Awal\" sudah ada di berkas ini; pilih nama lain.\n");
  auto missing = cli_test::run({"--lang", "en", "export", file, "--version", "Tidak ada", "-f", "svg", "-o",
                                dir.file("x.svg")});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err ==
        "pokin: There is no version \"Tidak ada\" in this file. See the list in File > Versions.\n");
  CHECK_FALSE(std::filesystem::exists(dir.file("x.svg")));
  auto empty = cli_test::run({"version", "list", dir.file("tidak-ada.pokin")});
  CHECK(empty.exit_code == 1);
}
