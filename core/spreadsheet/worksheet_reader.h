#pragma once
// The cells of one worksheet part (xl/worksheets/sheetN.xml) as text, merged ranges repeating their top-left text.
// A merged range fills only cells inside the sheet's data (the rows and columns that hold a non-empty cell), so a
// range over the whole sheet costs what the data costs.
#include <string>
#include <string_view>
#include <vector>

#include "core/spreadsheet/number_looks.h"
#include "core/spreadsheet/xlsx_limits.h"
#include "core/spreadsheet/xlsx_reader.h"

namespace pokin::spreadsheet {

// Throws UserError when the XML is damaged, a reference is not a cell of an Excel sheet (beyond XFD or row
// 1,048,576, or malformed), a cell names a shared string that does not exist, or a limit is passed (`usage`
// carries the counts across the sheets of one workbook).
Sheet read_worksheet(const std::string& sheet_name, std::string_view part, std::string_view xml,
                     const std::vector<std::string>& shared_strings, const std::vector<NumberLook>& looks,
                     const XlsxLimits& limits, XlsxUsage& usage);

}  // namespace pokin::spreadsheet
