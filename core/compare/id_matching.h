#pragma once
// Matching two versions of one document by id (store versions, a file and the copy a planner edited), and telling
// such a pair from two independent files: two imports both number their nodes from 1, so shared ids alone prove
// nothing; versions are recognised by their common ids holding the same kind of node with similar text.
#include "core/compare/node_matching.h"
#include "core/model/document.h"

namespace pokin {

// True when most common ids (at least 70% of them, sampled evenly when there are thousands) name the same kind
// of node (unit, sasaran, indikator, link) whose text (name, statement) shares at least half its words; false when
// the two share no id.
bool looks_like_versions(const Document& old_document, const Document& new_document);

// Every id that names the same kind of node in both documents, as a SameId match of score 1; a `rejected` pair
// stays unmatched.
NodeMatching match_by_id(const Document& old_document, const Document& new_document,
                         const std::vector<NodePair>& rejected = {});

}  // namespace pokin
