#pragma once
// The Pemda document merged from the OPD documents (and the RPJMD) Bappeda receives, in the shape
// core/model/pemda_structure.h describes: the Pemda unit on top ("Pemerintah Kabupaten X", led by the "Bupati X")
// owning the RPJMD's tujuan and sasaran at level 0 (rpjmd_part.h), each OPD's tree under it one level lower
// (opd_part.h), the OPD's top statements linked to a suggested sasaran RPJMD (rpjmd_suggestion.h). Level names:
// "Sasaran RPJMD" / "Indikator Sasaran RPJMD", then the OPD's (where OPD disagree, the most common, reported).
// The period: the RPJMD's, else the span of the OPD's periods.
//
// Merging again into a previous Pemda document: the part of each OPD (found by its instansi, instansi_key, or by
// MergeSource::replaces) is replaced by its new file and keeps what Bappeda decided (opd_part.h); a file whose
// fingerprint is the part's is left as it is (reported unchanged); every other part is not touched. An RPJMD
// source replaces the RPJMD the same way.
#include <optional>
#include <string>
#include <vector>

#include "core/import/cascade_suggestion.h"
#include "core/model/document.h"
#include "core/pemda/merge_report.h"
#include "core/pemda/merge_source.h"

namespace pokin::pemda {

struct MergeRequest {
  std::string pemda;                 // "Kabupaten Balangan" (pemda_titles.h); may stay empty with `previous`
  std::optional<MergeSource> rpjmd;  // a .pokin or a table the importer reads
  std::vector<MergeSource> opd;      // one OPD each
  const Document* previous = nullptr;  // the Pemda document to merge into, or none (a first merge)
  std::string merged_at;             // MergedPart::merged_at, ISO 8601 (the caller's clock)
  double suggestion_threshold = import::kDefaultSuggestionThreshold;
};

struct MergeResult {
  Document document;
  MergeReport report;
};

// Throws UserError (Indonesian and English, naming the file) and builds nothing when: no OPD is given (a first
// merge), or neither an OPD nor an RPJMD (merging again); `previous` is not a Pemda document; an OPD file is itself
// a Pemda document (looks_like_pemda_document) or holds no unit; two OPD files are of the same instansi;
// `replaces` names no OPD of `previous`; the periods cannot be joined into one of at most kMaxPeriodYears; no
// Pemda name is given nor known. Linear in the size of the documents, but for the matching of a replaced part
// (node_matcher.h).
MergeResult merge_documents(const MergeRequest& request);

}  // namespace pokin::pemda
