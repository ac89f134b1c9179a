#include "core/layout/text_metrics.h"

#include <algorithm>

#include "core/layout/font_metrics_table.h"
#include "core/text/utf8.h"

namespace pokin {
namespace {

// Decodes one code point at `pos` and advances it; an invalid sequence yields U+FFFD (core/text/utf8.h).
char32_t next_code_point(std::string_view text, std::size_t& pos) {
  DecodedCodePoint decoded = decode_utf8(text, pos);
  pos += decoded.length;
  return decoded.code_point;
}

bool is_combining(char32_t c) {
  return (c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
         (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F) ||
         c == 0x200D || (c >= 0xE0100 && c <= 0xE01EF);
}

// Advance in em units.
double advance_em(char32_t c, bool bold) {
  static const double kUnits = font_table::kUnitsPerEm;
  if (c < 0x20) return 0;
  const auto* begin = font_table::kAdvances;
  const auto* end = begin + font_table::kAdvanceCount;
  const auto* found = std::lower_bound(begin, end, c, [](const font_table::GlyphAdvance& g, char32_t code) {
    return g.code < code;
  });
  if (found != end && found->code == c) return (bold ? found->bold : found->regular) / kUnits;
  if (is_combining(c)) return 0;
  // Wide scripts and emoji take a full em in the fallback fonts; anything else unknown is given a generous
  // average so the box rather grows than the text overflows.
  if (c >= 0x1100) return 1.0;
  return bold ? 0.65 : 0.6;
}

}  // namespace

double text_width(std::string_view text, double size, bool bold) {
  double em = 0;
  for (std::size_t pos = 0; pos < text.size();) em += advance_em(next_code_point(text, pos), bold);
  return em * size;
}

std::vector<std::string> wrap_text(std::string_view text, double width, double size, bool bold) {
  std::vector<std::string> lines;
  std::string line;
  double line_width = 0;
  const double space = advance_em(' ', bold) * size;

  auto flush = [&] {
    lines.push_back(std::move(line));
    line.clear();
    line_width = 0;
  };
  // Places one word (no spaces), breaking it between characters when it cannot fit on a line of its own.
  auto place_word = [&](std::string_view word) {
    double word_width = text_width(word, size, bold);
    if (!line.empty() && line_width + space + word_width <= width) {
      line += ' ';
      line += word;
      line_width += space + word_width;
      return;
    }
    if (!line.empty()) flush();
    if (word_width <= width) {
      line = std::string(word);
      line_width = word_width;
      return;
    }
    for (std::size_t pos = 0; pos < word.size();) {
      std::size_t start = pos;
      double w = advance_em(next_code_point(word, pos), bold) * size;
      // Keep combining marks with their base character.
      while (pos < word.size()) {
        std::size_t peek = pos;
        char32_t c = next_code_point(word, peek);
        if (!is_combining(c)) break;
        pos = peek;
      }
      if (!line.empty() && line_width + w > width) flush();
      line.append(word.substr(start, pos - start));
      line_width += w;
    }
  };

  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find_first_of(" \t\n\r", pos);
    if (end == std::string_view::npos) end = text.size();
    if (end > pos) place_word(text.substr(pos, end - pos));
    if (end < text.size() && text[end] == '\n') flush();
    pos = end + 1;
  }
  if (!line.empty() || lines.empty()) flush();
  return lines;
}

}  // namespace pokin
