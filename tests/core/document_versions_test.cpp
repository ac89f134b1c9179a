// Named versions inside a .pokin file ("Simpan versi", core/store/document_versions.h): a version keeps the
// document as it was when recorded, whatever is saved after it; names are non-empty and unique; a failed recording
// leaves the file as it was; versions travel with Save As and backups; a damaged version refuses to open, naming
// the version and what is wrong, exactly as a damaged file does.
#include <doctest/doctest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "core/store/document_versions.h"
#include "core/store/schema.h"
#include "core/synthetic/synthetic_document.h"
#include "core/text/utf8_path.h"
#include "document_database.h"
#include "hand_built_document.h"
#include "tests/scratch_path.h"

using namespace pokin;
namespace fs = std::filesystem;

namespace {

fs::path fresh_path(const std::string& name) {
  fs::path path = test::scratch_path(name);
  std::error_code ignored;
  fs::remove(path, ignored);
  return path;
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string refusal(const std::function<void()>& action) {
  try {
    action();
  } catch (const UserError& error) {
    CHECK_FALSE(error.message().en.empty());
    return error.message().id;
  }
  return "";
}

// A snapshot of the database `database` holds, built the way document_snapshot builds one, by hand.
std::string snapshot_of(sqlite::Database& database) {
  std::string bytes = database.serialize();
  uLongf size = compressBound(static_cast<uLong>(bytes.size()));
  std::string compressed(size, '\0');
  compress2(reinterpret_cast<Bytef*>(compressed.data()), &size, reinterpret_cast<const Bytef*>(bytes.data()),
            static_cast<uLong>(bytes.size()), 6);
  compressed.resize(size);
  std::string header = "PKV1";
  for (int k = 0; k < 8; ++k) header += static_cast<char>((static_cast<std::uint64_t>(bytes.size()) >> (8 * k)) & 0xff);
  return header + compressed;
}

void put_snapshot(store::DocumentFile& file, const std::string& name, const std::string& snapshot) {
  sqlite::Statement s = file.database().prepare("UPDATE version SET snapshot = ?1 WHERE name = ?2");
  s.bind_blob(1, snapshot).bind(2, name).run();
}

}  // namespace

TEST_CASE("a saved version keeps the document as it was, whatever is saved after it") {
  testing::CleanCascade c;
  Document original = c.document;
  fs::path path = fresh_path("versions_basic.pokin");
  auto file = store::DocumentFile::create(path, original);
  store::VersionInfo info = store::save_version(file, original, "  Renstra awal ", "188.45/12/2021", "2021-06-30",
                                                "penetapan awal");
  CHECK(info.name == "Renstra awal");  // trimmed
  CHECK(info.saved_at == "2021-06-30");
  CHECK(info.sasaran_count == 3);    // SS1, SP1, SK1
  CHECK(info.indikator_count == 3);  // one per sasaran

  Document edited = original;
  edited.sasaran.at(c.ss).statement = "Meningkatnya kualitas pelayanan publik";
  edited.indikator.at(c.iku).target[2026] = make_value("90");
  edited.indikator.erase(c.ik_kegiatan);
  file.save(edited);

  Document old = store::read_version(file, "Renstra awal");
  CHECK(old.same_content(original));
  CHECK(old.sasaran.at(c.ss).statement == "Meningkatnya kualitas pelayanan perizinan");
  CHECK(old.indikator.count(c.ik_kegiatan) == 1);
  CHECK(store::read_version(file, info.id).same_content(original));
  Document now;
  store::DocumentFile::open(path, now);
  CHECK(now.same_content(edited));  // recording a version never touched the document's own rows

  store::save_version(file, edited, "Perubahan 2023", "", "2023-09-01");
  std::vector<store::VersionInfo> listed = store::list_versions(file);
  REQUIRE(listed.size() == 2);
  CHECK(listed[0] == info);
  CHECK(listed[1].name == "Perubahan 2023");
  CHECK(listed[1].indikator_count == 2);
  CHECK(store::read_version(file, "Perubahan 2023").same_content(edited));
}

TEST_CASE("a version needs a new, non-empty name and a real date, and a refusal leaves the file as it was") {
  testing::CleanCascade c;
  fs::path path = fresh_path("versions_names.pokin");
  auto file = store::DocumentFile::create(path, c.document);
  store::save_version(file, c.document, "Renstra awal", "", "2021-06-30");
  std::string before = read_bytes(path);
  CHECK(refusal([&] { store::save_version(file, c.document, "Renstra awal"); }) ==
        "Versi bernama \"Renstra awal\" sudah ada di berkas ini; pilih nama lain.");
  CHECK(refusal([&] { store::save_version(file, c.document, " \t "); }) == "Nama versi tidak boleh kosong.");
  CHECK(refusal([&] { store::save_version(file, c.document, "Lain", "", "2023-02-29"); }) ==
        "Tanggal versi \"2023-02-29\" tidak sah; tulis TTTT-BB-HH, mis. 2023-06-30.");
  CHECK(refusal([&] { store::save_version(file, c.document, "Lain", "", "30/06/2023"); }) ==
        "Tanggal versi \"30/06/2023\" tidak sah; tulis TTTT-BB-HH, mis. 2023-06-30.");
  CHECK(refusal([&] { store::save_version(file, c.document, std::string(201, 'v')); }) ==
        "Nama versi terlalu panjang (paling banyak 200 bita).");
  CHECK(refusal([&] { store::save_version(file, c.document, "Ren\xC3\x28"); }) ==
        "Nama versi, nomor SK atau catatan berisi teks yang tidak sah (bukan UTF-8).");
  CHECK(refusal([&] { store::read_version(file, "Tidak ada"); }) ==
        "Tidak ada versi \"Tidak ada\" di berkas ini. Lihat daftarnya dengan Berkas > Versi.");
  CHECK(read_bytes(path) == before);
  CHECK(store::save_version(file, c.document, "2024-02-29 kabisat", "", "2024-02-29").saved_at == "2024-02-29");
}

TEST_CASE("recording a version in a read-only file or on a full disk leaves the file as it was") {
  testing::CleanCascade c;
  fs::path path = fresh_path("versions_failures.pokin");
  store::DocumentFile::create(path, c.document);
  std::string before = read_bytes(path);
  {
    Document opened;
    auto read_only = store::DocumentFile::open(path, opened, store::OpenMode::ReadOnly);
    CHECK(refusal([&] { store::save_version(read_only, opened, "Versi A"); })
              .find("dibuka hanya-baca") != std::string::npos);
  }
  CHECK(read_bytes(path) == before);

  Document opened;
  auto file = store::DocumentFile::open(path, opened);
  auto pages = file.database().pragma_int("page_count");
  file.database().execute("PRAGMA max_page_count=" + std::to_string(pages));
  SyntheticOptions options;
  options.sasaran = 300;
  Document bigger = make_synthetic_document(options);
  CHECK(refusal([&] { store::save_version(file, bigger, "Besar"); }).find("Disk penuh") == 0);
  CHECK(store::list_versions(file).empty());
  CHECK(read_bytes(path) == before);
  file.database().execute("PRAGMA max_page_count=1073741823");
  store::save_version(file, bigger, "Besar");
  CHECK(store::read_version(file, "Besar").same_content(bigger));
}

TEST_CASE("replacing the document after recording a version is one write: on a full disk the file keeps neither") {
  testing::CleanCascade c;
  SyntheticOptions options;
  options.sasaran = 300;
  const Document bigger = make_synthetic_document(options);
  // Room for the version of the small document, not for the bigger document's rows: shown on a file of its own.
  auto limited = [](store::DocumentFile& file) {
    auto pages = file.database().pragma_int("page_count");
    file.database().execute("PRAGMA max_page_count=" + std::to_string(pages + 8));
  };
  fs::path alone = fresh_path("versions_replace_room.pokin");
  {
    store::DocumentFile::create(alone, c.document);
    Document opened;
    auto file = store::DocumentFile::open(alone, opened);
    limited(file);
    store::save_version(file, opened, "Sebelum");
    CHECK(refusal([&] { file.save(bigger); }).find("Disk penuh") == 0);
    CHECK(store::list_versions(file).size() == 1);  // two writes: the version stays behind
  }

  fs::path path = fresh_path("versions_replace.pokin");
  store::DocumentFile::create(path, c.document);
  const std::string before = read_bytes(path);
  Document opened;
  auto file = store::DocumentFile::open(path, opened);
  limited(file);
  CHECK(refusal([&] { store::replace_document_after_version(file, opened, bigger, "Sebelum"); }).find("Disk penuh") == 0);
  CHECK(store::list_versions(file).empty());
  CHECK(read_bytes(path) == before);

  file.database().execute("PRAGMA max_page_count=1073741823");
  store::VersionInfo version = store::replace_document_after_version(file, opened, bigger, "Sebelum");
  CHECK(version.name == "Sebelum");
  Document reread;
  auto reopened = store::DocumentFile::open(path, reread, store::OpenMode::ReadOnly);
  CHECK(reread.same_content(bigger));
  CHECK(store::read_version(reopened, "Sebelum").same_content(c.document));
}

TEST_CASE("versions travel with Save As and with backups") {
  testing::CleanCascade c;
  fs::path path = fresh_path("versions_travel.pokin");
  auto file = store::DocumentFile::create(path, c.document);
  store::save_version(file, c.document, "Renstra awal", "188.45/12/2021", "2021-06-30");
  Document edited = c.document;
  edited.info.nomor_sk = "188.45/99/2023";
  file.save(edited);

  fs::path copy_path = fresh_path("versions_travel_copy.pokin");
  auto copy = store::DocumentFile::save_as(copy_path, edited, &file);
  REQUIRE(store::list_versions(copy).size() == 1);
  CHECK(store::list_versions(copy)[0].nomor_sk == "188.45/12/2021");
  CHECK(store::read_version(copy, "Renstra awal").same_content(c.document));
  Document reopened;
  auto reopened_file = store::DocumentFile::open(copy_path, reopened);
  CHECK(reopened.same_content(edited));
  CHECK(store::read_version(reopened_file, "Renstra awal").same_content(c.document));

  fs::path backup_path = fresh_path("versions_travel_backup.pokin");
  file.backup_to(backup_path);
  Document backup;
  auto backup_file = store::DocumentFile::open(backup_path, backup);
  CHECK(store::read_version(backup_file, "Renstra awal").same_content(c.document));

  // Without the file it came from, Save As writes the document alone (an autosave, a new document).
  fs::path bare_path = fresh_path("versions_travel_bare.pokin");
  auto bare = store::DocumentFile::save_as(bare_path, edited);
  CHECK(store::list_versions(bare).empty());
}

TEST_CASE("a file of schema 4 gets its first version and its upgrade in one transaction") {
  fs::path path = fresh_path("versions_schema4.pokin");
  test::create_file_of_schema(
      path, 4,
      "UPDATE document SET instansi='Dinas Lama';"
      "INSERT INTO unit (id, parent_id, kind, name) VALUES (1, NULL, 'head', 'Kepala Dinas');"
      "INSERT INTO sasaran (id, unit_id, level, code, statement) VALUES (2, 1, 0, 'SS1', 'Meningkatnya investasi');");
  Document document;
  auto file = store::DocumentFile::open(path, document);
  REQUIRE(file.needs_upgrade());
  CHECK(store::list_versions(file).empty());
  Document unsaved = document;
  unsaved.info.instansi = "Belum disimpan";
  store::save_version(file, unsaved, "Versi pertama", "", "2026-01-05");
  CHECK_FALSE(file.needs_upgrade());
  Document reopened;
  auto again = store::DocumentFile::open(path, reopened);
  CHECK(reopened.info.instansi == "Dinas Lama");  // the document's rows are as last saved
  CHECK(store::read_version(again, "Versi pertama").info.instansi == "Belum disimpan");
}

TEST_CASE("a damaged version refuses to open, naming the version and the damage") {
  testing::CleanCascade c;
  fs::path path = fresh_path("versions_damaged.pokin");
  auto file = store::DocumentFile::create(path, c.document);
  store::save_version(file, c.document, "Renstra awal", "", "2021-06-30");
  const std::string prefix = "Versi \"Renstra awal\" rusak dan tidak dapat dibuka: ";

  put_snapshot(file, "Renstra awal", "bukan salinan");
  CHECK(refusal([&] { store::read_version(file, "Renstra awal"); }) ==
        prefix + "isinya bukan salinan dokumen Pokin.");
  // A declared size zlib could not reach from so few bytes: refused before anything is allocated.
  put_snapshot(file, "Renstra awal", std::string("PKV1\x00\x00\x00\x40\x00\x00\x00\x00xx", 14));
  CHECK(refusal([&] { store::read_version(file, "Renstra awal"); }) ==
        prefix + "ukuran yang tercatat (1073741824 bita) tidak masuk akal.");

  std::string good = store::document_snapshot(c.document);
  put_snapshot(file, "Renstra awal", good.substr(0, good.size() / 2));
  CHECK(refusal([&] { store::read_version(file, "Renstra awal"); }) == prefix + "isinya terpotong atau rusak (zlib).");

  // A hostile value inside the version is refused exactly as opening a file refuses it.
  sqlite::Database hostile = test::database_holding(c.document);
  hostile.execute("UPDATE sasaran SET level = 2147483647 WHERE id = " + std::to_string(c.sk));
  put_snapshot(file, "Renstra awal", snapshot_of(hostile));
  CHECK(refusal([&] { store::read_version(file, "Renstra awal"); }) ==
        prefix + "Dokumen rusak: sasaran id " + std::to_string(c.sk) + ", kolom level = 2147483647 di luar batas "
                 "0..999.");
  sqlite::Database foreign = test::database_holding(c.document);
  foreign.execute("PRAGMA application_id=0");
  put_snapshot(file, "Renstra awal", snapshot_of(foreign));
  CHECK(refusal([&] { store::read_version(file, "Renstra awal"); }) == prefix + "isinya bukan dokumen Pokin.");
  sqlite::Database newer = test::database_holding(c.document);
  newer.execute("PRAGMA user_version=99");
  put_snapshot(file, "Renstra awal", snapshot_of(newer));
  CHECK(refusal([&] { store::read_version(file, "Renstra awal"); }) ==
        prefix + "versi ini dibuat oleh Pokin yang lebih baru (skema 99). Perbarui Pokin untuk membukanya.");

  // A version recorded by an older Pokin (schema 4) is upgraded in memory as an old file is.
  sqlite::Database older(":memory:", sqlite::Database::Mode::Create);
  store::migrate(older, 4);
  older.execute("INSERT INTO unit (id, parent_id, kind, name) VALUES (1, NULL, 'head', 'Kepala Dinas')");
  put_snapshot(file, "Renstra awal", snapshot_of(older));
  Document upgraded = store::read_version(file, "Renstra awal");
  CHECK(upgraded.units.at(1).name == "Kepala Dinas");

  // A damaged row of the version table itself.
  file.database().execute("UPDATE version SET sasaran_count = -1");
  CHECK(refusal([&] { store::list_versions(file); }) ==
        "Dokumen rusak: version id 1, kolom sasaran_count = -1 di luar batas 0..1000000000.");
}
