#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include "core/store/document_file.h"
#include "core/store/schema.h"
#include "core/text/utf8_path.h"
#include "core/synthetic/synthetic_document.h"
#include "sample_document.h"

using namespace pokin;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() : path(fs::temp_directory_path() / ("pokin-test-" + std::to_string(std::random_device{}()))) {
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(path, ignored);
  }
};

void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Opening must fail with a UserError in both languages whose Indonesian text contains `expected`, and leave the
// file's bytes exactly as they were.
void check_open_refused(const fs::path& path, const std::string& expected) {
  std::string before = fs::is_regular_file(path) ? read_bytes(path) : "";
  Document document;
  try {
    store::DocumentFile::open(path, document);
    FAIL("opening should have failed: " << path);
  } catch (const UserError& error) {
    CHECK_MESSAGE(error.message().id.find(expected) != std::string::npos, error.message().id);
    CHECK_FALSE(error.message().en.empty());
  }
  if (fs::is_regular_file(path)) CHECK(read_bytes(path) == before);
}

Document sample_document() {
  Editor editor;
  sample::build(editor);
  Document document = editor.document();
  document.info.nomor_sk = "800/45/SK/DPMPTSP/2023";
  document.info.penandatangan = {"Drs. H. Ahmad Fauzi, M.Si", "19700101 199503 1 001", "Pembina Utama Muda"};
  document.info.levels[3] = {"Sasaran Kinerja Tim", "IK Tim"};
  document.info.text_scales = {{"WTP", "WDP", "TW", "TMP"}, {"AA", "A", "BB", "B"}};
  auto& unit = document.units.begin()->second;
  unit.fungsi = {"perumusan kebijakan", "pelaksanaan kebijakan", "evaluasi dan pelaporan"};
  unit.holder_nip = "19700101 199503 1 001";
  auto& indikator = document.indikator.begin()->second;
  indikator.formula = "Σ izin tepat waktu / Σ izin × 100%";
  indikator.formula_original = R"($\frac{\Sigma izin tepat waktu}{\Sigma izin} \times 100\%$)";
  indikator.polarity = Polarity::Turun;
  indikator.baseline_year = 2020;
  indikator.baseline = {"75,5", 75.5};
  indikator.realisasi[2021] = {"WTP", std::nullopt};
  indikator.weight = 2.5;
  auto& sasaran = document.sasaran.rbegin()->second;
  sasaran.link_origin = LinkOrigin::Suggested;
  sasaran.suggestion_score = 0.625;
  sasaran.note = "Mendukung kecepatan layanan";
  return document;
}

}  // namespace

TEST_CASE("Save then reopen gives the identical model") {
  TempDir dir;
  Document document = sample_document();
  auto path = dir.path / "dokumen.pokin";
  store::DocumentFile::create(path, document);
  Document reopened;
  auto file = store::DocumentFile::open(path, reopened);
  CHECK(reopened.same_content(document));
  CHECK_FALSE(file.read_only());

  SUBCASE("a synthetic Pemda-size document too") {
    SyntheticOptions options;
    options.sasaran = 300;
    Document big = make_synthetic_document(options);
    file.save(big);
    Document again;
    store::DocumentFile::open(path, again);
    CHECK(again.same_content(big));
  }
}

TEST_CASE("The file is a Pokin document of the current schema with foreign keys that hold") {
  TempDir dir;
  auto path = dir.path / "dokumen.pokin";
  store::DocumentFile::create(path, sample_document());
  sqlite::Database database(utf8_path(path), sqlite::Database::Mode::ReadOnly);
  CHECK(database.pragma_int("application_id") == store::kApplicationId);
  CHECK(database.pragma_int("user_version") == store::kSchemaVersion);
  auto violations = database.prepare("PRAGMA foreign_key_check");
  CHECK_FALSE(violations.step());
  // Another tool (the IT office) can read it with plain SQL.
  auto query = database.prepare("SELECT count(*) FROM sasaran JOIN unit ON unit.id = sasaran.unit_id");
  REQUIRE(query.step());
  CHECK(query.integer(0) == 4);
}

