#include "core/export/csv_export.h"

#include "core/text/csv_field.h"

namespace pokin {

std::string table_to_csv(const Table& table) {
  std::string out(kCsvUtf8Bom);
  out += csv_row(table.headers, CsvSeparator::Comma);
  for (const auto& row : table.rows) out += csv_row(row, CsvSeparator::Comma);
  return out;
}

}  // namespace pokin
