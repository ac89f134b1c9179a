#include "core/export/xml_text.h"

#include "core/text/utf8.h"

namespace pokin {
namespace {

void append_clean(std::string& out, std::string_view text, bool escape_markup) {
  out.reserve(out.size() + text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      if (escape_markup) {
        switch (c) {
          case '&': out += "&amp;"; continue;
          case '<': out += "&lt;"; continue;
          case '>': out += "&gt;"; continue;
          case '"': out += "&quot;"; continue;
          case '\'': out += "&apos;"; continue;
          default: break;
        }
      }
      out += (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F ? ' ' : static_cast<char>(c);
      continue;
    }
    DecodedCodePoint decoded = decode_utf8(text, i);
    // U+FFFE/U+FFFF are not XML characters either.
    if (decoded.valid && decoded.code_point != 0xFFFE && decoded.code_point != 0xFFFF)
      out.append(text.substr(i, decoded.length));
    else
      out += kReplacementCharacterUtf8;
    i += decoded.length;
  }
}

}  // namespace

void append_xml_escaped(std::string& out, std::string_view text) { append_clean(out, text, true); }

std::string xml_escaped(std::string_view text) {
  std::string out;
  append_clean(out, text, true);
  return out;
}

std::string valid_utf8(std::string_view text) {
  std::string out;
  append_clean(out, text, false);
  return out;
}

}  // namespace pokin
