#pragma once
// The years an LKjIP pengukuran kinerja table shows, judged on the indicators of its own rows (a unit's table is
// about that unit's realisasi, not the document's).
#include <vector>

#include "core/model/document.h"

namespace pokin {

// The year measured: `requested` when it is not 0 (it must lie in the period), otherwise the latest year of the
// period in which some indicator of `sasaran` has a realisasi written. Throws UserError (in both languages) when
// the year lies outside the period, or when 0 was asked and no realisasi is written in any year of the period.
int lkjip_year(const Document& document, const std::vector<Id>& sasaran, int requested);

// The years of the period before `year` in which some indicator of `sasaran` has a realisasi written, oldest
// first: the comparison with earlier years beside the year measured. Years with nothing written get no columns.
std::vector<int> lkjip_previous_years(const Document& document, const std::vector<Id>& sasaran, int year);

}  // namespace pokin
