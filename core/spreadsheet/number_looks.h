#pragma once
// How a workbook's cell styles show numbers (xl/styles.xml), and a number written as such a cell shows it in an
// Indonesian Excel: "83,37", "2024" (General), "5.200" (a format grouping thousands), "95%" (a percentage).
#include <string>
#include <string_view>
#include <vector>

#include "core/spreadsheet/xlsx_limits.h"

namespace pokin::spreadsheet {

enum class NumberLook { Plain, Grouped, Percent };

// For each cell style (cellXfs index): how its number format shows a number. Throws UserError when the XML is
// damaged or holds more than `limits.max_styles` styles or formats.
std::vector<NumberLook> read_number_looks(std::string_view part, std::string_view xml, const XlsxLimits& limits);

// `raw` (the text of a cell's <v>) as the cell shows it. Text that is not a finite number comes back as written.
std::string number_text(const std::string& raw, NumberLook look);

}  // namespace pokin::spreadsheet
