#include "core/store/document_file.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <string>
#include <system_error>

#include "core/model/enum_names.h"
#include "core/store/schema.h"
#include "core/text/utf8_path.h"

namespace pokin::store {
namespace {

namespace fs = std::filesystem;
using sqlite::Database;
using sqlite::SqliteError;
using sqlite::Statement;
using sqlite::Transaction;

std::string shown(const fs::path& path) { return "\"" + utf8_path(path) + "\""; }

[[noreturn]] void not_pokin(const fs::path& path) {
  throw UserError("Berkas " + shown(path) + " bukan dokumen Pokin.", "File " + shown(path) + " is not a Pokin document.");
}

[[noreturn]] void corrupt(const fs::path& path, const std::string& detail) {
  throw UserError("Berkas " + shown(path) + " rusak atau terpotong dan tidak dapat dibuka (" + detail +
                      "). Buka salinan cadangan bila ada.",
                  "File " + shown(path) + " is damaged or truncated and cannot be opened (" + detail +
                      "). Open a backup copy if there is one.");
}

// Turns an SQLite failure during a write into the message a planner needs.
[[noreturn]] void write_failed(const fs::path& path, const SqliteError& error) {
  int primary = error.code() & 0xff;
  if (primary == SQLITE_FULL)
    throw UserError("Disk penuh: dokumen tidak disimpan ke " + shown(path) +
                        ". Isi berkas sebelumnya tetap utuh. Kosongkan ruang disk lalu simpan lagi.",
                    "The disk is full: the document was not saved to " + shown(path) +
                        ". The file's previous content is intact. Free some disk space and save again.");
  if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_CANTOPEN)
    throw UserError("Tidak dapat menulis ke " + shown(path) + " (hanya-baca atau tanpa izin). Gunakan Simpan Sebagai.",
                    "Cannot write to " + shown(path) + " (read-only or no permission). Use Save As.");
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    throw UserError("Berkas " + shown(path) + " sedang dipakai program lain. Coba simpan lagi sebentar lagi.",
                    "File " + shown(path) + " is in use by another program. Try saving again in a moment.");
  throw UserError("Dokumen tidak dapat disimpan ke " + shown(path) + ": " + error.what() +
                      ". Isi berkas sebelumnya tetap utuh.",
                  "The document could not be saved to " + shown(path) + ": " + error.what() +
                      ". The file's previous content is intact.");
}

void check_openable(const fs::path& path) {
  std::error_code error;
  auto status = fs::status(path, error);
  if (!fs::exists(status))
    throw UserError("Berkas " + shown(path) + " tidak ditemukan.", "File " + shown(path) + " was not found.");
  if (fs::is_directory(status))
    throw UserError(shown(path) + " adalah folder, bukan dokumen Pokin.", shown(path) + " is a folder, not a Pokin document.");
  auto size = fs::file_size(path, error);
  if (!error && size == 0)
    throw UserError("Berkas " + shown(path) + " kosong; ini bukan dokumen Pokin.",
                    "File " + shown(path) + " is empty; it is not a Pokin document.");
  std::ifstream probe(path, std::ios::binary);
  if (!probe)
    throw UserError("Berkas " + shown(path) + " tidak dapat dibaca (izin ditolak?).",
                    "File " + shown(path) + " cannot be read (permission denied?).");
  if (!starts_like_sqlite_database(path)) not_pokin(path);
}

// Save As builds the new file under this name beside the target (see save_as); a killed save leaves it behind.
fs::path temporary_for(const fs::path& target) {
  fs::path temporary = target;
  temporary += ".pokin-tmp";
  return temporary;
}

// Removes what a killed Save As to `target` left behind: the temporary file and SQLite's journal files beside it.
// On open only when older than a few minutes, so that a Save As to the same target running in another Pokin right
// now keeps its file.
void remove_stale_temporaries(const fs::path& target, bool only_old) {
  const fs::path temporary = temporary_for(target);
  for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
    fs::path leftover = temporary;
    leftover += suffix;
    std::error_code error;
    if (!fs::is_regular_file(leftover, error)) continue;
    if (only_old) {
      auto written = fs::last_write_time(leftover, error);
      if (error || fs::file_time_type::clock::now() - written < std::chrono::minutes(5)) continue;
    }
    fs::remove(leftover, error);
  }
}

