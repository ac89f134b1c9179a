#include "core/compare/target_series.h"

#include <cstdio>
#include <set>
#include <vector>

namespace pokin {
namespace {

std::string trimmed(const std::string& text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  std::size_t last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string value_key(const Value& value) {
  if (value.number) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", *value.number);
    return buffer;
  }
  return trimmed(value.text);
}

std::unordered_map<std::string, std::vector<Id>> carriers(const Document& document) {
  std::unordered_map<std::string, std::vector<Id>> out;
  for (const auto& [id, indikator] : document.indikator) {
    std::string key = target_series(indikator);
    if (!key.empty()) out[key].push_back(id);
  }
  return out;
}

}  // namespace

std::string target_series(const Indikator& indikator) {
  std::string key;
  std::set<std::string> distinct;
  int filled = 0;
  for (const auto& [year, value] : indikator.target) {
    std::string text = value_key(value);
    if (text.empty()) continue;
    ++filled;
    distinct.insert(text);
    key += std::to_string(year) + "=" + text + "|";
  }
  if (filled < kSeriesYears || distinct.size() < 2) return {};
  return key;
}

TargetSeriesTwins::TargetSeriesTwins(const Document& old_document, const Document& new_document) {
  auto olds = carriers(old_document);
  auto news = carriers(new_document);
  for (const auto& [key, old_ids] : olds) {
    auto found = news.find(key);
    if (old_ids.size() == 1 && found != news.end() && found->second.size() == 1) new_of_old_[old_ids[0]] = found->second[0];
  }
}

Id TargetSeriesTwins::new_twin(Id old_indikator) const {
  auto found = new_of_old_.find(old_indikator);
  return found == new_of_old_.end() ? kNoId : found->second;
}

}  // namespace pokin
