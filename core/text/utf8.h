#pragma once
// The one UTF-8 decoder of Pokin. Strict as Unicode (chapter 3, table 3-7) and RFC 3629 require:
// overlong forms (C0 80, E0 80 80 ...), surrogates (ED A0 80 .. ED BF BF), code points above U+10FFFF
// (F4 90 80 80, F5..FF leads), stray continuation bytes and sequences cut short are all invalid. Text from a file
// another tool wrote is untrusted, so every reader (layout's text measurement, the import's cleaning, JSON, XML
// and CSV output) decodes with this, and invalid bytes become U+FFFD the same way everywhere.
#include <cstddef>
#include <string>
#include <string_view>

namespace pokin {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;
inline constexpr std::string_view kReplacementCharacterUtf8 = "\xEF\xBF\xBD";

struct DecodedCodePoint {
  char32_t code_point = kReplacementCharacter;  // U+FFFD when !valid
  std::size_t length = 1;                       // bytes consumed, at least 1
  bool valid = false;
};

// Decodes the code point starting at text[pos] (pos < text.size()). An invalid sequence consumes its maximal
// valid prefix (at least one byte), so each broken sequence becomes exactly one U+FFFD, as Unicode recommends.
DecodedCodePoint decode_utf8(std::string_view text, std::size_t pos);

bool is_valid_utf8(std::string_view text);
// The offset of the first byte of the first invalid sequence, or std::string_view::npos when all is valid.
std::size_t first_invalid_utf8(std::string_view text);

// `text` with every invalid sequence replaced by U+FFFD; valid text comes back unchanged. `replaced`, when
// given, receives the number of replacements.
std::string repaired_utf8(std::string_view text, std::size_t* replaced = nullptr);

}  // namespace pokin
