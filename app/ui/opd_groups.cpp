#include "app/ui/opd_groups.h"

#include <algorithm>

#include "core/model/pemda_structure.h"

namespace pokin::ui {

std::vector<OpdGroup> count_opd_groups(const Document& document, const TreeIndex& index) {
  std::vector<OpdGroup> groups;
  for (const auto& [unit, part] : document.parts) {
    if (part.rpjmd || !document.units.count(unit)) continue;
    OpdGroup group;
    group.opd = unit;
    // Stops at another part's head below this one (a part inside a part is its own group) and at cycles.
    std::vector<Id> stack{unit};
    std::size_t guard = 0;
    while (!stack.empty() && guard++ <= document.units.size()) {
      Id next = stack.back();
      stack.pop_back();
      ++group.units;
      for (Id sasaran : index.unit_sasaran(next)) {
        ++group.sasaran;
        group.indikator += static_cast<int>(index.sasaran_indikator(sasaran).size());
      }
      for (Id child : index.child_units(next))
        if (!document.parts.count(child)) stack.push_back(child);
    }
    groups.push_back(group);
  }
  return groups;
}

const std::vector<OpdGroup>& opd_groups_by_name(const Document& document, const TreeIndex& index) {
  static std::uint64_t counted_for = 0;
  static std::vector<OpdGroup> groups;
  if (counted_for != index.serial()) {
    groups = count_opd_groups(document, index);
    counted_for = index.serial();
  }
  std::vector<std::pair<std::string, std::size_t>> names;
  names.reserve(groups.size());
  for (std::size_t k = 0; k < groups.size(); ++k) names.emplace_back(opd_name(document, groups[k].opd), k);
  std::sort(names.begin(), names.end());
  static std::vector<OpdGroup> sorted;
  sorted.clear();
  for (const auto& [name, k] : names) sorted.push_back(groups[k]);
  return sorted;
}

}  // namespace pokin::ui
