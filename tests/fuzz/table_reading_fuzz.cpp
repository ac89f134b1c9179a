// libFuzzer target: the table readers on any bytes. The text is split into rows by every delimiter (TAB, comma,
// semicolon, pipe, runs of spaces, and columns kept by character position when aligned_column_starts finds them),
// every row is offered to the header finder (header blocks over several rows, --map by letter and by text, the
// title year and period above), and the rows go through the table importer as a table (read_table and
// import_table_rows). Every failure must be a UserError; a crash, a sanitizer report or a hang is a bug.
// Seeds: corpus/table_reading_fuzz/ (tables of the bordered forms, a few KB each).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/import/aligned_columns.h"
#include "core/import/header_finding.h"
#include "core/import/table_import.h"
#include "core/import/table_reading.h"
#include "core/import/text_cleaning.h"
#include "core/model/document.h"
#include "core/text/bilingual.h"

using namespace pokin;
using namespace pokin::import;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> lines = split_lines(text);
  (void)detect_delimiter(lines);
  std::vector<std::size_t> starts = aligned_column_starts(lines);
  if (!starts.empty()) (void)read_aligned_columns(text, starts);
  for (Delimiter delimiter : {Delimiter::Tab, Delimiter::Comma, Delimiter::Semicolon, Delimiter::Pipe, Delimiter::Spaces,
                               Delimiter::BlankRuns}) {
    std::vector<TableRow> rows = read_table(text, delimiter);
    try {
      HeaderFinder finder({{"B", "sasaran"}, {"Target 2024", "target:2024"}}, 0, 0);
      for (std::size_t r = 0; r < rows.size() && r < 16; ++r) (void)finder.header_at(rows, r);
    } catch (const UserError&) {
    }
    try {
      Document document;
      ImportReport report;
      TableImportOptions options;
      options.tab_separated = delimiter != Delimiter::Comma && delimiter != Delimiter::Semicolon;
      import_table_rows(rows, options, document, report);
    } catch (const UserError&) {
    }
  }
  return 0;
}
