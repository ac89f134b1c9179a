#include "core/checks/opd_index.h"

#include <algorithm>

#include "core/model/pemda_structure.h"

namespace pokin {

std::vector<Id> opds_in_order(const Document& document) {
  std::vector<Id> opds;
  for (const auto& [unit, part] : document.parts)
    if (!part.rpjmd && document.find_unit(unit)) opds.push_back(unit);
  std::stable_sort(opds.begin(), opds.end(),
                   [&](Id a, Id b) { return document.units.at(a).order < document.units.at(b).order; });
  return opds;
}

OpdIndex::OpdIndex(const Document& document)
    : document_(document), pemda_(is_pemda_document(document)), opds_(opds_in_order(document)) {
  if (!pemda_) return;
  // Each unit's answer is remembered on the way up, so the whole document costs one step per unit (a damaged
  // document's cycle of parent links ends in kNoId, as opd_of_unit in pemda_structure.cpp does).
  std::vector<Id> path;
  for (const auto& [id, unit] : document.units) {
    path.clear();
    Id at = id, opd = kNoId;
    for (std::size_t steps = 0; at != kNoId && steps <= document.units.size(); ++steps) {
      if (auto known = opd_by_unit_.find(at); known != opd_by_unit_.end()) {
        opd = known->second;
        break;
      }
      path.push_back(at);
      if (auto part = document.parts.find(at); part != document.parts.end()) {
        opd = part->second.rpjmd ? kNoId : at;
        break;
      }
      const Unit* found = document.find_unit(at);
      at = found ? found->parent : kNoId;
    }
    for (Id unit_on_path : path) opd_by_unit_[unit_on_path] = opd;
  }
}

Id OpdIndex::opd_of_unit(Id unit) const {
  auto found = opd_by_unit_.find(unit);
  return found == opd_by_unit_.end() ? kNoId : found->second;
}

Id OpdIndex::opd_of_sasaran(Id sasaran) const {
  const Sasaran* found = document_.find_sasaran(sasaran);
  return found ? opd_of_unit(found->unit) : kNoId;
}

Id OpdIndex::opd_of_node(Id node) const {
  if (document_.find_unit(node)) return opd_of_unit(node);
  if (document_.find_sasaran(node)) return opd_of_sasaran(node);
  if (const Indikator* indikator = document_.find_indikator(node)) return opd_of_sasaran(indikator->sasaran);
  if (const CrosscuttingLink* link = document_.find_link(node)) return opd_of_sasaran(link->from);
  return kNoId;
}

bool OpdIndex::is_rpjmd(Id sasaran) const {
  const Sasaran* found = document_.find_sasaran(sasaran);
  return found && pemda_ && document_.find_unit(found->unit) && opd_of_unit(found->unit) == kNoId;
}

bool OpdIndex::is_opd_top(const Sasaran& sasaran) const {
  auto part = document_.parts.find(sasaran.unit);
  return part != document_.parts.end() && !part->second.rpjmd;
}

}  // namespace pokin
