#pragma once
// XLSX (libxlsxwriter): one sheet per table, header row styled and frozen, a sasaran's cells merged over its
// indikator rows, column widths that fit Indonesian text, landscape print with the header repeated on every page.
// Capaian cells (Table::percents) are numbers with a percent format, filled with their LKjIP band colour.
#include <xlsxwriter.h>

#include <filesystem>
#include <system_error>
#include <vector>

#include "core/export/cascade_table.h"

namespace pokin {

// Throws UserError when the workbook cannot be written (written to a temporary file beside `path`, renamed over
// it when complete: a failure leaves `path` as it was).
void write_xlsx(const std::filesystem::path& path, const std::vector<Table>& tables);

// Turns libxlsxwriter's result into the planner's message: a failed file operation names its `cause` (errno
// after workbook_close: disk full, permission denied), anything else the library's own reason.
void throw_on_workbook_error(lxw_error error, std::error_code cause, const std::filesystem::path& path);

}  // namespace pokin
