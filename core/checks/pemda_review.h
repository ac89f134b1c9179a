#pragma once
// The rules that only a Pemda document has (core/model/pemda_structure.h), one concern per file, each given the
// document's OpdIndex that check_pemda (pemda_checks.cpp) builds once. Internal to core/checks. Every finding
// names the OPD it concerns, by opd_name.
#include <string>

#include "core/checks/opd_index.h"
#include "core/checks/review.h"

namespace pokin {

// pemda_checks.cpp: OPD Sasaran Strategis supporting no sasaran RPJMD (or only by an unreviewed suggestion),
// sasaran RPJMD that no OPD supports.
void check_rpjmd_support(Review& review, const OpdIndex& opds);
void check_indikator_claimed_by_two_opd(Review& review, const OpdIndex& opds);  // pemda_shared_indikator.cpp
void check_crosscutting_between_opd(Review& review, const OpdIndex& opds);      // pemda_crosscutting.cpp
void check_opd_cascade_share(Review& review, const OpdIndex& opds);             // pemda_cascade_share.cpp

// The OPD's name in quotes, for messages.
std::string quoted_opd(const Review& review, Id opd);

}  // namespace pokin