TEST_CASE("A file of schema version 1 opens upgraded and is upgraded on disk by the next save") {
  TempDir dir;
  auto path = dir.path / "lama.pokin";
  {
    sqlite::Database database(utf8_path(path), sqlite::Database::Mode::Create);
    store::migrate(database, 1);
    database.execute(
        "UPDATE document SET instansi='Dinas Lama', period_start=2016, period_end=2021;"
        "INSERT INTO unit (id, parent_id, kind, name) VALUES (1, NULL, 'head', 'Kepala Dinas');"
        "INSERT INTO sasaran (id, unit_id, level, code, statement, link_origin) VALUES (2, 1, 0, 'SS1', 'Meningkatnya investasi', 'person');"
        "INSERT INTO indikator (id, sasaran_id, name, polarity) VALUES (3, 2, 'Nilai investasi', 'naik');"
        "INSERT INTO indikator_year VALUES (3, 2017, '5.200', 5200, NULL, NULL);");
  }
  Document document;
  auto file = store::DocumentFile::open(path, document);
  CHECK(file.needs_upgrade());
  CHECK(document.info.instansi == "Dinas Lama");
  REQUIRE(document.indikator.count(3));
  CHECK(document.indikator.at(3).weight == 1);  // the default of version 2
  CHECK(document.indikator.at(3).target.at(2017).number == doctest::Approx(5200));
  CHECK(document.info.text_scales.empty());
  {
    sqlite::Database untouched(utf8_path(path), sqlite::Database::Mode::ReadOnly);
    CHECK(untouched.pragma_int("user_version") == 1);  // opening alone does not rewrite the file
  }
  document.info.text_scales = {{"WTP", "WDP"}};
  file.save(document);
  Document reopened;
  auto upgraded = store::DocumentFile::open(path, reopened);
  CHECK_FALSE(upgraded.needs_upgrade());
  CHECK(reopened.same_content(document));
}

TEST_CASE("Files that are not Pokin documents are refused with a clear message and left untouched") {
  TempDir dir;
  SUBCASE("missing") { check_open_refused(dir.path / "tidak-ada.pokin", "tidak ditemukan"); }
  SUBCASE("a folder") { check_open_refused(dir.path, "folder"); }
  SUBCASE("empty") {
    write_bytes(dir.path / "kosong.pokin", "");
    check_open_refused(dir.path / "kosong.pokin", "kosong");
  }
  SUBCASE("text") {
    write_bytes(dir.path / "teks.pokin", "SASARAN STRATEGIS\tINDIKATOR\nMeningkatnya investasi\tNilai\n");
    check_open_refused(dir.path / "teks.pokin", "bukan dokumen Pokin");
  }
  SUBCASE("random bytes") {
    std::mt19937 random(7);
    std::string bytes(8192, '\0');
    for (char& b : bytes) b = static_cast<char>(random());
    write_bytes(dir.path / "acak.pokin", bytes);
    check_open_refused(dir.path / "acak.pokin", "bukan dokumen Pokin");
  }
  SUBCASE("another application's SQLite file") {
    {
      sqlite::Database other(utf8_path(dir.path / "lain.db"), sqlite::Database::Mode::Create);
      other.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1);");
    }
    check_open_refused(dir.path / "lain.db", "bukan dokumen Pokin");
  }
  SUBCASE("a newer schema") {
    auto path = dir.path / "baru.pokin";
    store::DocumentFile::create(path, sample_document());
    {
      sqlite::Database database(utf8_path(path), sqlite::Database::Mode::ReadWrite);
      database.execute("PRAGMA user_version=99");
    }
    check_open_refused(path, "versi Pokin yang lebih baru");
  }
  SUBCASE("a negative schema version") {
    // Found while adding versions (schema 5): "upgrading" from user_version -1 indexed before the first migration.
    auto path = dir.path / "minus.pokin";
    store::DocumentFile::create(path, sample_document());
    {
      sqlite::Database database(utf8_path(path), sqlite::Database::Mode::ReadWrite);
      database.execute("PRAGMA user_version=-1");
    }
    check_open_refused(path, "rusak atau terpotong dan tidak dapat dibuka (user_version -1)");
  }
  SUBCASE("truncated") {
    auto path = dir.path / "potong.pokin";
    SyntheticOptions options;
    options.sasaran = 200;
    store::DocumentFile::create(path, make_synthetic_document(options));
    std::string bytes = read_bytes(path);
    REQUIRE(bytes.size() > 20000);
    write_bytes(path, bytes.substr(0, bytes.size() / 3));
    check_open_refused(path, "rusak");
  }
  SUBCASE("corrupt pages") {
    auto path = dir.path / "rusak.pokin";
    SyntheticOptions options;
    options.sasaran = 200;
    store::DocumentFile::create(path, make_synthetic_document(options));
    std::string bytes = read_bytes(path);
    for (std::size_t k = 4096; k + 512 < bytes.size(); k += 4096)
      for (std::size_t j = 0; j < 200; ++j) bytes[k + j] = static_cast<char>(0xA5);
    write_bytes(path, bytes);
    check_open_refused(path, "rusak");
  }
}

