// libFuzzer target: a Word document's tables (read_docx) and their import (import_text) on arbitrary bytes. Every
// input must end in tables (or an import) or a UserError; anything else (a crash, a sanitizer report, another
// exception, time or memory past libFuzzer's limits) is a bug.
//
// Bytes starting with "PK" are the archive itself (damaged headers, sizes, compressed data); any other bytes are
// word/document.xml, zipped here (stored) with a content-types part, so that mutations reach the XML
// as XML. Small limits (office_fuzz_input.h) keep each execution cheap.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/import/import_document.h"
#include "core/import/word_rows.h"
#include "core/spreadsheet/docx_reader.h"
#include "core/text/bilingual.h"
#include "imported_tree_checks.h"
#include "office_fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const pokin::spreadsheet::XlsxLimits limits = pokin::fuzz::small_office_limits();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string zipped;
  if (input.substr(0, 2) != "PK") {
    zipped = pokin::fuzz::stored_zip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", std::string(input)}});
    input = zipped;
  }
  pokin::spreadsheet::WordDocument document;
  try {
    document = pokin::spreadsheet::read_docx(input, limits);
  } catch (const pokin::UserError&) {
    return 0;
  }
  // The grid stays within the limits, whatever gridSpan and vMerge declare.
  std::size_t cells = 0, rows = 0;
  for (const pokin::spreadsheet::WordBlock& block : document.blocks) {
    rows += block.table ? block.rows.size() : 1;
    for (const auto& row : block.rows) {
      if (row.size() > static_cast<std::size_t>(limits.max_columns)) __builtin_trap();
      cells += row.size();
    }
  }
  if (cells > limits.max_cells || rows > limits.max_rows) __builtin_trap();
  (void)pokin::import::rows_of_word_document(document);
  try {
    pokin::import::ImportResult result = pokin::import::import_text("fuzz.docx", input, {});
    pokin::fuzz::check_imported_tree(result.document);
  } catch (const pokin::UserError&) {
  }
  return 0;
}
