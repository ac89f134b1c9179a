#include "core/model/pemda_structure.h"

namespace pokin {

bool is_pemda_document(const Document& document) { return !document.parts.empty(); }

Id pemda_unit(const Document& document) {
  for (const auto& [unit, part] : document.parts)
    if (part.rpjmd) return unit;
  return kNoId;
}

Id opd_of_unit(const Document& document, Id unit) {
  // A damaged document may hold a cycle of parent links: never walk more steps than there are units.
  for (std::size_t steps = 0; unit != kNoId && steps <= document.units.size(); ++steps) {
    auto part = document.parts.find(unit);
    if (part != document.parts.end()) return part->second.rpjmd ? kNoId : unit;
    const Unit* found = document.find_unit(unit);
    if (!found) return kNoId;
    unit = found->parent;
  }
  return kNoId;
}

Id opd_of_sasaran(const Document& document, Id sasaran) {
  const Sasaran* found = document.find_sasaran(sasaran);
  return found ? opd_of_unit(document, found->unit) : kNoId;
}

std::string opd_name(const Document& document, Id opd) {
  auto part = document.parts.find(opd);
  if (part != document.parts.end() && !part->second.instansi.empty()) return part->second.instansi;
  const Unit* unit = document.find_unit(opd);
  return unit ? unit->name : std::string();
}

}  // namespace pokin
