#pragma once
// What a list of applied changes did, read from the changes themselves rather than by comparing documents: the
// UI thread keeps its derived data (TreeIndex, counts) up to date at a cost proportional to the edit.
#include <vector>

#include "core/commands/editor.h"
#include "core/model/document_counts.h"

namespace pokin {

// True when the changes add or remove an entity or move one in the tree (a parent, an owner unit, a sibling
// order, a link's origin): what a TreeIndex is built from. Typing into a field or a target is not.
bool changes_tree_shape(const std::vector<AppliedChanges>& applied);

// `counts` of the document before `applied`, updated to the document after it (`after`). Equal to
// count_document(after); a change of the document info (period, levels) recounts the whole document.
DocumentCounts counts_after(DocumentCounts counts, const std::vector<AppliedChanges>& applied, const Document& after);

}  // namespace pokin
