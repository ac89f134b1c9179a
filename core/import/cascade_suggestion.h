#pragma once
// Suggested cascade links. The documents rarely say which sasaran supports which: for every sasaran without a
// parent whose unit has a parent, a parent is chosen among the sasaran of the nearest ancestor unit that owns
// sasaran (the unit hierarchy first: a Seksi's sasaran supports its Bidang's, a Bidang's the head's; a Tujuan is
// no candidate where the unit also has sasaran). Each candidate is scored by
//  - text similarity of the two statements with their indicators (text_similarity.h), plus a quarter of the
//    similarity of the candidate to the names of the sasaran's unit and of the units passed on the way up;
//  - a code or a nomenclature kode that continues the candidate's ("1.2.3" under "1.2", kegiatan "1.02.01.2.02"
//    under program "1.02.01"), which outweighs any similarity;
//  - the sole sasaran of the parent unit scores at least 0.5: the hierarchy leaves no choice.
// Then a sasaran that shares no word with any candidate follows the parent most of its unit's other sasaran
// chose, and a candidate nobody chose takes the child that scores at least half its best there (if that child's
// parent keeps another child): every sasaran above should be supported. Linear in the number of sasaran times the
// candidates of each (at most 300 per unit).
// Choices at or above `threshold` (never one that would close a cycle) become the sasaran's parent, marked
// LinkOrigin::Suggested with the score (0..1), for the planner to review; every choice (applied or not) is listed
// in the report with what it rests on (SuggestionBasis).
#include "core/import/import_report.h"
#include "core/model/document.h"

namespace pokin::import {

inline constexpr double kDefaultSuggestionThreshold = 0.06;

void suggest_cascade(Document& document, ImportReport& report, double threshold = kDefaultSuggestionThreshold);

}  // namespace pokin::import
