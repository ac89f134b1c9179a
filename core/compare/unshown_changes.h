#pragma once
// What a comparison figure cannot draw, said in its legend instead of left out: the changes no box carries
// (DiffFigure::change_boxes[i] == kNoId), the unit changes counted by kind ("1 baru, 1 dihapus"), the rest as one
// number, with a pointer to the matriks perubahan that lists them all.
#include <string>
#include <vector>

#include "core/compare/document_diff.h"
#include "core/text/bilingual.h"

namespace pokin {

// One line for the legend, or none when every change has a box. `change_boxes` runs parallel to diff.changes.
std::vector<std::string> unshown_change_notes(const DocumentDiff& diff, const std::vector<Id>& change_boxes,
                                              Language language);

}  // namespace pokin
