#pragma once
// The end of an indicator's formula as a PDF copy wraps it: "Jumlah laporan tepat waktu dibagi jumlah laporan
// kali" and "100" on the next line. A number after such a tail is the formula's, not a target. Only the last word
// is looked at.
#include <string_view>

namespace pokin::import {

// Whether `formula` ends with an operator that a number must follow: "kali", "x", "×", "dibagi", "dikali", "/",
// "*", "per".
bool formula_awaits_number(std::string_view formula);

}  // namespace pokin::import
