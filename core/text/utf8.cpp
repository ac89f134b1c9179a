#include "core/text/utf8.h"

namespace pokin {
namespace {

// The bytes allowed in second position after each lead byte (Unicode table 3-7). Narrowing the second byte
// is what rules out overlong forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
struct LeadByte {
  std::size_t length;
  unsigned char second_low, second_high;
};

LeadByte lead_byte(unsigned char c) {
  if (c >= 0xC2 && c <= 0xDF) return {2, 0x80, 0xBF};
  if (c == 0xE0) return {3, 0xA0, 0xBF};
  if (c == 0xED) return {3, 0x80, 0x9F};
  if (c >= 0xE1 && c <= 0xEF) return {3, 0x80, 0xBF};
  if (c == 0xF0) return {4, 0x90, 0xBF};
  if (c >= 0xF1 && c <= 0xF3) return {4, 0x80, 0xBF};
  if (c == 0xF4) return {4, 0x80, 0x8F};
  return {0, 0, 0};  // 80..C1 (continuation bytes, overlong two-byte leads) and F5..FF
}

}  // namespace

DecodedCodePoint decode_utf8(std::string_view text, std::size_t pos) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return {lead, 1, true};
  const LeadByte rule = lead_byte(lead);
  if (rule.length == 0) return {};
  char32_t code_point = lead & (0x7F >> rule.length);
  for (std::size_t k = 1; k < rule.length; ++k) {
    if (pos + k >= text.size()) return {kReplacementCharacter, k, false};
    const unsigned char c = byte(pos + k);
    const unsigned char low = k == 1 ? rule.second_low : 0x80, high = k == 1 ? rule.second_high : 0xBF;
    if (c < low || c > high) return {kReplacementCharacter, k, false};
    code_point = (code_point << 6) | (c & 0x3F);
  }
  return {code_point, rule.length, true};
}

std::size_t first_invalid_utf8(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    DecodedCodePoint decoded = decode_utf8(text, pos);
    if (!decoded.valid) return pos;
    pos += decoded.length;
  }
  return std::string_view::npos;
}

bool is_valid_utf8(std::string_view text) { return first_invalid_utf8(text) == std::string_view::npos; }

std::string repaired_utf8(std::string_view text, std::size_t* replaced) {
  std::string out;
  out.reserve(text.size());
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    DecodedCodePoint decoded = decode_utf8(text, pos);
    if (decoded.valid) {
      out.append(text.substr(pos, decoded.length));
    } else {
      out += kReplacementCharacterUtf8;
      ++count;
    }
    pos += decoded.length;
  }
  if (replaced) *replaced = count;
  return out;
}

}  // namespace pokin
