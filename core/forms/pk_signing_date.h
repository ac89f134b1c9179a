#pragma once
// The place-and-date line above a Perjanjian Kinerja signature: "Paringin, 2 Januari 2024". A planner who leaves
// the place empty gets a dotted gap to write it in by hand; an empty date is today's, written the Indonesian way.
#include <string>

namespace pokin {

// "2 Januari 2024" (no leading zero, the month's Indonesian name). `month` is 1..12; any other month gives "".
std::string indonesian_date(int day, int month, int year);

// Today in the local time zone, as indonesian_date writes it.
std::string today_indonesian_date();

// This year in the local time zone (the PK's year when the planner gives none).
int current_year();

// "<place>, <date>": an empty place becomes a dotted gap, an empty date today_indonesian_date().
std::string pk_place_date(const std::string& place, const std::string& date);

}  // namespace pokin
