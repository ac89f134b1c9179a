#include "core/store/sqlite.h"

#include <sqlite3.h>

#include <cstring>

#include <utility>

namespace pokin::sqlite {
namespace {
[[noreturn]] void fail(sqlite3* db, int code) {
  throw SqliteError(code, db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
}
}  // namespace

Database::Database(const std::string& path, Mode mode) {
  int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
              : mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE
                                        : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  int code = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (code != SQLITE_OK) {
    SqliteError error(code, db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code));
    sqlite3_close(db_);
    db_ = nullptr;
    throw error;
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, 2000);
  execute("PRAGMA foreign_keys=ON");
}

Database::~Database() {
  if (db_) sqlite3_close_v2(db_);
}

Database::Database(Database&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    if (db_) sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
  }
  return *this;
}

void Database::execute(std::string_view sql) {
  std::string text(sql);
  char* message = nullptr;
  int code = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  if (code != SQLITE_OK) {
    std::string what = message ? message : sqlite3_errstr(code);
    sqlite3_free(message);
    throw SqliteError(code, what);
  }
}

Statement Database::prepare(std::string_view sql) { return Statement(db_, sql); }

std::int64_t Database::pragma_int(std::string_view name) {
  Statement statement = prepare("PRAGMA " + std::string(name));
  return statement.step() ? statement.integer(0) : 0;
}

void Database::backup_to(Database& destination) {
  sqlite3_backup* backup = sqlite3_backup_init(destination.db_, "main", db_, "main");
  if (!backup) fail(destination.db_, sqlite3_errcode(destination.db_));
  int code = sqlite3_backup_step(backup, -1);
  int finish = sqlite3_backup_finish(backup);
  if (code != SQLITE_DONE) fail(destination.db_, code);
  if (finish != SQLITE_OK) fail(destination.db_, finish);
}

std::string Database::serialize() {
  sqlite3_int64 size = 0;
  unsigned char* data = sqlite3_serialize(db_, "main", &size, 0);
  if (!data) fail(db_, SQLITE_NOMEM);
  std::string bytes(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
  sqlite3_free(data);
  return bytes;
}

void Database::deserialize(std::string_view bytes) {
  // SQLite owns (and frees) the copy; resizable, so that an older schema can be migrated in place.
  auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(bytes.empty() ? 1 : bytes.size()));
  if (!copy) fail(nullptr, SQLITE_NOMEM);
  if (!bytes.empty()) std::memcpy(copy, bytes.data(), bytes.size());
  auto size = static_cast<sqlite3_int64>(bytes.size());
  int code = sqlite3_deserialize(db_, "main", copy, size, size,
                                 SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
  if (code != SQLITE_OK) fail(db_, code);
}

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  int code = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (code != SQLITE_OK) fail(db, code);
}

Statement::~Statement() {
  if (stmt_) sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::bind(int index, std::int64_t value) {
  int code = sqlite3_bind_int64(stmt_, index, value);
  if (code != SQLITE_OK) fail(db_, code);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  int code = sqlite3_bind_double(stmt_, index, value);
  if (code != SQLITE_OK) fail(db_, code);
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  int code = sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  if (code != SQLITE_OK) fail(db_, code);
  return *this;
}

Statement& Statement::bind_blob(int index, std::string_view bytes) {
  int code = sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  if (code != SQLITE_OK) fail(db_, code);
  return *this;
}

Statement& Statement::bind(int index, std::optional<double> value) {
  return value ? bind(index, *value) : bind_null(index);
}

Statement& Statement::bind_null(int index) {
  int code = sqlite3_bind_null(stmt_, index);
  if (code != SQLITE_OK) fail(db_, code);
  return *this;
}

bool Statement::step() {
  int code = sqlite3_step(stmt_);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  fail(db_, code);
}

void Statement::run() {
  step();
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
std::optional<double> Statement::optional_real(int column) const {
  if (is_null(column)) return std::nullopt;
  return sqlite3_column_double(stmt_, column);
}
std::string Statement::text(int column) const {
  const unsigned char* data = sqlite3_column_text(stmt_, column);
  if (!data) return {};
  return std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}
std::string Statement::blob(int column) const {
  const void* data = sqlite3_column_blob(stmt_, column);
  if (!data) return {};
  return std::string(static_cast<const char*>(data), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}
bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
Statement::Type Statement::type(int column) const {
  switch (sqlite3_column_type(stmt_, column)) {
    case SQLITE_INTEGER: return Type::Integer;
    case SQLITE_FLOAT: return Type::Real;
    case SQLITE_TEXT: return Type::Text;
    case SQLITE_BLOB: return Type::Blob;
    default: return Type::Null;
  }
}

Transaction::Transaction(Database& database, bool immediate) : database_(database) {
  database_.execute(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
  if (!done_) {
    try {
      database_.execute("ROLLBACK");
    } catch (...) {
      // The connection already rolled back (e.g. after SQLITE_FULL); nothing else to undo.
    }
  }
}

void Transaction::commit() {
  database_.execute("COMMIT");
  done_ = true;
}

}  // namespace pokin::sqlite
