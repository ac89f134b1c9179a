#pragma once
// The .pokin file: one SQLite database per document (SQLite as an application file format).
//
// Scheme: the Editor holds the document in memory; Save writes the rows the Editor's journal names as changed
// since the last save (commands::changed_rows_since), or every row when the journal no longer reaches back, in
// one transaction, so the file always holds either the previous save or the new one, never a mix (a crash, a
// killed process or a full disk during the save leaves the last saved state). "Save as" and backups go through SQLite's
// backup API. Every failure a user can cause throws UserError and leaves both the file and the in-memory
// document as they were.
#include <filesystem>
#include <functional>
#include <string>

#include "core/store/changed_rows.h"
#include "core/model/document.h"
#include "core/store/sqlite.h"
#include "core/text/bilingual.h"

namespace pokin::store {

enum class OpenMode {
  Automatic,  // read-write, or read-only when the file cannot be written
  ReadOnly,   // "open read-only": never writes, even when it could
};

class DocumentFile {
 public:
  // Creates a new .pokin file holding `document`. Refuses to overwrite an existing file.
  static DocumentFile create(const std::filesystem::path& path, const Document& document);
  // Opens an existing .pokin file and reads its document into `document`. A read-only file opens read-only;
  // a file of an older schema is upgraded in memory (the file itself on the next save). A file another tool wrote
  // is untrusted: a value outside the model's limits (core/model/document_limits.h), invalid UTF-8, a reference to
  // a missing row or a cycle of parent links refuses to open, naming the table, the row and the column.
  static DocumentFile open(const std::filesystem::path& path, Document& document,
                           OpenMode mode = OpenMode::Automatic);

  DocumentFile(DocumentFile&&) = default;
  DocumentFile& operator=(DocumentFile&&) = default;

  // Atomically makes the file hold `document`. With `changed` (the rows that differ from what the file holds,
  // from the Editor's journal) only those rows are written; without it, every row is replaced. A file of an older
  // schema is always written whole.
  void save(const Document& document, const ChangedRows* changed = nullptr);
  // Writes `document` to `path` (replacing what is there) and returns the file now open there. The new file is
  // built as "<path>.pokin-tmp" beside it and renamed over it; what a killed Save As left under that name (with
  // SQLite's journal) is removed by the next Save As to `path`, and by open() of `path` once five minutes old.
  // With `versions_from` (the file the document was opened from), its saved versions (document_versions.h) are
  // copied into the new file: they belong to the document, not to one file name.
  static DocumentFile save_as(const std::filesystem::path& path, const Document& document,
                              DocumentFile* versions_from = nullptr);
  // Copies the file as last saved to `path`.
  void backup_to(const std::filesystem::path& path);

  const std::filesystem::path& path() const { return path_; }
  // The open connection, for tools and tests that need SQLite itself (e.g. to limit the file's size).
  sqlite::Database& database() { return database_; }
  bool read_only() const { return read_only_; }
  // True when the file is of an older schema that the next save upgrades.
  bool needs_upgrade() const { return needs_upgrade_; }
  // Runs `write` in one write transaction on the file, after upgrading an older schema (a file of schema 4 gets the
  // tables of schema 5 with its rows as they are, which is what open() read). Refuses a read-only file; an SQLite
  // failure (full disk, read-only medium, locked file) throws the save's UserError and leaves the file as it was.
  // For writers of the file's other tables (document_versions.h); save() goes through it.
  void write_transaction(const std::function<void(sqlite::Database&)>& write);

 private:
  DocumentFile(std::filesystem::path path, sqlite::Database database, bool read_only, bool needs_upgrade);

  std::filesystem::path path_;
  sqlite::Database database_;
  bool read_only_ = false;
  bool needs_upgrade_ = false;
};

// Reading and writing a document from and to an open database of the current schema (also :memory:), inside
// the caller's transaction. write_document replaces everything; write_changes writes only the rows `changed`
// names, as `document` holds them (a row it no longer holds is removed).
// True when the file at `path` begins with SQLite's header, as every .pokin does (whatever its name).
bool starts_like_sqlite_database(const std::filesystem::path& path);
// True when it also carries Pokin's application id (SQLite's header, bytes 68-71): a quick look, before choosing a
// file, at whether it is a Pokin document at all; its rows are checked only when it is opened.
bool starts_like_pokin_document(const std::filesystem::path& path);

// What keeps a database from being read as a document before any row is read: the application id, a schema newer
// than this Pokin, SQLite's quick_check. open() and the reading of a saved version (document_versions.h) refuse
// with the same checks.
struct DatabaseProblem {
  enum class Kind { None, NotPokin, NewerSchema, Damaged };
  Kind kind = Kind::None;
  int schema = 0;      // the database's user_version
  std::string detail;  // quick_check's report, for Damaged
};
DatabaseProblem check_database(sqlite::Database& database);

Document read_document(sqlite::Database& database);
void write_document(sqlite::Database& database, const Document& document);
void write_changes(sqlite::Database& database, const Document& document, const ChangedRows& changed);

}  // namespace pokin::store
