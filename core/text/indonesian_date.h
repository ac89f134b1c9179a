#pragma once
// Dates as Indonesian official documents print them: "23 November 2026" (day without a leading zero, month
// spelled out), for the place-and-date line over a signature.
#include <string>

namespace pokin {

// "2 Januari 2024". `month` is 1..12; any other month gives "".
std::string indonesian_date(int day, int month, int year);
// Today (local time), as indonesian_date writes it.
std::string today_indonesian();
// This year in the local time zone.
int current_year();

}  // namespace pokin
