#pragma once
// Crosscutting between OPD in a Pemda document (core/model/pemda_structure.h). In an OPD's own document another
// OPD can only be an outside partner: a CrosscuttingLink with `to` = kNoId, PartnerKind::OpdLain, `partner_name`
// naming the OPD ("Dinas Kesehatan") and its sasaran named in the partner text or the note (a code, the
// statement, or a split's "Dibantu/Membantu sasaran mitra:" line, core/pemda/split_note_lines.h). Once both OPD
// are merged parts, resolve_opd_crosscutting turns these records into real links between the two sasaran.
//
// The data, precisely:
// - A record: a partner link (to = kNoId, OpdLain) whose `from` lies in OPD P and whose partner_name names
//   another merged OPD Q (its instansi or unit name, compared without case and without a trailing "Kabupaten/Kota/
//   Provinsi ..."; an exact name wins, then the longest name the partner text contains, then the one name that
//   contains the partner text). Its partner sasaran t is, in this order: the sasaran its split line names; the one
//   sasaran of Q whose code or whole statement the partner text and note contain; the one clearly most similar
//   statement (core/import/text_similarity.h); else the `from` of a record of Q that names P and names this
//   record's own sasaran. Its own sasaran is helped (the real link goes from it to t) unless its note holds a
//   "Membantu sasaran mitra:" line (then it helps: the link goes from t to it).
// - Records (and a real link already in the document) between the same two sasaran are one collaboration and
//   become one real link: `to` set, partner_name cleared, PartnerKind::OpdLain, the notes without split lines
//   (distinct texts joined by line), keeping the id of the real link, else of a record on the helped side.
// - Its status says who agreed, from the records' statuses (each OPD's status in its own file is that OPD's word):
//     Ditolak  when a record of either side is Ditolak;
//     Diterima ("agreed on both sides") when P and Q each hold at least one record and every record is Diterima;
//     Usulan   otherwise: one side has not recorded it, or a side's record is still Usulan.
//   A real link with no records keeps its status (it was proposed or decided in the Pemda document).
//   So a Pemda check reads "crosscutting proposed but not agreed on both sides" as status Usulan on a link whose
//   `from` and `to` lie in two different OPD.
// - The records folded into a kept link are removed with their Document::origins entries; a kept id whose origin
//   is not in the file of the helped sasaran's OPD loses its origin (the origin of a link between OPD is always
//   an id in the file of its `from`'s OPD).
// - A partner link whose note holds a "Sasaran mitra hilang:" line (a merge kept it after the partner's sasaran
//   vanished, split_note_lines.h) is no record: it waits for Bappeda and is left as it is.
// - A record whose partner OPD is not merged, or is ambiguous, or whose partner sasaran cannot be identified, stays
//   the partner link it was, untouched, and is reported. Nothing is dropped.
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/model/document.h"
#include "core/text/bilingual.h"

namespace pokin::pemda {

enum class CrosscuttingOutcome {
  Agreed,      // a real link, Diterima: recorded and accepted on both sides
  Proposed,    // a real link, Usulan: not recorded, or not yet accepted, by a side (see the lists)
  Rejected,    // a real link, Ditolak by a side
  Unresolved,  // stays a partner link (see reason)
};

enum class UnresolvedReason {
  None,
  PartnerNotMerged,      // partner_name names no merged OPD (or only the link's own OPD)
  PartnerAmbiguous,      // partner_name fits several merged OPD equally
  SasaranNotIdentified,  // the partner OPD is merged but neither side names the helping sasaran
};

struct CrosscuttingResolution {
  CrosscuttingOutcome outcome = CrosscuttingOutcome::Unresolved;
  Id link = kNoId;             // the link in the document after resolving (a real link, or the partner link kept)
  std::vector<Id> records;     // the partner links it came from (ids before resolving); empty for a real link kept
  Id from_opd = kNoId;         // OPD of the helped sasaran
  Id to_opd = kNoId;           // OPD of the helping sasaran (kNoId when unresolved)
  std::vector<Id> not_recorded_by;  // OPD (of the two) with no record of it in their document
  std::vector<Id> not_accepted_by;  // OPD whose record is still Usulan
  std::vector<Id> rejected_by;      // OPD whose record is Ditolak
  UnresolvedReason reason = UnresolvedReason::None;
  Bilingual message;  // one line for the merge report
};

struct CrosscuttingReport {
  std::vector<CrosscuttingResolution> entries;  // by link id in the document after resolving
  std::size_t count(CrosscuttingOutcome outcome) const;
};

// Resolves every record of the document (a Pemda document; an OPD document has no records to resolve and is left
// as it is) in place, as described above. Deterministic: the same document gives the same result. Resolving a
// document again changes nothing.
CrosscuttingReport resolve_opd_crosscutting(Document& document);

// The merged OPD (a part's top unit, not the RPJMD) that `partner_name` names, other than `except_opd`; kNoId
// when none, or several (then *ambiguous is set when given).
Id find_partner_opd(const Document& document, std::string_view partner_name, Id except_opd, bool* ambiguous = nullptr);

}  // namespace pokin::pemda
