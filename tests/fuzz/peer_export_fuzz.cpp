// libFuzzer target: the bytes are a sheet (CSV, TSV or pipe rows) that may be another SAKIP application's export,
// wide (sasaran_lv1, indikator_lv1, ...) or long (kode, kode_induk, tahun, target). Every failure must be a
// UserError; anything else (a crash, a sanitizer report, a parent cycle, an owner missing, a hang) is a bug.
// Seeds in corpus/peer_export_fuzz/: a wide and a long export, a phpMyAdmin CSV with table-prefixed names and
// entity keys, a tier sheet with a title year, ids with kode prefixes and levels, target_1..5 with a period,
// a join of entity tables, two tables in one file.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/import/peer_export_import.h"
#include "core/import/table_reading.h"
#include "core/import/text_cleaning.h"
#include "core/text/bilingual.h"
#include "tests/fuzz/imported_tree_checks.h"

using namespace pokin;
using namespace pokin::import;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    Document document;
    ImportReport report;
    if (!import_peer_export(read_table(text, detect_delimiter(split_lines(text))), document, report)) return 0;
    fuzz::check_imported_tree(document);
  } catch (const UserError&) {
  }
  return 0;
}
