#pragma once
// The removed nodes of a comparison put back into the new tree, so it can be drawn once: each unit, sasaran and
// indikator that only the old document had, copied from it with a fresh id, under the node its old parent
// became in the new tree (its match, or itself put back), else at the top.
#include <unordered_map>

#include "core/compare/document_diff.h"
#include "core/model/document.h"

namespace pokin {

// `figure` starts as the new document; `matched` maps old ids to new ones (DocumentDiff::matches). Puts back every
// node a Removed change names, and the unmatched indicators of a sasaran put back (a removed box shows what it
// held even when the diff names only the box), each once, with ids above every id `figure` holds. A removed node
// the old document does not hold is skipped. Returns old id -> its id in `figure`.
std::unordered_map<Id, Id> restore_removed_nodes(const Document& old_document, const DocumentDiff& diff,
                                                 const std::unordered_map<Id, Id>& matched, Document& figure);

// The largest id any entity of `document` has, or last_id when larger.
Id largest_id(const Document& document);

}  // namespace pokin
