// `pokin diff`: the summary, the JSON, the matriks perubahan files and the errors a planner can cause.
#include <doctest/doctest.h>

#include "cli_test_support.h"
#include "core/store/document_file.h"
#include "core/store/document_versions.h"
#include "tests/core/hand_built_document.h"

using cli_test::run;

namespace {

// The CleanCascade saved twice: as it was, and with SS1's 2025 target raised and SP1's indikator removed.
struct SavedPair {
  cli_test::TempDir dir;
  std::string before = dir.file("renstra_2021.pokin");
  std::string after = dir.file("renstra_2023.pokin");
  SavedPair() {
    pokin::testing::CleanCascade cascade;
    pokin::store::DocumentFile::create(before, cascade.document);
    pokin::Document changed = cascade.document;
    changed.indikator.at(cascade.iku).target[2025] = {"85", 85.0};
    changed.indikator.erase(cascade.ik_program);
    pokin::store::DocumentFile::create(after, changed);
  }
};

}  // namespace

TEST_CASE("pokin diff: a summary with counts per kind, then the changes in tree order") {
  SavedPair pair;
  auto result = run({"diff", pair.before, pair.after});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("(dicocokkan menurut id)") != std::string::npos);
  CHECK(result.out.find("Ditambahkan: 0, Dihapus: 1, Dipindahkan: 0, Perubahan rumusan: 0, Perubahan isian: 0, "
                        "Perubahan target: 1") != std::string::npos);
  auto target = result.out.find("~ Indikator IK7 Indeks kepuasan masyarakat: Target 2025 \"80\" -> \"85\"");
  auto removed = result.out.find("- Indikator IK8 Persentase izin terbit tepat waktu");
  CHECK(target != std::string::npos);
  CHECK(removed != std::string::npos);
  CHECK(target < removed);  // SS1 comes before SP1

  auto english = run({"--lang", "en", "diff", pair.before, pair.after, "--by-content"});
  REQUIRE(english.exit_code == 0);
  CHECK(english.out.find("(matched by codes and text)") != std::string::npos);
  CHECK(english.out.find("Removed: 1") != std::string::npos);
}

TEST_CASE("pokin diff: the same file twice has no change") {
  SavedPair pair;
  auto result = run({"diff", pair.before, pair.before});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("Tidak ada perubahan.") != std::string::npos);
  auto json = run({"diff", pair.before, pair.before, "-f", "json"});
  CHECK(json.out.find("\"changes\":[]") != std::string::npos);
}

TEST_CASE("pokin diff: JSON and the matriks perubahan as files") {
  SavedPair pair;
  auto json_file = pair.dir.file("perubahan.json");
  auto json = run({"diff", pair.before, pair.after, "-o", json_file});
  REQUIRE(json.exit_code == 0);
  std::string text = cli_test::read(json_file);
  CHECK(text.find("\"removed\":1") != std::string::npos);
  CHECK(text.find("\"kind\":\"target_changed\"") != std::string::npos);

  auto csv_file = pair.dir.file("perubahan.csv");
  REQUIRE(run({"diff", pair.before, pair.after, "-f", "csv", "-o", csv_file}).exit_code == 0);
  std::string csv = cli_test::read(csv_file);
  CHECK(csv.find("Jenis Perubahan") != std::string::npos);
  CHECK(csv.find("Perubahan target") != std::string::npos);
  CHECK(csv.find("Dihapus") != std::string::npos);

  for (const char* format : {"xlsx", "docx", "pdf"}) {
    auto file = pair.dir.file(std::string("perubahan.") + format);
    auto written = run({"diff", pair.before, pair.after, "-f", format, "-o", file});
    CHECK(written.exit_code == 0);
    CHECK(std::filesystem::file_size(file) > 1000);
  }
}

