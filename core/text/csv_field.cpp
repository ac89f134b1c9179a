#include "core/text/csv_field.h"

#include "core/text/utf8.h"

namespace pokin {

std::string csv_field(std::string_view text, CsvSeparator separator) {
  std::string clean = repaired_utf8(text);
  for (char& c : clean) {
    auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F) c = ' ';
  }
  const char quote_when[] = {static_cast<char>(separator), '"', '\r', '\n', '\0'};
  if (clean.find_first_of(quote_when) == std::string::npos) return clean;
  std::string quoted = "\"";
  for (char c : clean) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string csv_row(const std::vector<std::string>& fields, CsvSeparator separator) {
  std::string row;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) row += static_cast<char>(separator);
    row += csv_field(fields[i], separator);
  }
  return row + "\r\n";
}

}  // namespace pokin
