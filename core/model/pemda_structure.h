#pragma once
// How a Pemda document is shaped (core/pemda merges it): one Pemda unit on top, owning the RPJMD's tujuan and
// sasaran at level 0; under it each OPD's head unit with the OPD's own tree, its levels one below where they
// were in the OPD's file (the OPD's Sasaran Strategis at level 1, supporting a sasaran RPJMD).
#include <string>

#include "core/model/document.h"

namespace pokin {

// True when the document was merged from OPD documents (it has merged parts).
bool is_pemda_document(const Document& document);
// The Pemda unit that owns the RPJMD levels, or kNoId.
Id pemda_unit(const Document& document);
// The OPD (the top unit of a merged part that is not the RPJMD) that `unit` belongs to: the unit itself or the
// nearest unit above it that is such a part; kNoId outside every OPD (the Pemda unit, or not merged).
Id opd_of_unit(const Document& document, Id unit);
// The OPD of the unit that owns the sasaran, or kNoId.
Id opd_of_sasaran(const Document& document, Id sasaran);
// The OPD's name as a reader knows it: its part's instansi, else its unit's name.
std::string opd_name(const Document& document, Id opd);

}  // namespace pokin
