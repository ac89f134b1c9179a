#pragma once
// CSV for the spreadsheets planners open: ';' between fields (Excel with Indonesian regional settings uses the
// decimal comma, so it expects semicolons), a field quoted when it holds ';', '"', or a line break.
#include <string>
#include <string_view>
#include <vector>

namespace pokin {

inline constexpr std::string_view kCsvUtf8Bom = "\xEF\xBB\xBF";  // lets Excel read the file as UTF-8

std::string csv_field(std::string_view text);
// The fields joined by ';', ended by "\r\n".
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace pokin
