#pragma once
// Which sasaran RPJMD an OPD's top statement supports is Bappeda's decision; the merge only proposes one, as the
// importer proposes parents (core/import/cascade_suggestion.h): every top statement of the given parts (level 1,
// no parent yet) is compared with every sasaran RPJMD (not the tujuan), statement and indikator names together,
// by rarity-weighted stem similarity (core/import/text_similarity.h). The best candidate at or above `threshold`
// becomes its parent, LinkOrigin::Suggested with the score, and is listed in the report. Never a Person link.
#include <vector>

#include "core/model/document.h"
#include "core/pemda/merge_report.h"

namespace pokin::pemda {

void suggest_rpjmd_links(Document& pemda, Id pemda_unit, const std::vector<Id>& parts, double threshold, MergeReport& report);

}  // namespace pokin::pemda
