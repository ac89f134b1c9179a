#pragma once
// The order of a comparison's changes, as a reader goes through the new document: units from the head down, then
// the sasaran tree, each sasaran followed by its indikator and its crosscutting links, then what supports it. A
// removed node stands where it stood in the old tree: after the subtree of its nearest preceding sibling that is
// still there, or right after its parent (its parent's indikator, for a removed sasaran) when none is, or with its
// removed parent. The changes of one node keep the order they were listed in.
#include <vector>

#include "core/compare/node_matching.h"
#include "core/model/document.h"

namespace pokin {

void order_changes(const Document& old_document, const Document& new_document, const NodeMatching& matching,
                   std::vector<Change>& changes);

}  // namespace pokin
