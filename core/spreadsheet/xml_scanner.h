#pragma once
// A forward scanner over the XML parts of an .xlsx file: elements with their attributes, and text. Enough for
// the SpreadsheetML that Excel, LibreOffice and libxlsxwriter write; not a general XML parser (no DTDs).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pokin::spreadsheet {

struct XmlToken {
  enum class Kind { Open, Close, Text, End } kind = Kind::End;
  std::string_view name;  // local name, prefix removed ("x:c" -> "c")
  bool self_closing = false;
  std::vector<std::pair<std::string_view, std::string_view>> attributes;  // raw (still escaped) values
  std::string_view text;                                                   // raw (still escaped) text

  // The decoded value of attribute `name` (local name), or "" when absent.
  std::string attribute(std::string_view name) const;
};

class XmlScanner {
 public:
  explicit XmlScanner(std::string_view xml) : xml_(xml) {}
  XmlToken next();  // Kind::End at the end of the input

 private:
  std::string_view xml_;
  std::size_t at_ = 0;
};

// Replaces the five predefined entities and numeric character references.
std::string decode_xml_text(std::string_view raw);

}  // namespace pokin::spreadsheet
