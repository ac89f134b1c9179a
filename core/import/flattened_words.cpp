#include "core/import/flattened_words.h"

#include <cctype>

namespace pokin::import {

bool is_value(std::string_view token) {
  if (token.empty()) return false;
  std::size_t digits = 0;
  for (char c : token) {
    if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
    else if (c != '.' && c != ',' && c != '%' && c != '-' && c != '+' && c != ':') return false;
  }
  return digits > 0 && token.front() != ':' && token.back() != ':';
}

bool is_cell_value(std::string_view token) {
  static constexpr std::array<std::string_view, 4> kEmpty = {"-", "NA", "N/A", "n/a"};
  return is_value(token) || is_one_of(token, kEmpty);
}

// One part of a budget kode ("1", "02", "2.01", "1.02.01.2.02.0001", "X", "XX"): dotted parts of one or two digits,
// the last may be a four-digit sub kegiatan number.
bool is_kode_part(std::string_view word) {
  if (word == "X" || word == "XX") return true;
  std::size_t part = 0, parts = 0;
  for (std::size_t i = 0; i <= word.size(); ++i) {
    if (i == word.size() || word[i] == '.') {
      bool last = i == word.size();
      if (part == 0 || (part > 2 && !(last && part == 4 && parts > 0))) return false;
      part = 0;
      ++parts;
    } else if (std::isdigit(static_cast<unsigned char>(word[i]))) {
      ++part;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace pokin::import
