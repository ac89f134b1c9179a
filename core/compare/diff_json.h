#pragma once
// A comparison as JSON, for scripts and the lead's tools. Stable keys:
//   {"same_lineage": bool,
//    "old": {"instansi", "pemda", "nomor_sk", "tanggal", "period": [start, end]}, "new": {...},
//    "counts": {"added", "removed", "moved", "reworded", "field_changed", "target_changed", "review", "accepted",
//               "rejected"},
//    "matches": [{"type", "old", "new", "basis", "score", ["same_targets": true,] ["reviewed": true,] "old_text",
//                 "new_text"}],
//    "rejected": [{"type", "old", "new", "old_text", "new_text"}],
//    "changes": [{"kind", "type", "old", "new", "field", "old_text", "new_text", "year", "old_parent",
//                 "new_parent", "label"}]}
// type: unit | sasaran | indikator | link; basis: same_id | code | text; kind: the words of change_words.h. Ids
// are numbers (0 for none), "year" is 0 unless the change is of one year, "label" names the node (code and text,
// new document first). "review" counts the matches a person should still confirm (needs_review, not accepted);
// "accepted" the matches the reviewer confirmed (each marked "reviewed": true); "rejected" the pairs the reviewer
// said are not the same node ("Bukan padanan", --not-same), listed under "rejected" with their codes and texts and
// compared as a removal and an addition. "same_targets": matched on the same yearly targets, the words too different.
#include <string>

#include "core/compare/document_diff.h"

namespace pokin {

std::string diff_to_json(const Document& old_document, const Document& new_document, const DocumentDiff& diff);

}  // namespace pokin
