#pragma once
// Bappeda's export of one OPD's part of a Pemda document (core/model/pemda_structure.h) back into an OPD document
// (`pokin split`), so that the OPD sees what Bappeda decided and a merge of the file again matches it.
//
// What the OPD document holds:
// - The OPD's units (the head becomes the root), its sasaran with their levels one up (back to where they are in
//   the OPD's own file: the Sasaran Strategis at level 0), their indikator, and its own links.
// - Ids: each node's id in the OPD's file (Document::origins) where known and not taken twice; a node Bappeda added
//   in the Pemda document gets a fresh id above the largest, in the order of its Pemda id. last_id is the largest.
// - DocumentInfo: instansi from the part (else the head unit's name), the Pemda's pemda, period and text scales,
//   the Pemda's level names without the RPJMD's level (levels[1..], default names when the Pemda has none), the
//   head unit's holder as penandatangan. parts and origins stay empty: it is an OPD document.
// - A sasaran whose parent is a sasaran RPJMD has no parent and the note line
//   "Mendukung sasaran RPJMD: <code> <statement>" (core/pemda/split_note_lines.h; replacing an older such line),
//   which a merge reads back to link it again. A parent in another OPD cannot be kept: it is reported in `notes`.
// - A link between a sasaran of this OPD and one of another OPD (or of the RPJMD) becomes an outside-partner link
//   on this OPD's sasaran: PartnerKind::OpdLain, partner_name = the other OPD's name (opd_name), the same status,
//   the note without older split lines plus "Dibantu sasaran mitra: <code> <statement>" when this OPD's sasaran is
//   the helped one (the link's `from`), "Membantu sasaran mitra: ..." when it helps. The link keeps its origin id
//   only on the `from` side (core/pemda/opd_crosscutting.h); the helping side's record gets a fresh id.
//   resolve_opd_crosscutting on a re-merge of the files gives the same link and status again.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/document.h"
#include "core/text/bilingual.h"

namespace pokin::pemda {

// The merged OPD of a Pemda document (parts that are not the RPJMD), by unit id.
std::vector<Id> merged_opd_units(const Document& pemda);

// The OPD that `name_or_id` names: a merged OPD's unit id (digits only), else its name (opd_name) compared without
// case and surrounding blanks: the one equal name, else the one name that contains the text. Throws UserError
// (bilingual) for a document that is not a Pemda document, an unknown name (listing every OPD) or an ambiguous
// one (listing those it fits).
Id find_opd_to_split(const Document& pemda, std::string_view name_or_id);

struct SplitOpd {
  Document document;
  std::size_t partner_links = 0;   // links with another OPD (or the RPJMD) written as partner links
  std::size_t rpjmd_supports = 0;  // sasaran whose sasaran RPJMD is written as a note line
  std::size_t fresh_ids = 0;       // nodes with no usable origin id
  std::vector<Bilingual> notes;    // what could not be carried as it was
};

// The OPD document of `opd` (a merged OPD of `pemda`, see find_opd_to_split), as described above. Throws UserError
// when `opd` is not a merged OPD of a Pemda document. Never changes `pemda`.
SplitOpd split_opd(const Document& pemda, Id opd);

// A file name for an OPD's document, the same on every system: "<instansi>.pokin" without the characters Windows,
// macOS or Linux refuse (/ \ : * ? " < > | and control characters), without trailing dots and blanks, at most 120
// bytes before ".pokin" (cut on a UTF-8 boundary), "OPD.pokin" when nothing is left, "_" before a name Windows
// reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9).
std::string opd_file_name(std::string_view instansi);
// opd_file_name of every OPD in `opds`, made distinct without regard to case (" (2)", " (3)" ... before ".pokin").
std::vector<std::string> opd_file_names(const Document& pemda, const std::vector<Id>& opds);

}  // namespace pokin::pemda
