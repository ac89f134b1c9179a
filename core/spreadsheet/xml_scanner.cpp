#include "core/spreadsheet/xml_scanner.h"

#include <cstdlib>

namespace pokin::spreadsheet {
namespace {

std::string_view local_name(std::string_view name) {
  auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void append_utf8(std::string& out, unsigned long code) {
  if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

}  // namespace

std::string XmlToken::attribute(std::string_view wanted) const {
  for (const auto& [key, value] : attributes)
    if (local_name(key) == wanted) return decode_xml_text(value);
  return {};
}

std::string decode_xml_text(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '&') {
      out += raw[i];
      continue;
    }
    auto semicolon = raw.find(';', i);
    if (semicolon == std::string_view::npos || semicolon - i > 10) {
      out += '&';
      continue;
    }
    std::string_view entity = raw.substr(i + 1, semicolon - i - 1);
    if (entity == "amp") out += '&';
    else if (entity == "lt") out += '<';
    else if (entity == "gt") out += '>';
    else if (entity == "quot") out += '"';
    else if (entity == "apos") out += '\'';
    else if (!entity.empty() && entity[0] == '#') {
      std::string digits(entity.substr(1));
      bool hex = !digits.empty() && (digits[0] == 'x' || digits[0] == 'X');
      append_utf8(out, std::strtoul(digits.c_str() + (hex ? 1 : 0), nullptr, hex ? 16 : 10));
    } else {
      out.append(raw.substr(i, semicolon - i + 1));
    }
    i = semicolon;
  }
  return out;
}

XmlToken XmlScanner::next() {
  XmlToken token;
  while (at_ < xml_.size()) {
    if (xml_[at_] != '<') {
      auto lt = xml_.find('<', at_);
      if (lt == std::string_view::npos) lt = xml_.size();
      token.kind = XmlToken::Kind::Text;
      token.text = xml_.substr(at_, lt - at_);
      at_ = lt;
      return token;
    }
    // Declarations, comments and processing instructions carry nothing a sheet needs.
    if (xml_.compare(at_, 4, "<!--") == 0) {
      auto end = xml_.find("-->", at_);
      at_ = end == std::string_view::npos ? xml_.size() : end + 3;
      continue;
    }
    if (xml_.compare(at_, 9, "<![CDATA[") == 0) {
      auto end = xml_.find("]]>", at_);
      if (end == std::string_view::npos) end = xml_.size();
      token.kind = XmlToken::Kind::Text;
      token.text = xml_.substr(at_ + 9, end - at_ - 9);  // note: CDATA text is returned raw
      at_ = std::min(xml_.size(), end + 3);
      return token;
    }
    if (at_ + 1 < xml_.size() && (xml_[at_ + 1] == '?' || xml_[at_ + 1] == '!')) {
      auto end = xml_.find('>', at_);
      at_ = end == std::string_view::npos ? xml_.size() : end + 1;
      continue;
    }
    auto end = xml_.find('>', at_);
    if (end == std::string_view::npos) {
      at_ = xml_.size();
      break;
    }
    std::string_view tag = xml_.substr(at_ + 1, end - at_ - 1);
    at_ = end + 1;
    if (!tag.empty() && tag[0] == '/') {
      token.kind = XmlToken::Kind::Close;
      std::string_view name = tag.substr(1);
      while (!name.empty() && is_space(name.back())) name.remove_suffix(1);
      token.name = local_name(name);
      return token;
    }
    token.kind = XmlToken::Kind::Open;
    if (!tag.empty() && tag.back() == '/') {
      token.self_closing = true;
      tag.remove_suffix(1);
    }
    std::size_t i = 0;
    while (i < tag.size() && !is_space(tag[i])) ++i;
    token.name = local_name(tag.substr(0, i));
    while (i < tag.size()) {
      while (i < tag.size() && is_space(tag[i])) ++i;
      std::size_t key_start = i;
      while (i < tag.size() && tag[i] != '=' && !is_space(tag[i])) ++i;
      std::string_view key = tag.substr(key_start, i - key_start);
      while (i < tag.size() && (is_space(tag[i]) || tag[i] == '=')) ++i;
      if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) break;
      char quote = tag[i++];
      std::size_t value_start = i;
      while (i < tag.size() && tag[i] != quote) ++i;
      if (!key.empty()) token.attributes.emplace_back(key, tag.substr(value_start, i - value_start));
      ++i;
    }
    return token;
  }
  token.kind = XmlToken::Kind::End;
  return token;
}

}  // namespace pokin::spreadsheet
