#pragma once
// Matching two independent files of one agency (two imports of two decrees: the Renstra and its amendment) by
// what they say, since their ids mean nothing to each other:
//  - units by name: the same name (ASCII case and punctuation aside) first, under the matched parent unit (or the
//    only unit of that name on both sides); then similar names (the words every unit name carries left out);
//  - sasaran top-down, level by level: the same statement first (among copies, the one under the matched parent
//    sasaran or of the matched unit, preferring the same code; a statement written only once on each side needs
//    no context); then a one-to-one assignment, best pairs first, over the similarity of statement and indicator
//    names (import/text_similarity.h), helped by a matched parent, a matched owner unit and an equal code (basis
//    Code when the code is equal under a matched parent sasaran, or of the matched unit); last, what is left at
//    any level;
//  - indikator within matched sasaran by code and name (an equal code, or the only indicator left on both sides,
//    needs half the similarity; the same telling run of yearly targets, target_series.h, needs no shared word),
//    then across sasaran by the same name (an indikator moved to another sasaran); a sasaran whose indikator kept
//    its run of targets is the likelier successor of two similar ones;
//  - crosscutting links by their ends (the matched sasaran, or the same outside partner), basis Code.
// Every match keeps its score (the text similarity, 1 for the same text) so a reviewer sees the doubtful ones.
#include "core/compare/node_matching.h"
#include "core/model/document.h"

namespace pokin {

// A `rejected` pair is never matched; either node may still pair with another candidate the matcher finds.
NodeMatching match_by_content(const Document& old_document, const Document& new_document, double min_text_score,
                              const std::vector<NodePair>& rejected = {});

}  // namespace pokin
