#pragma once
// What one change of a comparison says where it shows on the tree ("Semula: ...", "Target 2024: 80 → 85",
// "Dipindah dari: SS1 ..."), and its old -> new for a list. Bahasa Indonesia or English; domain words (Target,
// Crosscutting) stay Indonesian. The names of kinds and fields are in core/compare/change_words.h.
#include <string>

#include "core/compare/document_diff.h"
#include "core/text/bilingual.h"

namespace pokin {

// The note a change puts where it shows: on its box, or under its indicator. Added and
// removed say so ("Baru", "Dihapus"); a moved node names its old parent; a reworded one its old text; a field
// "Satuan: % → persen"; a target "Target 2024: 80 → 85". Empty values read "(kosong)". A crosscutting link says
// it is one ("Crosscutting baru: ...").
std::string change_note(const Change& change, Language language);

// "old → new" as the matriks perubahan shows a change (the old or the new side alone for added and removed).
std::string change_values(const Change& change, Language language);

}  // namespace pokin
