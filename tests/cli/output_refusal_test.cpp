// The command line never writes an export or a report over a document or over its own input, writes every
// output through a temporary file, and takes UTF-8 file names.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "cli_test_support.h"
#include "core/text/utf8_path.h"
#include "core/store/document_file.h"

using cli_test::run;
using cli_test::fixture;
using cli_test::read;
namespace fs = std::filesystem;

namespace {

std::set<std::string> names_in(const fs::path& folder) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) names.insert(entry.path().filename().string());
  return names;
}

bool opens(const std::string& path) {
  pokin::Document document;
  try {
    pokin::store::DocumentFile::open(path, document);
    return true;
  } catch (const pokin::UserError&) {
    return false;
  }
}

}  // namespace

TEST_CASE("pokin export -o naming the document, or another .pokin, is refused and the document still opens") {
  cli_test::TempDir dir;
  std::string document = dir.file("dinas.pokin");
  REQUIRE(run({"import", fixture("cascade_kode.csv"), "-o", document}).exit_code == 0);
  const std::string bytes = read(document);

  for (std::string format : {"svg", "pdf", "png", "dot", "docx", "csv", "xlsx"}) {
    CAPTURE(format);
    auto result = run({"--lang", "en", "export", document, "-f", format, "-o", document});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("is a Pokin document") != std::string::npos);
  }
  // The same document under a name without .pokin: its SQLite header gives it away.
  std::string copy = dir.file("salinan.db");
  fs::copy_file(document, copy);
  auto renamed = run({"export", document, "-f", "svg", "-o", copy});
  CHECK(renamed.exit_code == 1);
  CHECK(renamed.err.find("dokumen Pokin") != std::string::npos);
  CHECK(read(copy) == bytes);

  CHECK(read(document) == bytes);
  CHECK(opens(document));
  CHECK(names_in(dir.path) == std::set<std::string>{"dinas.pokin", "salinan.db"});
}

TEST_CASE("pokin import --report naming a document or a source is refused before anything is written") {
  cli_test::TempDir dir;
  std::string document = dir.file("dinas.pokin");
  REQUIRE(run({"new", document, "--instansi", "Dinas", "--period", "2021-2026"}).exit_code == 0);
  const std::string bytes = read(document);
  std::string source = dir.file("sumber.csv");
  fs::copy_file(fixture("cascade_kode.csv"), source);
  const std::string source_bytes = read(source);

  auto over_document = run({"--lang", "en", "import", source, "-o", dir.file("baru.pokin"), "--report", document});
  CHECK(over_document.exit_code == 1);
  CHECK(over_document.err.find("is a Pokin document") != std::string::npos);
  CHECK(read(document) == bytes);
  CHECK(opens(document));
  CHECK(!fs::exists(dir.file("baru.pokin")));  // refused before the import wrote its -o

  auto over_own_output = run({"import", source, "-o", dir.file("baru.db"), "--report", dir.file("baru.db")});
  CHECK(over_own_output.exit_code == 1);
  CHECK(!fs::exists(dir.file("baru.db")));

  auto over_source = run({"--lang", "en", "import", source, "-o", dir.file("baru.pokin"), "--report", source});
  CHECK(over_source.exit_code == 1);
  CHECK(over_source.err.find("also a file this command reads or writes") != std::string::npos);
  CHECK(read(source) == source_bytes);

  // The document named by --into (and written as -o) stays a document, the report goes beside it.
  auto into = run({"import", source, "--into", document, "-o", document, "--report", dir.file("laporan.txt")});
  CHECK(into.exit_code == 0);
  CHECK(opens(document));
  CHECK(read(dir.file("laporan.txt")).find("sumber.csv") != std::string::npos);
  CHECK(names_in(dir.path) == std::set<std::string>{"dinas.pokin", "laporan.txt", "sumber.csv"});
}

TEST_CASE("pokin check -o writes the report to a file, never over the document") {
  cli_test::TempDir dir;
  std::string document = dir.file("dinas.pokin");
  REQUIRE(run({"import", fixture("cascade_kode.csv"), "-o", document}).exit_code == 0);
  const std::string bytes = read(document);

  auto refused = run({"--lang", "en", "check", document, "--json", "-o", document});
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("is a Pokin document") != std::string::npos);
  CHECK(read(document) == bytes);

  auto csv = run({"check", document, "--csv", "-o", dir.file("temuan.csv")});
  CHECK(csv.exit_code != 1);
  CHECK(csv.out.find("Ditulis") != std::string::npos);
  CHECK(read(dir.file("temuan.csv")).rfind("\xEF\xBB\xBFTingkat;Pemeriksaan;", 0) == 0);
  auto json = run({"check", document, "--json", "-o", dir.file("temuan.json")});
  CHECK(read(dir.file("temuan.json")).rfind("{", 0) == 0);
  CHECK(names_in(dir.path) == std::set<std::string>{"dinas.pokin", "temuan.csv", "temuan.json"});
}

TEST_CASE("a failed export leaves the earlier export as it was and says why") {
  cli_test::TempDir dir;
  std::string document = dir.file("dinas.pokin");
  REQUIRE(run({"import", fixture("cascade_kode.csv"), "-o", document}).exit_code == 0);
  std::string svg = dir.file("pohon.svg");
  REQUIRE(run({"export", document, "-f", "svg", "-o", svg}).exit_code == 0);
  const std::string earlier = read(svg);

  auto refused = run({"export", document, "-f", "svg", "-o", svg, "--year", "1999"});
  CHECK(refused.exit_code == 1);
  CHECK(read(svg) == earlier);

  auto missing = run({"--lang", "en", "export", document, "-f", "xlsx", "-o", dir.file("tidak-ada/tabel.xlsx")});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("does not exist") != std::string::npos);
  CHECK(names_in(dir.path) == std::set<std::string>{"dinas.pokin", "pohon.svg"});
}

TEST_CASE("file names in UTF-8 are read and written as they are, and printed back unchanged") {
  cli_test::TempDir dir;
  const std::string name = "Pohon Kinerja \xE2\x80\x93 Dinas Pen\xC3\xA9" "an";  // en dash, é
  fs::path source = dir.path / fs::path(std::u8string(u8"sumber é.csv"));
  fs::copy_file(fixture("cascade_kode.csv"), source);
  std::string document = (dir.path / fs::path(std::u8string(name.begin(), name.end()))).string() + ".pokin";
  std::string source_argument = pokin::utf8_path(source);

  auto imported = run({"import", source_argument, "-o", document});
  REQUIRE(imported.exit_code == 0);
  CHECK(imported.out.find(name) != std::string::npos);
  auto exported = run({"export", document, "-f", "svg", "-o", dir.file(name + ".svg")});
  CHECK(exported.exit_code == 0);
  CHECK(exported.out.find(name + ".svg") != std::string::npos);
  CHECK(fs::exists(dir.path / fs::path(std::u8string(name.begin(), name.end()) + u8".svg")));
}
