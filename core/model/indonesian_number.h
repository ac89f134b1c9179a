#pragma once
// Numbers as Indonesian planners write them: "." groups thousands, "," is the decimal mark.
// "5.200" = 5200, "83,37" = 83.37, "1.234,5" = 1234.5, "Rp 1.500.000" = 1500000, "≥ 80%" = 80.
#include <optional>
#include <string>
#include <string_view>

#include "core/model/indikator.h"

namespace pokin {

// The first number written in `text`, or nullopt when there is none ("WTP", "A", "").
// A dot followed by exactly three digits (and then no further digit) is a thousands separator; any other single
// dot between digits is read as a decimal point ("3.5"), because planners paste from English sheets too.
std::optional<double> parse_indonesian_number(std::string_view text);

// A Value keeping `text` and the number read from it.
Value make_value(std::string text);

// A number written the Indonesian way, with at most `decimals` decimals (and at most 15 significant digits, as
// Excel shows numbers) and no trailing zeros: 5200 -> "5.200",
// 83.37 -> "83,37". From 1e15 on (where a double stops holding every integer digit) in scientific notation as
// Excel shows it: 1e30 -> "1E+30", -1.5e20 -> "-1,5E+20". NaN and infinities -> "-". `decimals` is taken in 0..9.
std::string format_indonesian_number(double number, int decimals = 2);

}  // namespace pokin
