#include "core/import/target_satuan.h"

#include <algorithm>
#include <cctype>

#include "core/import/text_cleaning.h"

namespace pokin::import {

std::string satuan_after_number(std::string_view raw) {
  std::string text = clean_text(std::string(raw));
  std::size_t at = 0;
  while (at < text.size() && (std::isdigit(static_cast<unsigned char>(text[at])) || text[at] == '.' || text[at] == ','))
    ++at;
  if (at == 0 || !std::isdigit(static_cast<unsigned char>(text[0]))) return {};
  std::string rest = trim(text.substr(at));
  constexpr std::size_t kLongestSatuan = 24;
  constexpr int kMostWords = 3;
  if (rest.empty() || rest.size() > kLongestSatuan) return {};
  if (rest[0] != '%' && !std::isalpha(static_cast<unsigned char>(rest[0]))) return {};
  if (std::any_of(rest.begin(), rest.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) return {};
  if (std::count(rest.begin(), rest.end(), ' ') >= kMostWords) return {};
  return rest;
}

std::string satuan_of_targets(const std::map<int, Value>& targets) {
  std::string found;
  for (const auto& [year, value] : targets) {
    std::string satuan = satuan_after_number(value.text);
    if (satuan.empty()) continue;
    if (!found.empty() && lower_ascii(found) != lower_ascii(satuan)) return {};
    if (found.empty()) found = satuan;
  }
  return found;
}

}  // namespace pokin::import
