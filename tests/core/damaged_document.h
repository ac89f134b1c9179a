#pragma once
// A document damaged with SQL (as another tool could write it) and read back by the store's reader.
#include <doctest/doctest.h>

#include <string>

#include "document_database.h"

namespace pokin::test {

// `document` written into a database, `sql` applied, read back. Returns the Indonesian refusal (checked to be a
// "Damaged document" one), or "" when the document was read.
inline std::string refusal_after(const Document& document, const std::string& sql) {
  sqlite::Database database = database_holding(document);
  database.execute(sql);
  try {
    store::read_document(database);
    return "";
  } catch (const UserError& error) {
    CHECK(error.message().en.rfind("Damaged document: ", 0) == 0);
    return error.message().id;
  }
}

}  // namespace pokin::test
