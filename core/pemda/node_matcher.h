#pragma once
// Which node of an old part is which node of the new file that replaces it: by origin id first (an OPD that sends
// its own .pokin again keeps its ids), when the code or the text agrees too (an OPD that imports its table again
// numbers its rows anew); then by the same text; then by code and statement similarity (text_similarity.h),
// greedily, the best pair first. Only items of one group are matched (the same level and kind of statement, the
// same matched sasaran of an indikator). One function, so that core/compare's diff_documents can take its place.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/ids.h"

namespace pokin::pemda {

struct MatchItem {
  Id id = kNoId;      // old: its id in the merged document; new: its id in the new file
  Id origin = kNoId;  // old: its id in the file it was merged from (kNoId when unknown); new: unused
  std::int64_t group = 0;
  std::string code;
  std::string text;
};

// A pair scores its text similarity (0..1) plus kCodeBonus when both codes are the same and not empty; pairs from
// kMinMatchScore on can match.
inline constexpr double kCodeBonus = 0.4;
inline constexpr double kMinMatchScore = 0.45;

// New id -> old id, each old and each new item in at most one pair. Quadratic in the size of a group only.
std::unordered_map<Id, Id> match_nodes(const std::vector<MatchItem>& old_items, const std::vector<MatchItem>& new_items);

}  // namespace pokin::pemda
