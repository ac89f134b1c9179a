#pragma once
// Move-only owners of SQLite handles: the one place that talks to the sqlite3 C API. Every failure throws
// SqliteError carrying SQLite's result code and message; the document file turns those into UserError.
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace pokin::sqlite {

class SqliteError : public std::runtime_error {
 public:
  SqliteError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

class Statement;

class Database {
 public:
  enum class Mode { ReadOnly, ReadWrite, Create };
  // Opens `path` (UTF-8; ":memory:" for an in-memory database). Foreign keys are switched on.
  Database(const std::string& path, Mode mode);
  ~Database();
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void execute(std::string_view sql);  // one or more statements, no results
  Statement prepare(std::string_view sql);
  std::int64_t pragma_int(std::string_view name);  // PRAGMA name; as an integer
  // Copies the whole of this database into `destination` with SQLite's online backup API, atomically for the
  // destination.
  void backup_to(Database& destination);
  sqlite3* handle() const { return db_; }
  // The whole database as the bytes of a database file (sqlite3_serialize).
  std::string serialize();
  // Replaces this database with the database file `bytes` (a private, resizable copy: it may be migrated).
  void deserialize(std::string_view bytes);

 private:
  sqlite3* db_ = nullptr;
};

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;

  // Parameters are numbered from 1.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, std::optional<double> value);
  Statement& bind_null(int index);
  Statement& bind_blob(int index, std::string_view bytes);

  bool step();  // true while a row is available
  void run();   // step once, expecting no rows, then reset
  void reset();

  // Columns are numbered from 0.
  std::int64_t integer(int column) const;
  double real(int column) const;
  std::optional<double> optional_real(int column) const;
  std::string text(int column) const;
  std::string blob(int column) const;  // the stored bytes as they are (text or blob)
  bool is_null(int column) const;
  enum class Type { Integer, Real, Text, Blob, Null };
  Type type(int column) const;  // the stored value's type (a column's declared type does not bind another tool)

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// Begins a transaction; rolls it back in the destructor unless commit() was called.
class Transaction {
 public:
  explicit Transaction(Database& database, bool immediate = true);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& database_;
  bool done_ = false;
};

}  // namespace pokin::sqlite
