#pragma once
// Parsing one XML part of an .xlsx or .docx archive with expat, as a stream of events with namespace prefixes removed
// ("x:c" -> "c"), text and attribute values decoded (entities, character references, UTF-16 -> UTF-8).
// Untrusted input: a document type declaration (and so any entity definition, the "billion laughs") is refused,
// and XML that is not well-formed is a UserError naming the part and the line.
#include <string_view>

#include "core/spreadsheet/office_file_kind.h"

namespace pokin::spreadsheet {

// The attributes of one element, valid only during the open() call that receives them.
class XmlAttributes {
 public:
  explicit XmlAttributes(const char** pairs) : pairs_(pairs) {}
  // The value of the attribute whose local name is `name` ("r:id" answers "id"), or "" when absent.
  std::string_view operator[](std::string_view name) const;

 private:
  const char** pairs_;  // name, value, name, value, ..., nullptr (expat's layout)
};

class XmlHandler {
 public:
  virtual void open(std::string_view name, const XmlAttributes& attributes) = 0;
  virtual void close(std::string_view name) = 0;
  virtual void text(std::string_view text) = 0;  // character data, possibly in several pieces

 protected:
  ~XmlHandler() = default;
};

// Parses all of `xml` (the part called `part` in messages), reporting to `handler`. What the handler throws
// reaches the caller unchanged, after the parser is released. Messages name the file as `kind`.
void parse_xml(std::string_view part, std::string_view xml, XmlHandler& handler, const OfficeFileKind& kind = kExcelFile);

}  // namespace pokin::spreadsheet
