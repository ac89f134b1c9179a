#pragma once
// Suggested cascade links. The documents rarely say which sasaran supports which: for every sasaran without a
// parent whose unit has a parent, the best candidate among the sasaran of the nearest ancestor unit that owns
// sasaran is found by text similarity (statement and indicator names; see text_similarity.h). Candidates at or
// above `threshold` become the sasaran's parent, marked LinkOrigin::Suggested with the score, for the planner to
// review; every candidate (applied or not) is listed in the report.
#include "core/import/import_report.h"
#include "core/model/document.h"

namespace pokin::import {

inline constexpr double kDefaultSuggestionThreshold = 0.06;

void suggest_cascade(Document& document, ImportReport& report, double threshold = kDefaultSuggestionThreshold);

}  // namespace pokin::import
