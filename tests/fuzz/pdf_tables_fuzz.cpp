// libFuzzer target: the PDF import's own code on arbitrary bytes. Every input must end in rows or a UserError;
// anything else (a crash, a sanitizer report, another exception, time or memory past libFuzzer's limits) is a bug.
//
// Two kinds of input, so that mutations reach both poppler's parsing and our geometry:
// - bytes starting with "%PDF" are the file itself, read as the importer reads it (read_pdf_source: poppler, then
//   the tables rebuilt); a crash inside poppler is poppler's (noted in docs/RELIABILITY.md) but still stops here;
// - any other bytes are word boxes handed straight to rebuild_tables (most mutated PDFs no longer parse, so the
//   geometry would hardly be reached): each word is 4 little-endian int16 coordinates (x0, y0, width, height, in
//   tenths of a point), a length byte and that many text bytes; a 0xFF byte starts a new page.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/import/pdf_source.h"
#include "core/pdf/pdf_table_layout.h"
#include "core/text/bilingual.h"

namespace {

pokin::pdf::PdfWords words_of(std::string_view input) {
  pokin::pdf::PdfWords words;
  words.pages.push_back({1, 842, 595, {}});
  std::size_t at = 0;
  auto int16 = [&](std::size_t i) {
    return static_cast<int16_t>(static_cast<uint16_t>(static_cast<unsigned char>(input[i]) |
                                                      (static_cast<unsigned char>(input[i + 1]) << 8)));
  };
  while (at < input.size()) {
    if (static_cast<unsigned char>(input[at]) == 0xFF) {
      words.pages.push_back({static_cast<int>(words.pages.size()) + 1, 842, 595, {}});
      ++at;
      continue;
    }
    if (at + 9 > input.size()) break;
    double x0 = int16(at) / 10.0, y0 = int16(at + 2) / 10.0, w = int16(at + 4) / 10.0, h = int16(at + 6) / 10.0;
    std::size_t length = static_cast<unsigned char>(input[at + 8]);
    at += 9;
    std::string text(input.substr(at, length));
    at += std::min(length, input.size() - at);
    if (text.empty()) text = "x";
    words.pages.back().words.push_back({text, x0, y0, x0 + w, y0 + h});
  }
  return words;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  if (input.substr(0, 4) == "%PDF") {
    try {
      pokin::import::PdfSource source = pokin::import::read_pdf_source(input);
      (void)source;
    } catch (const pokin::UserError&) {
    }
    return 0;
  }
  pokin::pdf::PdfLayout layout = pokin::pdf::rebuild_tables(words_of(input));
  for (const pokin::pdf::PdfRow& row : layout.rows)
    if (row.cells.empty() && row.in_table) __builtin_trap();  // a table row has one cell per column
  return 0;
}
