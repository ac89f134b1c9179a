#include "app/ui/document_search.h"

#include <algorithm>
#include <cctype>

namespace pokin::ui {

bool contains_folded(const std::string& haystack, const std::string& needle) {
  if (needle.empty()) return true;
  auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
  return it != haystack.end();
}

std::vector<SearchResult> search_document(const Document& document, const std::string& query, std::size_t limit) {
  std::vector<SearchResult> results;
  std::string trimmed = query;
  trimmed.erase(0, trimmed.find_first_not_of(" \t"));
  trimmed.erase(trimmed.find_last_not_of(" \t") + 1);
  if (trimmed.empty()) return results;
  for (const auto& [id, sasaran] : document.sasaran) {
    if (results.size() >= limit) return results;
    if (contains_folded(sasaran.code, trimmed) || contains_folded(sasaran.statement, trimmed))
      results.push_back({id, SearchKind::Sasaran, (sasaran.code.empty() ? "" : sasaran.code + "  ") + sasaran.statement});
  }
  for (const auto& [id, indikator] : document.indikator) {
    if (results.size() >= limit) return results;
    if (contains_folded(indikator.code, trimmed) || contains_folded(indikator.name, trimmed))
      results.push_back({id, SearchKind::Indikator, (indikator.code.empty() ? "" : indikator.code + "  ") + indikator.name});
  }
  for (const auto& [id, unit] : document.units) {
    if (results.size() >= limit) return results;
    if (contains_folded(unit.name, trimmed) || contains_folded(unit.jabatan, trimmed))
      results.push_back({id, SearchKind::Unit, unit.name});
  }
  return results;
}

}  // namespace pokin::ui
