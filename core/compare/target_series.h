#pragma once
// An indikator's yearly targets as one key, to recognise it in another file when its name was reworded: an
// amendment that rewords an indicator (or a Renstra's wording copied onto the IKU) usually keeps its numbers, and
// planners check "targetnya cocok angka per angka". A run is evidence only when it is long and varied enough: at
// least kSeriesYears filled years and two different values (five times "100" or "WTP" is what many indicators
// carry), and only when no other indikator on either side carries it (TargetSeriesTwins).
#include <string>
#include <unordered_map>

#include "core/model/document.h"

namespace pokin {

inline constexpr int kSeriesYears = 3;

// "2025=30.3|2026=36.36|..." (the number read from a target when there is one, else its trimmed text); empty
// when the run is too short or all alike.
std::string target_series(const Indikator& indikator);

// The pairs of indikator, one in each document, that carry the same telling run of targets and are the only ones
// on their side to carry it.
class TargetSeriesTwins {
 public:
  TargetSeriesTwins(const Document& old_document, const Document& new_document);
  Id new_twin(Id old_indikator) const;  // kNoId when it has none
  bool twins(Id old_indikator, Id new_indikator) const {
    return new_indikator != kNoId && new_twin(old_indikator) == new_indikator;
  }

 private:
  std::unordered_map<Id, Id> new_of_old_;
};

}  // namespace pokin
