#pragma once
// XLSX (libxlsxwriter): one sheet per table, header row styled and frozen, a sasaran's cells merged over its
// indikator rows, column widths that fit Indonesian text, landscape print with the header repeated on every page.
// Capaian cells (Table::percents) are numbers with a percent format, filled with their LKjIP band colour.
#include <filesystem>
#include <vector>

#include "core/export/cascade_table.h"

namespace pokin {

// Throws UserError when the workbook cannot be written (written to a temporary file beside `path`, renamed over
// it when complete: a failure leaves `path` as it was).
void write_xlsx(const std::filesystem::path& path, const std::vector<Table>& tables);

}  // namespace pokin
