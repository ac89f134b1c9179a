#pragma once
// Search over units, sasaran and indicators: case-insensitive substring match on code, statement, name.
#include <string>
#include <vector>

#include "core/model/document.h"

namespace pokin::ui {

enum class SearchKind { Unit, Sasaran, Indikator };

struct SearchResult {
  Id id = kNoId;
  SearchKind kind = SearchKind::Sasaran;
  std::string label;  // what the result list shows
};

// Sasaran first (they are what planners look for), then indicators, then units; at most `limit` results.
std::vector<SearchResult> search_document(const Document& document, const std::string& query, std::size_t limit = 200);

// ASCII case folding is enough for Indonesian.
bool contains_folded(const std::string& haystack, const std::string& needle);

}  // namespace pokin::ui
