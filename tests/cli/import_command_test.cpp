#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_test_support.h"
#include "core/store/document_file.h"

using cli_test::run;
using cli_test::fixture;
using cli_test::read;

TEST_CASE("pokin import reads a lampiran decree, pokin info --json shows its counts") {
  cli_test::TempDir dir;
  auto out = dir.file("balangan.pokin");
  auto report = dir.file("laporan.txt");
  auto imported = run({"--lang", "en", "import", fixture("004_8df3a47fc9cca565.txt"), "-o", out, "--report", report});
  REQUIRE(imported.exit_code == 0);
  CHECK(imported.out.find("(lampiran): 23 units, 48 sasaran, 48 indicators") != std::string::npos);

  auto info = run({"info", out, "--json"});
  REQUIRE(info.exit_code == 0);
  CHECK(info.out.find("\"units\":23") != std::string::npos);
  CHECK(info.out.find("\"sasaran\":48") != std::string::npos);
  CHECK(info.out.find("\"indikator\":48") != std::string::npos);
  CHECK(info.out.find("\"period\":[2021,2026]") != std::string::npos);
  CHECK(info.out.find("\"suggested_links\":0") == std::string::npos);

  std::string text = read(report);
  CHECK(text.find("Sub Koordinator Hubungan Industrial: 2 sasaran, 2 indicators") != std::string::npos);
  CHECK(text.find("line 144:") != std::string::npos);  // the "---" rule line, with its number
  CHECK(text.find("Suggested cascade links") != std::string::npos);
}

TEST_CASE("pokin import --into adds to an existing document and --format/--map are honoured") {
  cli_test::TempDir dir;
  auto base = dir.file("dinas.pokin");
  REQUIRE(run({"new", base, "--instansi", "Dinas Uji", "--period", "2024-2028"}).exit_code == 0);
  auto csv = dir.file("matriks.csv");
  std::ofstream(csv) << "Uraian;Ukuran;Tahun-2\nMeningkatnya layanan;Indeks kepuasan;85\n";
  auto out = dir.file("gabung.pokin");
  auto imported = run({"import", csv, fixture("003_629a2002ab84793b.txt"), "--into", base, "-o", out, "--map",
                       "Uraian=sasaran", "--map", "Ukuran=indikator", "--map", "3=target:2"});
  REQUIRE(imported.exit_code == 0);
  pokin::Document document;
  pokin::store::DocumentFile::open(out, document);
  CHECK(document.info.instansi == "Dinas Uji");  // the existing metadata is kept
  CHECK(document.sasaran.size() == 1 + 46);
  bool target_2025 = false;
  for (const auto& [id, indikator] : document.indikator)
    if (indikator.name == "Indeks kepuasan") target_2025 = indikator.target.count(2025) == 1;
  CHECK(target_2025);  // "Tahun-2" of the period 2024-2028
  pokin::Document untouched;
  pokin::store::DocumentFile::open(base, untouched);
  CHECK(untouched.sasaran.empty());  // --into without -o on the same file leaves it as it was

  auto listing_as_table = run({"import", fixture("003_629a2002ab84793b.txt"), "-o", dir.file("x.pokin"), "--format", "table"});
  CHECK(listing_as_table.exit_code != 0);
  CHECK(!std::filesystem::exists(dir.file("x.pokin")));
}

TEST_CASE("pokin import refuses bad input with a message and writes nothing") {
  cli_test::TempDir dir;
  auto empty = dir.file("kosong.csv");
  std::ofstream(empty) << "";
  auto result = run({"--lang", "en", "import", empty, "-o", dir.file("out.pokin")});
  CHECK(result.exit_code != 0);
  CHECK(result.err.find("empty") != std::string::npos);
  CHECK(!std::filesystem::exists(dir.file("out.pokin")));

  auto bad_map = run({"import", fixture("003_629a2002ab84793b.txt"), "-o", dir.file("out.pokin"), "--map", "nonsense"});
  CHECK(bad_map.exit_code != 0);
  CHECK(bad_map.err.find("KOLOM=BIDANG") != std::string::npos);

  auto existing = dir.file("ada.pokin");
  REQUIRE(run({"new", existing, "--instansi", "Dinas", "--period", "2021-2026"}).exit_code == 0);
  auto overwrite = run({"import", fixture("003_629a2002ab84793b.txt"), "-o", existing});
  CHECK(overwrite.exit_code != 0);
  CHECK(overwrite.err.find("sudah ada") != std::string::npos);
}
