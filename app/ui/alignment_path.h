#pragma once
// The alignment path of a selected node: the chain of sasaran it supports up to the Sasaran Strategis, and
// everything below that supports it. For a unit: its chain up to the head, the units below it, and the paths
// of all their sasaran.
#include <unordered_set>

#include "core/model/document.h"
#include "core/model/tree_index.h"

namespace pokin::ui {

std::unordered_set<Id> alignment_path(const Document& document, const TreeIndex& index, Id selected);

// The sasaran chain from the top down to `sasaran` (for the status bar's path).
std::vector<Id> ancestors_and_self(const Document& document, Id sasaran);

}  // namespace pokin::ui