TEST_CASE("A document opened read-only refuses to save and stays as it was, Save As writes a copy") {
  TempDir dir;
  auto path = dir.path / "dokumen.pokin";
  Document document = sample_document();
  store::DocumentFile::create(path, document);
  Document opened;
  auto file = store::DocumentFile::open(path, opened, store::OpenMode::ReadOnly);
  CHECK(file.read_only());
  std::string before = read_bytes(path);
  opened.info.instansi = "Perubahan";
  try {
    file.save(opened);
    FAIL("save should be refused");
  } catch (const UserError& error) {
    CHECK(error.message().id.find("hanya-baca") != std::string::npos);
  }
  CHECK(read_bytes(path) == before);
  auto copy = store::DocumentFile::save_as(dir.path / "salinan.pokin", opened);
  CHECK_FALSE(copy.read_only());
}

TEST_CASE("A file without write permission opens read-only") {
  TempDir dir;
  auto path = dir.path / "hanya-baca.pokin";
  Document document = sample_document();
  store::DocumentFile::create(path, document);
  fs::permissions(path, fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                  fs::perm_options::remove);
  {
    std::ofstream probe(path, std::ios::app);
    if (probe) {
      MESSAGE("running as a user that can write read-only files (root): the read-only case cannot be observed");
      return;
    }
  }
  Document opened;
  auto file = store::DocumentFile::open(path, opened);
  CHECK(file.read_only());
  CHECK(opened.same_content(document));
  std::string before = read_bytes(path);
  CHECK_THROWS_AS(file.save(opened), UserError);
  CHECK(read_bytes(path) == before);
  auto copy = store::DocumentFile::save_as(dir.path / "salinan.pokin", opened);
  CHECK_FALSE(copy.read_only());
}

TEST_CASE("Save As replaces an existing file whole, and backups copy the saved state") {
  TempDir dir;
  auto path = dir.path / "dokumen.pokin";
  write_bytes(path, "bukan sqlite");
  Document document = sample_document();
  auto file = store::DocumentFile::save_as(path, document);
  Document reopened;
  store::DocumentFile::open(path, reopened);
  CHECK(reopened.same_content(document));
  CHECK_FALSE(fs::exists(dir.path / "dokumen.pokin.pokin-tmp"));

  file.backup_to(dir.path / "cadangan.pokin");
  Document backup;
  store::DocumentFile::open(dir.path / "cadangan.pokin", backup);
  CHECK(backup.same_content(document));

  CHECK_THROWS_AS(store::DocumentFile::create(path, document), UserError);  // create never overwrites
}

TEST_CASE("A failed save leaves the last saved state in the file") {
  TempDir dir;
  auto path = dir.path / "dokumen.pokin";
  Document document = sample_document();
  auto file = store::DocumentFile::create(path, document);
  // An indikator pointing to a sasaran that does not exist violates a foreign key at commit: the whole save
  // must roll back.
  Document broken = document;
  Indikator orphan;
  orphan.id = 9999;
  orphan.sasaran = 8888;
  broken.indikator.emplace(orphan.id, orphan);
  broken.info.instansi = "Tidak boleh tersimpan";
  CHECK_THROWS_AS(file.save(broken), UserError);
  Document reopened;
  store::DocumentFile::open(path, reopened);
  CHECK(reopened.same_content(document));
}

TEST_CASE("A full disk during a save leaves the last saved state, and a later save still works") {
  TempDir dir;
  auto path = dir.path / "dokumen.pokin";
  Document document = sample_document();
  auto file = store::DocumentFile::create(path, document);
  // SQLite reports a database that reached max_page_count exactly as it reports a full disk (SQLITE_FULL).
  auto pages = file.database().pragma_int("page_count");
  file.database().execute("PRAGMA max_page_count=" + std::to_string(pages));
  SyntheticOptions options;
  options.sasaran = 300;
  Document bigger = make_synthetic_document(options);
  try {
    file.save(bigger);
    FAIL("the save should have hit the size limit");
  } catch (const UserError& error) {
    CHECK(error.message().id.find("Disk penuh") != std::string::npos);
    CHECK(error.message().en.find("disk is full") != std::string::npos);
  }
  Document reopened;
  store::DocumentFile::open(path, reopened);
  CHECK(reopened.same_content(document));

  file.database().execute("PRAGMA max_page_count=1073741823");
  file.save(bigger);
  Document after;
  store::DocumentFile::open(path, after);
  CHECK(after.same_content(bigger));
}

