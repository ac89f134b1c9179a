#pragma once
// Colouring by achievement for a year nothing can be computed for would turn every box grey without a word. This
// says why instead, so the CLI prints it and the app shows it next to the colour choice and in the export dialog:
//  - no indikator has a realisasi for the year ("Tahun 2025 belum memiliki realisasi ..."), or
//  - some have, but none gives a capaian (targets missing, text targets without a scale, ...).
// Nothing to say (nullopt) as soon as one indicator has a capaian.
#include <optional>

#include "core/capaian/capaian_rollup.h"
#include "core/model/document.h"
#include "core/text/bilingual.h"

namespace pokin {

std::optional<Bilingual> capaian_year_warning(const Document& document, const CapaianYear& capaian);
std::optional<Bilingual> capaian_year_warning(const Document& document, int year);

}  // namespace pokin
