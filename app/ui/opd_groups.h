#pragma once
// The OPD of a Pemda document (core/model/pemda_structure.h) as the outline lists them: each with what it holds.
// Counting walks every unit, sasaran and indikator, so the outline keeps the result per TreeIndex (a new index is
// built for every change of the tree's shape, and only such a change alters these counts).
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/tree_index.h"

namespace pokin::ui {

struct OpdGroup {
  Id opd = kNoId;  // the OPD's head unit (a merged part that is not the RPJMD)
  int units = 0;   // the head and every unit below it
  int sasaran = 0;
  int indikator = 0;
};

// One group per OPD part whose unit is in the document, in the order of Document::parts (by head id).
std::vector<OpdGroup> count_opd_groups(const Document& document, const TreeIndex& index);

// The groups sorted by the OPD's name as a reader knows it (opd_name), counted once per TreeIndex. The names are
// read afresh on each call (renaming a unit does not rebuild the index); the returned reference is valid until the
// next call.
const std::vector<OpdGroup>& opd_groups_by_name(const Document& document, const TreeIndex& index);

}  // namespace pokin::ui
