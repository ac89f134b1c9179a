#include "core/import/formula_tail.h"

#include <array>
#include <string>
#include <vector>

#include "core/import/text_cleaning.h"

namespace pokin::import {

bool formula_awaits_number(std::string_view formula) {
  std::vector<std::string_view> words = words_of(formula);
  if (words.empty()) return false;
  std::string last = lower_ascii(words.back());
  static constexpr std::array<std::string_view, 8> kOperators = {"kali", "x", "\xC3\x97", "dibagi", "dikali", "/", "*",
                                                                 "per"};
  for (std::string_view op : kOperators)
    if (last == op) return true;
  return false;
}

}  // namespace pokin::import
