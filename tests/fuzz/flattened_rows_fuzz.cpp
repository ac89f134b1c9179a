// libFuzzer target: the bytes are text without cell borders (PDF-to-text renders of planning tables, one row per
// line or whole tables flattened into paragraphs), read by the flattened-rows reader straight (not only when the
// table readers gave up, as in text_import_fuzz); every line also goes through the paragraph splitter and its
// pieces' value runs through the value placement with a T-C.27 header. Every failure must be a UserError; anything
// else (a crash, a sanitizer report, a piece outside its line, a hang) is a bug. Seeds: flattened fixtures in
// corpus/flattened_rows_fuzz/.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/import/flattened_paragraph.h"
#include "core/import/flattened_rows.h"
#include "core/import/flattened_values.h"
#include "core/import/text_cleaning.h"
#include "core/text/bilingual.h"

using namespace pokin;
using namespace pokin::import;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> lines = split_lines(text);
  ValueColumns columns;
  columns.observe("Kondisi Awal Target Rp Target Rp Target Rp Kondisi Akhir 2021 2022 2023");
  for (std::string_view line : lines) {
    ParagraphPieces paragraph = split_flattened_paragraph(line);
    const char* begin = line.data();
    const char* end = line.data() + line.size();
    for (std::string_view piece : paragraph.pieces) {
      if (piece.empty() || piece.data() < begin || piece.data() + piece.size() > end) std::abort();
      std::vector<std::string> values;
      std::size_t at = 0;
      while (at < piece.size()) {
        std::size_t space = piece.find(' ', at);
        if (space == std::string_view::npos) space = piece.size();
        if (space > at) values.emplace_back(piece.substr(at, space - at));
        at = space + 1;
      }
      PlacedValues placed = place_values(values, columns, columns.years);
      if (placed.placed && placed.target.size() > columns.years.size()) std::abort();
      rows_of_columns(values, 1 + piece.size() % 4);
    }
    if (paragraph.header_at > paragraph.pieces.size()) std::abort();
  }
  try {
    Document document;
    ImportReport report;
    import_flattened_rows(lines, document, report);
  } catch (const UserError&) {
  }
  return 0;
}