TEST_CASE("pokin diff: errors a planner can cause are bilingual and write nothing") {
  SavedPair pair;
  auto missing = run({"diff", pair.before, pair.dir.file("tidak_ada.pokin")});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("tidak ditemukan") != std::string::npos);
  auto english = run({"--lang", "en", "diff", pair.dir.file("tidak_ada.pokin"), pair.after});
  CHECK(english.err.find("was not found") != std::string::npos);

  auto no_output = run({"diff", pair.before, pair.after, "-f", "xlsx"});
  CHECK(no_output.exit_code == 1);
  CHECK(no_output.err.find("-o") != std::string::npos);

  auto over_document = run({"diff", pair.before, pair.after, "-f", "json", "-o", pair.after});
  CHECK(over_document.exit_code == 1);
  CHECK(pokin::store::starts_like_sqlite_database(pair.after));

  auto both = run({"diff", pair.before, pair.after, "--by-id", "--by-content"});
  CHECK(both.exit_code != 0);
}

TEST_CASE("pokin diff: the compared tree as SVG, with the changed target and the removed indikator marked") {
  SavedPair pair;
  std::string svg = pair.dir.file("pohon.svg");
  auto figure = run({"diff", pair.before, pair.after, "-f", "svg", "-o", svg});
  REQUIRE(figure.exit_code == 0);
  CHECK(figure.out.find("2 perubahan ditandai pada pohon") != std::string::npos);
  std::string text = cli_test::read(svg);
  CHECK(text.find("Target 2025: 80 \xE2\x86\x92 85") != std::string::npos);
  CHECK(text.find("Dihapus") != std::string::npos);
  CHECK(text.find("Perubahan:") != std::string::npos);  // the legend of the marks

  auto pdf = run({"diff", pair.before, pair.after, "-f", "pdf", "--tree", "-o", pair.dir.file("pohon.pdf")});
  CHECK(pdf.exit_code == 0);
  CHECK(cli_test::read(pair.dir.file("pohon.pdf")).rfind("%PDF", 0) == 0);
}

TEST_CASE("pokin diff --view unit: a renamed unit names its old name, in the unit boxes and in the sasaran boxes") {
  cli_test::TempDir dir;
  std::string before = dir.file("sebelum_sotk.pokin"), after = dir.file("sesudah_sotk.pokin");
  pokin::testing::CleanCascade cascade;
  pokin::store::DocumentFile::create(before, cascade.document);
  pokin::Document renamed = cascade.document;
  renamed.units.at(cascade.seksi).name = "Seksi Verifikasi Perizinan";
  pokin::store::DocumentFile::create(after, renamed);

  std::string units_svg = dir.file("unit.svg");
  auto units = run({"diff", before, after, "-f", "svg", "--view", "unit", "-o", units_svg});
  REQUIRE(units.exit_code == 0);
  CHECK(cli_test::read(units_svg).find("Semula: Seksi Proses Perizinan") != std::string::npos);
  CHECK(cli_test::read(units_svg).find("Pohon Kinerja: perubahan antarversi") != std::string::npos);

  std::string sasaran_svg = dir.file("sasaran.svg");
  auto sasaran = run({"diff", before, after, "-f", "svg", "-o", sasaran_svg});
  REQUIRE(sasaran.exit_code == 0);
  CHECK(cli_test::read(sasaran_svg).find("Unit semula: Seksi Proses Perizinan") != std::string::npos);
  CHECK(sasaran.out.find("Tidak tampak") == std::string::npos);  // the one change has its box

  auto wrong = run({"diff", before, after, "-f", "svg", "--view", "bidang", "-o", dir.file("x.svg")});
  CHECK(wrong.exit_code != 0);
}

TEST_CASE("pokin diff --old-version: a version saved inside the file against the file as it is now") {
  cli_test::TempDir dir;
  std::string file = dir.file("renstra.pokin");
  pokin::testing::CleanCascade cascade;
  {
    auto saved = pokin::store::DocumentFile::create(file, cascade.document);
    pokin::store::save_version(saved, cascade.document, "Renstra 2021", "188.45/1/2021", "2021-03-01");
    pokin::Document changed = cascade.document;
    changed.indikator.at(cascade.iku).target[2025] = {"85", 85.0};
    saved.save(changed);
  }
  auto result = run({"diff", file, file, "--old-version", "Renstra 2021"});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("Perubahan target: 1") != std::string::npos);
  CHECK(result.out.find("Target 2025 \"80\" -> \"85\"") != std::string::npos);

  auto unknown = run({"diff", file, file, "--old-version", "Renstra 2019"});
  CHECK(unknown.exit_code != 0);
  CHECK(unknown.err.find("Renstra 2019") != std::string::npos);
}
