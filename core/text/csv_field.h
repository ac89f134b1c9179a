#pragma once
// The one CSV encoder of Pokin (RFC 4180 quoting, UTF-8) for the spreadsheets planners open. The separator is
// the caller's: a comma for the exported tables (RFC 4180's own), a semicolon for `pokin check --csv` (Excel with
// Indonesian regional settings uses the decimal comma, so it expects semicolons). A field is quoted when it holds
// the separator, '"' or a line break, and quotes inside are doubled. Invalid UTF-8 becomes U+FFFD and control
// characters other than tab and line breaks become a space, so the file opens cleanly whatever the text held.
#include <string>
#include <string_view>
#include <vector>

namespace pokin {

inline constexpr std::string_view kCsvUtf8Bom = "\xEF\xBB\xBF";  // lets Excel read the file as UTF-8

enum class CsvSeparator : char { Comma = ',', Semicolon = ';', Tab = '\t' };

std::string csv_field(std::string_view text, CsvSeparator separator);
// The fields joined by the separator, ended by "\r\n".
std::string csv_row(const std::vector<std::string>& fields, CsvSeparator separator);

}  // namespace pokin
