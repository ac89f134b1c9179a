#pragma once
// The satuan written with a target when a form has no Satuan column (a Perjanjian Kinerja's "Target" cells: "75 %",
// "25 Unit", "6,2 Ton/Ha", "105 Indeks"): the words after the number.
#include <map>
#include <string>
#include <string_view>

#include "core/model/indikator.h"

namespace pokin::import {

// The satuan after the number of `target` ("75 %" -> "%", "6,2 Ton/Ha" -> "Ton/Ha"); "" when the text does not
// start with a number (a grade "BB", "Rp 5.000", a sentence), when nothing follows it, or when what follows is
// no short unit (more digits, as in a range "70 - 75 %", or more than three words).
std::string satuan_after_number(std::string_view target);

// The one satuan every target that carries one carries after its number; "" when none does or two differ.
std::string satuan_of_targets(const std::map<int, Value>& targets);

}  // namespace pokin::import
