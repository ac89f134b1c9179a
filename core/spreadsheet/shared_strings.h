#pragma once
// The shared-string table of a workbook (xl/sharedStrings.xml): the text of each <si>, rich-text runs joined,
// phonetic runs (<rPh>) left out.
#include <string>
#include <string_view>
#include <vector>

#include "core/spreadsheet/xlsx_limits.h"

namespace pokin::spreadsheet {

// Throws UserError when the XML is damaged or holds more than `limits.max_strings` entries.
std::vector<std::string> read_shared_strings(std::string_view part, std::string_view xml, const XlsxLimits& limits);

}  // namespace pokin::spreadsheet
