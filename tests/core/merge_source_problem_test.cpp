// The quick look at a file the planner adds to a merge (core/pemda/merge_source.h merge_source_problem, on
// core/store's starts_like_pokin_document): a Pokin document passes, as does a table the import reads; a missing
// file, a .pokin that is text, and another program's SQLite database are refused, each naming the file.
#include <doctest/doctest.h>

#include <fstream>

#include "core/pemda/merge_source.h"
#include "core/store/document_file.h"
#include "core/store/sqlite.h"
#include "core/text/utf8_path.h"
#include "hand_built_document.h"
#include "tests/scratch_path.h"

using namespace pokin;
namespace fs = std::filesystem;

TEST_CASE("merge source: a quick look refuses a missing file, a .pokin that is text and another program's database") {
  const fs::path dir = test::scratch_path("merge_source_problem");
  fs::remove_all(dir);
  fs::create_directories(dir);
  testing::CleanCascade c;
  store::DocumentFile::create(dir / "dinas.pokin", c.document);
  std::ofstream(dir / "rusak.pokin") << "bukan berkas pokin\n";
  std::ofstream(dir / "renstra.csv") << "kode,pernyataan\n";
  {
    sqlite::Database other(utf8_path(dir / "lain.pokin"), sqlite::Database::Mode::Create);
    other.execute("CREATE TABLE t (x); INSERT INTO t VALUES (1)");
  }
  CHECK(store::starts_like_pokin_document(dir / "dinas.pokin"));
  CHECK_FALSE(store::starts_like_pokin_document(dir / "lain.pokin"));
  CHECK(store::starts_like_sqlite_database(dir / "lain.pokin"));

  CHECK_FALSE(pemda::merge_source_problem(dir / "dinas.pokin").has_value());
  CHECK_FALSE(pemda::merge_source_problem(dir / "renstra.csv").has_value());  // read by the import at merge time
  auto missing = pemda::merge_source_problem(dir / "hilang.pokin");
  REQUIRE(missing.has_value());
  CHECK(missing->en == "hilang.pokin: the file does not exist or cannot be read.");
  for (const char* name : {"rusak.pokin", "lain.pokin"}) {
    auto problem = pemda::merge_source_problem(dir / name);
    REQUIRE(problem.has_value());
    CHECK(problem->id == std::string(name) + ": bukan dokumen Pokin (berkas ini tidak dibuat oleh Pokin, atau rusak).");
    CHECK(problem->en == std::string(name) + ": not a Pokin document (this file was not made by Pokin, or is damaged).");
  }
  auto folder = pemda::merge_source_problem(dir);
  REQUIRE(folder.has_value());
}
