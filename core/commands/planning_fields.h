#pragma once
// The rules the commands keep for the planning-table fields (Tujuan, nomenclature, pagu, lokasi, kondisi akhir):
// texts within the limits of core/model/document_limits.h, pagu years inside the Renstra period like targets.
// Internal to core/commands; each check throws UserError (Indonesian and English) and changes nothing.
#include <cstddef>

#include "core/model/document.h"

namespace pokin::commands {

void check_planning_fields(const DocumentInfo& info, const Sasaran& sasaran);
void check_planning_fields(const Indikator& indikator);

// Reads the numbers of pagu, realisasi pagu and pagu akhir from their text (value_numbers.h).
void renumber_planning_values(Sasaran& sasaran, const Sasaran* before);

// How many pagu and realisasi pagu of `document` lie outside the period of `info`.
std::size_t pagu_outside_period(const Document& document, const DocumentInfo& info);

}  // namespace pokin::commands
