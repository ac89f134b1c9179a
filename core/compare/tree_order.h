#pragma once
// Reading order of a document's trees, as the matrix and the figure read them: units from the head down, sasaran
// from each top sasaran through everything that supports it (siblings in their order). Members of a parent cycle
// (a damaged document) follow at the end, so every node appears exactly once.
#include <vector>

#include "core/model/tree_index.h"

namespace pokin {

std::vector<Id> units_in_tree_order(const Document& document, const TreeIndex& index);
std::vector<Id> sasaran_in_tree_order(const Document& document, const TreeIndex& index);

}  // namespace pokin
