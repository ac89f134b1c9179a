#include "core/export/xml_text.h"

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
    int length = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    bool valid = length > 0 && i + length <= text.size();
    for (int k = 1; valid && k < length; ++k) valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (valid) {
      // U+FFFE/U+FFFF are not XML characters either.
      std::string_view sequence = text.substr(i, length);
      if (sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF") out += "\xEF\xBF\xBD";
      else out.append(sequence);
      i += length;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
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