TEST_CASE("Every foreign-key column leads an index, so saves and deletes never scan a table per row") {
  sqlite::Database database(":memory:", sqlite::Database::Mode::Create);
  store::migrate(database);
  std::vector<std::string> tables;
  for (auto list = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table'"); list.step();)
    tables.push_back(list.text(0));
  int foreign_keys = 0;
  for (const auto& table : tables) {
    std::set<std::string> leading;  // first column of each index (the primary key counts)
    for (auto indexes = database.prepare("SELECT name FROM pragma_index_list('" + table + "')"); indexes.step();) {
      auto columns = database.prepare("SELECT name FROM pragma_index_info('" + indexes.text(0) + "') WHERE seqno = 0");
      if (columns.step()) leading.insert(columns.text(0));
    }
    for (auto keys = database.prepare("SELECT \"from\" FROM pragma_foreign_key_list('" + table + "')"); keys.step();) {
      ++foreign_keys;
      CHECK_MESSAGE(leading.count(keys.text(0)), table << "." << keys.text(0) << " has no index");
    }
  }
  CHECK(foreign_keys >= 8);
}

TEST_CASE("a damaged value refuses to open naming the file, the row and the column, and the file stays as it was") {
  TempDir dir;
  auto path = dir.path / "rusak.pokin";
  Document document = sample_document();
  store::DocumentFile::create(path, document);
  Id first = document.sasaran.begin()->first;
  {
    sqlite::Database database(utf8_path(path), sqlite::Database::Mode::ReadWrite);
    database.execute("UPDATE sasaran SET level = 2147483647 WHERE id = " + std::to_string(first));
  }
  check_open_refused(path, "Berkas \"" + utf8_path(path) + "\" tidak dapat dibuka. Dokumen rusak: sasaran id " +
                               std::to_string(first) + ", kolom level = 2147483647 di luar batas 0..999.");
}

TEST_CASE("what a killed Save As left behind is removed by the next Save As and by opening that target") {
  TempDir dir;
  auto path = dir.path / "dokumen.pokin";
  // A kill -9 during Save As leaves the half-written temporary and SQLite's journal of it.
  write_bytes(dir.path / "dokumen.pokin.pokin-tmp", "setengah");
  write_bytes(dir.path / "dokumen.pokin.pokin-tmp-journal", "jurnal");
  Document document = sample_document();
  store::DocumentFile::save_as(path, document);
  CHECK_FALSE(fs::exists(dir.path / "dokumen.pokin.pokin-tmp"));
  CHECK_FALSE(fs::exists(dir.path / "dokumen.pokin.pokin-tmp-journal"));
  Document reopened;
  store::DocumentFile::open(path, reopened);
  CHECK(reopened.same_content(document));

  // Opening removes leftovers once they are old; a fresh one may belong to a Save As running right now.
  write_bytes(dir.path / "dokumen.pokin.pokin-tmp", "setengah");
  write_bytes(dir.path / "dokumen.pokin.pokin-tmp-journal", "jurnal");
  write_bytes(dir.path / "lain.pokin.pokin-tmp", "milik dokumen lain");
  store::DocumentFile::open(path, reopened);
  CHECK(fs::exists(dir.path / "dokumen.pokin.pokin-tmp"));
  auto an_hour_ago = fs::file_time_type::clock::now() - std::chrono::hours(1);
  fs::last_write_time(dir.path / "dokumen.pokin.pokin-tmp", an_hour_ago);
  fs::last_write_time(dir.path / "dokumen.pokin.pokin-tmp-journal", an_hour_ago);
  fs::last_write_time(dir.path / "lain.pokin.pokin-tmp", an_hour_ago);
  store::DocumentFile::open(path, reopened);
  CHECK_FALSE(fs::exists(dir.path / "dokumen.pokin.pokin-tmp"));
  CHECK_FALSE(fs::exists(dir.path / "dokumen.pokin.pokin-tmp-journal"));
  CHECK(fs::exists(dir.path / "lain.pokin.pokin-tmp"));  // not this target's
}
