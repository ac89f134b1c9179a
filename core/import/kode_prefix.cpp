#include "core/import/kode_prefix.h"

#include <algorithm>
#include <cctype>

namespace pokin::import {

std::vector<int> code_parts(std::string_view code) {
  std::vector<int> parts;
  // Walk back from the end of the last digit to the start of its dotted run.
  std::size_t end = code.find_last_of("0123456789");
  if (end == std::string_view::npos) return parts;
  std::size_t begin = end;
  while (begin > 0 && (std::isdigit(static_cast<unsigned char>(code[begin - 1])) ||
                       (code[begin - 1] == '.' && begin > 1 && std::isdigit(static_cast<unsigned char>(code[begin - 2])))))
    --begin;
  std::string_view run = code.substr(begin, end - begin + 1);
  std::size_t at = 0;
  while (at <= run.size()) {
    std::size_t dot = std::min(run.find('.', at), run.size());
    std::string_view digits = run.substr(at, dot - at);
    if (digits.empty() || digits.size() > 9 || parts.size() >= 12) return {};
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    parts.push_back(value);
    at = dot + 1;
  }
  return parts;
}

int code_prefix_length(const std::vector<int>& parent, const std::vector<int>& child) {
  if (parent.empty() || parent.size() >= child.size()) return 0;
  return std::equal(parent.begin(), parent.end(), child.begin()) ? static_cast<int>(parent.size()) : 0;
}

}  // namespace pokin::import
