#include "core/export/csv_export.h"

#include "core/export/xml_text.h"

namespace pokin {
namespace {

void append_field(std::string& out, const std::string& raw) {
  std::string text = valid_utf8(raw);
  bool quote = text.find_first_of(",\"\n\r") != std::string::npos;
  if (!quote) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void append_row(std::string& out, const std::vector<std::string>& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i) out += ',';
    append_field(out, row[i]);
  }
  out += "\r\n";
}

}  // namespace

std::string table_to_csv(const Table& table) {
  std::string out = "\xEF\xBB\xBF";
  append_row(out, table.headers);
  for (const auto& row : table.rows) append_row(out, row);
  return out;
}

}  // namespace pokin
