// libFuzzer target: the bytes are a .pokin file (an SQLite database). It is opened from memory (no file I/O per
// input) and goes the way DocumentFile::open takes a file: application id, schema version, quick_check, the upgrade
// of an older schema, read_document with all its checks, then the checks the app runs on every open document.
// Every failure must be a UserError or an SQLite error; anything else (a crash, a sanitizer report, another
// exception, a hang) is a bug. Seeds: small documents (page size 512) in corpus/document_open_fuzz/, made by
// corpus/make_document_seeds.sh.
#include <sqlite3.h>

#include <cstdint>
#include <cstring>

#include "core/checks/check_document.h"
#include "core/model/document_counts.h"
#include "core/store/document_file.h"
#include "core/store/schema.h"

using namespace pokin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    sqlite::Database database(":memory:", sqlite::Database::Mode::Create);
    // SQLite owns (and frees) a writable copy, so that an older schema can be upgraded in place as open() does
    // on its in-memory copy.
    auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(size ? size : 1));
    if (!copy) return 0;
    if (size) std::memcpy(copy, data, size);
    if (sqlite3_deserialize(database.handle(), "main", copy, static_cast<sqlite3_int64>(size),
                            static_cast<sqlite3_int64>(size),
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK)
      return 0;
    // A hostile file must not make SQLite itself run away (e.g. a page count of billions).
    database.execute("PRAGMA max_page_count=4096");
    if (database.pragma_int("application_id") != store::kApplicationId) return 0;
    auto version = database.pragma_int("user_version");
    if (version < 0 || version > store::kSchemaVersion) return 0;
    {
      sqlite::Statement check = database.prepare("PRAGMA quick_check");
      if (check.step() && check.text(0) != "ok") return 0;
    }
    if (version < store::kSchemaVersion) store::migrate(database);
    Document document = store::read_document(database);
    check_document(document);
    count_document(document);
  } catch (const UserError&) {
  } catch (const sqlite::SqliteError&) {
  }
  return 0;
}
