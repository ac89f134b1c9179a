#pragma once
// An OPD file that Bappeda split out of a Pemda document (split_document.h) carries, on each Sasaran Strategis,
// the sasaran RPJMD it was linked to as a note line ("Mendukung sasaran RPJMD: <code> <statement>"). Merging such
// a file again restores that link as Bappeda's own decision (LinkOrigin::Person) before any suggestion is made.
#include <vector>

#include "core/model/document.h"
#include "core/pemda/merge_report.h"

namespace pokin::pemda {

// For the top statements of the OPD parts `parts` (their OPD head units): a statement not yet linked whose note
// names a sasaran RPJMD of `pemda_unit` is linked to it; the line leaves the note either way (the link is the
// record now). A line naming no sasaran RPJMD, or several, is reported as a lost decision.
void restore_rpjmd_support_lines(Document& pemda, Id pemda_unit, const std::vector<Id>& parts, MergeReport& report);

}  // namespace pokin::pemda
