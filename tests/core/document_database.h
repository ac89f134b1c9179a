#pragma once
// A document written into an in-memory database of the current schema, for the tests and fuzz targets that damage
// a .pokin's values with SQL (as another tool could) and read it back with the store's reader.
#include <filesystem>
#include <string>

#include "core/model/document.h"
#include "core/text/utf8_path.h"
#include "core/store/document_file.h"
#include "core/store/schema.h"

namespace pokin::test {

inline sqlite::Database database_holding(const Document& document) {
  sqlite::Database database(":memory:", sqlite::Database::Mode::Create);
  store::migrate(database);
  sqlite::Transaction transaction(database);
  store::write_document(database, document);
  transaction.commit();
  // Another tool writes what it likes: nothing stops a broken reference or a word outside a CHECK constraint.
  database.execute("PRAGMA foreign_keys=OFF; PRAGMA ignore_check_constraints=ON");
  return database;
}

// A .pokin file of the older schema `version` (its migrations only), filled by `sql` as that Pokin wrote it.
inline void create_file_of_schema(const std::filesystem::path& path, int version, const std::string& sql) {
  sqlite::Database database(utf8_path(path), sqlite::Database::Mode::Create);
  store::migrate(database, version);
  database.execute(sql);
}

}  // namespace pokin::test
