#pragma once
// What changed, node by node, once the two documents are matched: every unmatched old node is Removed, every
// unmatched new node Added; a matched node is Moved (another parent; for a sasaran also another owner unit),
// Reworded (statement, name), FieldChanged (one change per field, and per year for pagu and realisasi) and
// TargetChanged (one per year whose target differs, appeared or was emptied). Texts are compared with runs of
// blanks collapsed and the ends trimmed, so re-typed spacing is no change. The result is in the order of
// order_changes (change_order.h).
//
// Fields (Change::field): unit: name, jabatan, holder_name, holder_nip, tugas, fungsi, kind, parent;
// sasaran: statement, code, kind, level, note, nomenclature, lokasi, pagu (per year), pagu_akhir, realisasi_pagu
// (per year), parent, unit; indikator: name, code, formula, satuan, polarity, sumber_data, penanggung_jawab,
// baseline, kondisi_akhir, weight, target (per year), realisasi (per year), parent; link: from, to, partner_name,
// partner_kind, status, note. Added and Removed carry no field; their text is the node's (code and statement).
#include <vector>

#include "core/compare/node_matching.h"
#include "core/model/document.h"

namespace pokin {

std::vector<Change> list_changes(const Document& old_document, const Document& new_document, const NodeMatching& matching);

// How a change names a node: a unit's name, a sasaran's or indikator's code and text, a link's partner or the
// sasaran it goes to. Empty for kNoId or an id the document does not hold.
std::string node_text(const Document& document, Id node);
// The kind of node `node` is in `document` (a rejected pair's, which no match names); Sasaran when it holds none.
DiffNodeType node_type_of(const Document& document, Id node);

}  // namespace pokin
