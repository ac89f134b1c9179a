#pragma once
// Which OPD every unit, sasaran and indikator of a Pemda document belongs to (core/model/pemda_structure.h),
// worked out once for the whole document instead of a walk up the units per question. The Pemda checks, the
// grouping of findings by OPD and the penjenjangan table read it. On a document that is not a Pemda document
// every node belongs to no OPD and the list of OPD is empty.
#include <unordered_map>
#include <vector>

#include "core/model/document.h"

namespace pokin {

class OpdIndex {
 public:
  explicit OpdIndex(const Document& document);

  // The OPD (head units of the merged parts that are not the RPJMD) in reading order: by the head unit's order
  // among its siblings, then by id.
  const std::vector<Id>& opds() const { return opds_; }
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
