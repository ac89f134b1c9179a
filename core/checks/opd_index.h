#pragma once
// Which OPD every unit, sasaran and indikator of a Pemda document belongs to (core/model/pemda_structure.h),
// worked out once for the whole document instead of a walk up the units per question. The Pemda checks, the
// grouping of findings by OPD and the penjenjangan table read it. On a document that is not a Pemda document
// every node belongs to no OPD and the list of OPD is empty.
#include <unordered_map>
#include <vector>

#include "core/model/document.h"

namespace pokin {

// The OPD of a Pemda document (head units of the merged parts that are not the RPJMD) in reading order: by the head
// unit's order among its siblings, then by id. Empty for any other document. Costs only the parts, not the units.
std::vector<Id> opds_in_order(const Document& document);

class OpdIndex {
 public:
  explicit OpdIndex(const Document& document);

  const std::vector<Id>& opds() const { return opds_; }  // opds_in_order
  // The OPD of a unit, sasaran or indikator (a crosscutting link: the OPD of the sasaran it helps); kNoId for the
  // Pemda's own nodes, unknown ids and every node of a document that is not a Pemda document.
  Id opd_of_node(Id node) const;
  Id opd_of_unit(Id unit) const;
  Id opd_of_sasaran(Id sasaran) const;
  // True for a statement the Pemda owns itself (the RPJMD's tujuan and sasaran): its unit is in no OPD.
  bool is_rpjmd(Id sasaran) const;
  // True for an OPD's own top statements: those its head unit owns (its Sasaran Strategis and Tujuan).
  bool is_opd_top(const Sasaran& sasaran) const;

 private:
  const Document& document_;
  bool pemda_ = false;
  std::vector<Id> opds_;
  std::unordered_map<Id, Id> opd_by_unit_;  // every unit of the document; kNoId outside the OPD
};

}  // namespace pokin
