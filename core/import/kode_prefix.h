#pragma once
// Codes that write the cascade into their digits: a sasaran "1.2.3" belongs under "1.2", a kegiatan
// "1.02.01.2.02" under the program "1.02.01" (Kepmendagri 050-5889/2021 nomenclature). The cascade suggestion
// uses them besides the statements' words.
#include <string_view>
#include <vector>

namespace pokin::import {

// The numbers of the last dotted run of digits in `code`: "SS 1.2.3" -> {1, 2, 3}, "1.02.01.2.02" ->
// {1, 2, 1, 2, 2}, "IKU" -> {}. Leading zeros do not count ("1.02" and "1.2" are one code). A part longer than 9
// digits, or a run of more than 12 parts, gives {} (not a code).
std::vector<int> code_parts(std::string_view code);

// How many leading parts of `child` the whole of `parent` covers, when `parent` is a proper prefix of `child`
// ({1, 2} of {1, 2, 3} -> 2); 0 otherwise (including equal codes and empty ones).
int code_prefix_length(const std::vector<int>& parent, const std::vector<int>& child);

}  // namespace pokin::import
