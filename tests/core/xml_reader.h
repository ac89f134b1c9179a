#pragma once
// A small strict XML reader for the export tests: checks that a document is well-formed (balanced tags, quoted
// attributes, known entities, valid UTF-8, no '<' in attribute values) and collects elements with their
// attributes and unescaped text. Independent of the code under test.
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace pokin::test {

struct XmlElement {
  std::string name;
  std::map<std::string, std::string> attributes;
  std::string text;  // character data directly inside the element, unescaped
};

inline bool valid_utf8_bytes(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (int k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    if (n == 1 && c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
    i += n;
  }
  return true;
}

inline std::string xml_unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') throw std::runtime_error("'<' in character data or attribute");
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    std::size_t end = s.find(';', i);
    if (end == std::string::npos) throw std::runtime_error("unterminated entity");
    std::string entity = s.substr(i + 1, end - i - 1);
    if (entity == "amp") out += '&';
    else if (entity == "lt") out += '<';
    else if (entity == "gt") out += '>';
    else if (entity == "quot") out += '"';
    else if (entity == "apos") out += '\'';
    else throw std::runtime_error("unknown entity &" + entity + ";");
    i = end;
  }
  return out;
}

// Throws std::runtime_error when the document is not well-formed.
inline std::vector<XmlElement> read_xml(const std::string& xml) {
  if (!valid_utf8_bytes(xml)) throw std::runtime_error("invalid UTF-8 or control character");
  std::vector<XmlElement> elements;
  std::vector<std::size_t> open;  // indexes into elements
  std::size_t i = 0;
  int roots = 0;
  while (i < xml.size()) {
    if (xml[i] != '<') {
      std::size_t end = xml.find('<', i);
      if (end == std::string::npos) end = xml.size();
      std::string text = xml_unescape(xml.substr(i, end - i));
      if (!open.empty()) elements[open.back()].text += text;
      else if (text.find_first_not_of(" \t\r\n") != std::string::npos) throw std::runtime_error("text outside root");
      i = end;
      continue;
    }
    if (xml.compare(i, 4, "<!--") == 0) {
      i = xml.find("-->", i);
      if (i == std::string::npos) throw std::runtime_error("unterminated comment");
      i += 3;
      continue;
    }
    if (xml.compare(i, 2, "<?") == 0) {
      i = xml.find("?>", i);
      if (i == std::string::npos) throw std::runtime_error("unterminated declaration");
      i += 2;
      continue;
    }
    if (xml.compare(i, 2, "</") == 0) {
      std::size_t end = xml.find('>', i);
      if (end == std::string::npos) throw std::runtime_error("unterminated end tag");
      std::string name = xml.substr(i + 2, end - i - 2);
      while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.pop_back();
      if (open.empty() || elements[open.back()].name != name) throw std::runtime_error("mismatched </" + name + ">");
      open.pop_back();
      i = end + 1;
      continue;
    }
    // Start tag.
    XmlElement element;
    std::size_t p = i + 1;
    while (p < xml.size() && !std::isspace(static_cast<unsigned char>(xml[p])) && xml[p] != '>' && xml[p] != '/')
      element.name += xml[p++];
    if (element.name.empty()) throw std::runtime_error("empty tag name");
    bool self_closing = false;
    for (;;) {
      while (p < xml.size() && std::isspace(static_cast<unsigned char>(xml[p]))) ++p;
      if (p >= xml.size()) throw std::runtime_error("unterminated tag");
      if (xml[p] == '>') {
        ++p;
        break;
      }
      if (xml.compare(p, 2, "/>") == 0) {
        self_closing = true;
        p += 2;
        break;
      }
      std::size_t eq = xml.find('=', p);
      if (eq == std::string::npos) throw std::runtime_error("attribute without value");
      std::string key = xml.substr(p, eq - p);
      char quote = xml[eq + 1];
      if (quote != '"' && quote != '\'') throw std::runtime_error("unquoted attribute " + key);
      std::size_t close = xml.find(quote, eq + 2);
      if (close == std::string::npos) throw std::runtime_error("unterminated attribute");
      if (!element.attributes.emplace(key, xml_unescape(xml.substr(eq + 2, close - eq - 2))).second)
        throw std::runtime_error("duplicate attribute " + key);
      p = close + 1;
    }
    if (open.empty() && ++roots > 1) throw std::runtime_error("more than one root element");
    elements.push_back(std::move(element));
    if (!self_closing) open.push_back(elements.size() - 1);
    i = p;
  }
  if (!open.empty()) throw std::runtime_error("unclosed <" + elements[open.back()].name + ">");
  if (roots != 1) throw std::runtime_error("no root element");
  return elements;
}

}  // namespace pokin::test
