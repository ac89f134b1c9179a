#pragma once
// One OPD's tree placed in the Pemda document: its head under the Pemda unit, every node with a fresh id (every
// file numbers from 1), its sasaran one level lower, each node's id in the file kept in Document::origins and the
// part in Document::parts.
//
// Replacing an existing part (merging an OPD's new file again): the old part's nodes are matched to the file's
// (node_matcher.h); a matched node keeps its id in the Pemda document, so that what points at it stays. What
// Bappeda decided is kept: the link of a top statement to a sasaran RPJMD with its origin, score and note; the
// status and note of a link the file brings again; Bappeda's crosscutting links (bappeda_links.h); a note where
// the file's is empty. A decision about an old node that matches nothing is listed in the report as lost.
#include <set>
#include <string>
#include <unordered_map>

#include "core/model/document.h"
#include "core/pemda/merge_report.h"
#include "core/pemda/merge_source.h"

namespace pokin::pemda {

struct PartStamp {
  std::string merged_at;
  std::string fingerprint;
};

// The id `node` of the Pemda document has in its part's source file, or kNoId.
Id origin_in_source(const Document& pemda, Id node);

// Old indikator (ids in `pemda`) matched to the file's, each within its sasaran's match (file id -> old id).
std::unordered_map<Id, Id> match_indikator(const Document& pemda, const std::set<Id>& old_indikator, const Document& file,
                                           const std::unordered_map<Id, Id>& sasaran_match);

// Places `source` under `pemda_unit`, replacing the part whose top unit is `old_top` (kNoId: a new part). Returns
// the part's top unit and adds its line to the report. Throws UserError when the file holds no unit.
Id place_opd_part(Document& pemda, Id pemda_unit, const MergeSource& source, Id old_top, const PartStamp& stamp,
                  MergeReport& report);

}  // namespace pokin::pemda