// The saved versions of `from` (schema 5 or later) into `to` (the current schema), as they are.
void copy_versions(Database& from, Database& to) {
  Statement read = from.prepare(
      "SELECT id, name, saved_at, nomor_sk, note, sasaran_count, indikator_count, snapshot FROM version ORDER BY id");
  Statement write = to.prepare(
      "INSERT INTO version (id, name, saved_at, nomor_sk, note, sasaran_count, indikator_count, snapshot) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  while (read.step()) {
    write.bind(1, read.integer(0)).bind(2, read.text(1)).bind(3, read.text(2)).bind(4, read.text(3));
    write.bind(5, read.text(4)).bind(6, read.integer(5)).bind(7, read.integer(6)).bind_blob(8, read.blob(7));
    write.run();
  }
}

}  // namespace

DatabaseProblem check_database(Database& database) {
  DatabaseProblem problem;
  if (database.pragma_int("application_id") != kApplicationId) {
    problem.kind = DatabaseProblem::Kind::NotPokin;
    return problem;
  }
  std::int64_t version = database.pragma_int("user_version");
  problem.schema = static_cast<int>(std::clamp<std::int64_t>(version, 0, kSchemaVersion + 1));
  if (version < 0) {  // no Pokin writes it; upgrading "from schema -1" would index before the first migration
    problem.kind = DatabaseProblem::Kind::Damaged;
    problem.detail = "user_version " + std::to_string(version);
    return problem;
  }
  if (version > kSchemaVersion) {
    problem.kind = DatabaseProblem::Kind::NewerSchema;
    problem.schema = static_cast<int>(std::min<std::int64_t>(version, 1'000'000'000));
    return problem;
  }
  Statement check = database.prepare("PRAGMA quick_check");
  if (check.step() && check.text(0) != "ok") {
    problem.kind = DatabaseProblem::Kind::Damaged;
    problem.detail = check.text(0);
  }
  return problem;
}

namespace {

const std::string kSqliteHeader("SQLite format 3\0", 16);

// The first `count` bytes of the file; empty when it is shorter or cannot be read.
std::string first_bytes(const fs::path& path, std::size_t count) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes(count, '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(count))) return {};
  return bytes;
}

}  // namespace

bool starts_like_sqlite_database(const fs::path& path) { return first_bytes(path, kSqliteHeader.size()) == kSqliteHeader; }

bool starts_like_pokin_document(const fs::path& path) {
  const std::string header = first_bytes(path, 72);
  if (header.empty() || header.compare(0, kSqliteHeader.size(), kSqliteHeader) != 0) return false;
  std::int64_t application_id = 0;
  for (std::size_t k = 68; k < 72; ++k) application_id = (application_id << 8) | static_cast<unsigned char>(header[k]);
  return application_id == kApplicationId;
}

DocumentFile::DocumentFile(fs::path path, Database database, bool read_only, bool needs_upgrade)
    : path_(std::move(path)),
      database_(std::move(database)),
      read_only_(read_only),
      needs_upgrade_(needs_upgrade) {}

DocumentFile DocumentFile::create(const fs::path& path, const Document& document) {
  std::error_code error;
  if (fs::exists(path, error))
    throw UserError("Berkas " + shown(path) + " sudah ada; pilih nama lain.",
                    "File " + shown(path) + " already exists; choose another name.");
  return save_as(path, document);
}

DocumentFile DocumentFile::open(const fs::path& path, Document& document, OpenMode mode) {
  check_openable(path);
  remove_stale_temporaries(path, true);
  try {
    Database database(utf8_path(path),
                      mode == OpenMode::ReadOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    bool read_only = sqlite3_db_readonly(database.handle(), "main") == 1;
    DatabaseProblem problem = check_database(database);
    if (problem.kind == DatabaseProblem::Kind::NotPokin) not_pokin(path);
    if (problem.kind == DatabaseProblem::Kind::NewerSchema)
      throw UserError("Berkas " + shown(path) + " dibuat oleh versi Pokin yang lebih baru (skema " +
                          std::to_string(problem.schema) + "). Perbarui Pokin untuk membukanya.",
                      "File " + shown(path) + " was made by a newer version of Pokin (schema " +
                          std::to_string(problem.schema) + "). Update Pokin to open it.");
    if (problem.kind == DatabaseProblem::Kind::Damaged) corrupt(path, problem.detail);
    bool needs_upgrade = problem.schema < kSchemaVersion;
    Document read;
    try {
      if (needs_upgrade) {
        // Upgrade a copy in memory; the file itself is upgraded atomically by the next save.
        Database memory(":memory:", Database::Mode::Create);
        database.backup_to(memory);
        migrate(memory);
        read = read_document(memory);
      } else {
        Transaction transaction(database, false);
        read = read_document(database);
        transaction.commit();
      }
    } catch (const UserError& damage) {
      throw UserError("Berkas " + shown(path) + " tidak dapat dibuka. " + damage.message().id +
                          " Buka salinan cadangan bila ada.",
                      "File " + shown(path) + " cannot be opened. " + damage.message().en +
                          " Open a backup copy if there is one.");
    }
    document = std::move(read);
    return DocumentFile(path, std::move(database), read_only, needs_upgrade);
  } catch (const SqliteError& error) {
    int primary = error.code() & 0xff;
    if (primary == SQLITE_NOTADB) not_pokin(path);
    if (primary == SQLITE_CANTOPEN || primary == SQLITE_PERM)
      throw UserError("Berkas " + shown(path) + " tidak dapat dibuka: " + error.what(),
                      "File " + shown(path) + " cannot be opened: " + error.what());
    corrupt(path, error.what());
  }
}

void DocumentFile::save(const Document& document, const ChangedRows* changed) {
  const bool whole = !changed || needs_upgrade_;
  write_transaction([&](Database& database) {
    if (whole)
      write_document(database, document);
    else
      write_changes(database, document, *changed);
  });
}

void DocumentFile::write_transaction(const std::function<void(sqlite::Database&)>& write) {
  if (read_only_)
    throw UserError("Berkas " + shown(path_) + " dibuka hanya-baca. Gunakan Simpan Sebagai untuk menyimpan salinan.",
                    "File " + shown(path_) + " is open read-only. Use Save As to save a copy.");
  try {
    Transaction transaction(database_);
    if (needs_upgrade_) migrate(database_);
    write(database_);
    transaction.commit();
    needs_upgrade_ = false;
  } catch (const SqliteError& error) {
    write_failed(path_, error);
  }
}

DocumentFile DocumentFile::save_as(const fs::path& path, const Document& document, DocumentFile* versions_from) {
  // Built next to the destination and renamed over it, so an existing file is replaced whole or not at all.
  fs::path temporary = temporary_for(path);
  try {
    {
      // A journal left by a killed Save As would be rolled back into the new temporary file: remove both first.
      remove_stale_temporaries(path, false);
      Database memory(":memory:", Database::Mode::Create);
      Transaction transaction(memory);
      migrate(memory);
      write_document(memory, document);
      if (versions_from && !versions_from->needs_upgrade_) copy_versions(versions_from->database_, memory);
      transaction.commit();
      Database destination(utf8_path(temporary), Database::Mode::Create);
      memory.backup_to(destination);
    }
    std::error_code error;
    fs::rename(temporary, path, error);
    if (error) {
      remove_stale_temporaries(path, false);
      throw UserError("Tidak dapat menyimpan ke " + shown(path) + ": " + error.message() + ".",
                      "Cannot save to " + shown(path) + ": " + error.message() + ".");
    }
    return DocumentFile(path, Database(utf8_path(path), Database::Mode::ReadWrite), false, false);
  } catch (const SqliteError& error) {
    remove_stale_temporaries(path, false);
    write_failed(path, error);
  }
}

void DocumentFile::backup_to(const fs::path& path) {
  try {
    Database destination(utf8_path(path), Database::Mode::Create);
    database_.backup_to(destination);
  } catch (const SqliteError& error) {
    write_failed(path, error);
  }
}

}  // namespace pokin::store
