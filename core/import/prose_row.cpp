#include "core/import/prose_row.h"

#include <cctype>

#include "core/import/text_cleaning.h"

namespace pokin::import {

bool is_sentence_split_at_commas(const std::vector<std::string>& cells) {
  bool long_run = false, goes_on = false;
  for (const std::string& cell : cells) {
    std::string text = trim(cell);
    if (text.size() > 90 && words_of(text).size() >= 12) long_run = true;
    else if (!text.empty() && std::islower(static_cast<unsigned char>(text.front())) != 0 && words_of(text).size() >= 3)
      goes_on = true;
  }
  return long_run && goes_on;
}

}  // namespace pokin::import
