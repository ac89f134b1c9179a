// libFuzzer target: the tables of a web page (core/spreadsheet/html_tables.h) and their import. Every input is
// wrapped as a page that opens a table, so each mutation reaches the parser, the span layout and the title
// lines; it must end in sheets, an import or a UserError, never a crash, a hang or memory past the limits.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/import/import_document.h"
#include "core/spreadsheet/html_tables.h"
#include "core/text/bilingual.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string page = "<html><body><table>";
  page.append(reinterpret_cast<const char*>(data), size);
  pokin::spreadsheet::XlsxLimits limits;
  limits.max_cells = 200'000;  // small limits keep each run cheap: the fuzzer explores reaching them instead
  limits.max_rows = 20'000;
  limits.max_columns = 256;
  try {
    pokin::spreadsheet::read_html_tables(page, limits);
  } catch (const pokin::UserError&) {
  }
  if (size <= 4096) {
    try {
      pokin::import::import_text("fuzz.html", page, {});
    } catch (const pokin::UserError&) {
    }
  }
  return 0;
}
