#pragma once
// Dates as Indonesian official documents print them: "23 November 2026" (day without a leading zero, month
// spelled out), for the place-and-date line over a signature.
#include <string>

namespace pokin {

// "23 November 2026" for today (local time).
std::string today_indonesian();

}  // namespace pokin
