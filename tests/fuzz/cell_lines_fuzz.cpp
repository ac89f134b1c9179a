// libFuzzer target: the bytes are text rendered one table cell per line (a PDF without its layout), read by the
// cell-per-line reader (core/import/cell_lines.h) into a Document through TableTreeBuilder; every line also goes
// through the cell classifier and the kode reader. Every failure must be a UserError; anything else (a crash, a
// sanitizer report, an indicator without its statement, a parent cycle, a hang) is a bug. Seeds: slices of the
// real fixtures of that shape in corpus/cell_lines_fuzz/.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/import/cell_kind.h"
#include "core/import/cell_lines.h"
#include "core/import/cell_stream.h"
#include "core/import/text_cleaning.h"
#include "core/text/bilingual.h"
#include "tests/fuzz/imported_tree_checks.h"

using namespace pokin;
using namespace pokin::import;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    std::vector<std::string_view> lines = split_lines(text);
    for (std::string_view line : lines) {
      classify_cell(line);
      std::string rest;
      leading_kode(line, rest);
      opens_another_cell(line);
    }
    // The cells cover the text in order: their lines never go back.
    int last = 0;
    for (const StreamCell& cell : cells_from_lines(lines)) {
      if (cell.line < last || cell.text.empty()) __builtin_trap();
      last = cell.line;
    }
    Document document;
    ImportReport report;
    looks_like_cell_lines(lines);
    int read = import_cell_lines(lines, document, report);
    if (read == 0 && (!document.sasaran.empty() || !report.lines.empty())) __builtin_trap();  // 0: untouched
    fuzz::check_imported_tree(document);
  } catch (const UserError&) {
  }
  return 0;
}
