#pragma once
// The pohon kinerja listing (seed 003): unit headings in capitals (KEPALA DINAS, BIDANG ..., SEKSI ...), each
// followed by "SS1. <sasaran>" and "IK1." / "IK1.1." / "IKU 1." indicator lines. Statements wrap over several
// lines (also across blank lines); an "IKU n." may follow its sasaran on the same line; a document title
// ("POHON KINERJA DINAS ...") may stand in the middle and gives the instansi; units may come before their
// parents (placing them is unit_hierarchy's work).
#include <string_view>
#include <vector>

#include "core/import/import_report.h"
#include "core/model/document.h"

namespace pokin::import {

void import_listing(const std::vector<std::string_view>& lines, Document& document, ImportReport& report);

// Whether a line starts a sasaran ("SS1.") or an indicator ("IK1.1", "IKU 2.") of a listing.
bool is_listing_sasaran_line(std::string_view line);
bool is_listing_indikator_line(std::string_view line);

}  // namespace pokin::import
