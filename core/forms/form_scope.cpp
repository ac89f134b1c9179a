#include "core/forms/form_scope.h"

#include <algorithm>

#include "core/forms/unit_selection.h"
#include "core/layout/view_tree.h"
#include "core/text/bilingual.h"

namespace pokin {
namespace {

bool owned_within(const Document& document, const TreeIndex& index, Id unit, Id sasaran, UnitReach reach) {
  Id owner = document.sasaran.at(sasaran).unit;
  return reach == UnitReach::Own ? owner == unit : index.unit_is_ancestor(unit, owner);
}

std::string unit_label(const Unit& unit) { return unit.name + " (" + std::to_string(unit.id) + ")"; }

}  // namespace

std::vector<Id> sasaran_in_tree_order(const Document& document, const TreeIndex& index, Id branch) {
  LayoutView view;
  view.granularity = Granularity::Sasaran;
  view.branch = branch;
  ViewTree tree = select_view(document, index, view);
  std::vector<Id> ids;
  ids.reserve(tree.nodes.size());
  for (const ViewNode& node : tree.nodes)
    if (node.kind == BoxKind::Sasaran) ids.push_back(node.id);
  return ids;
}

std::vector<int> form_years(const DocumentInfo& info, int year) {
  if (year != 0) return info.in_period(year) ? std::vector<int>{year} : std::vector<int>{};
  std::vector<int> years;
  for (int y = info.period_start; y > 0 && y <= info.period_end && years.size() < kMaxPeriodYears; ++y)
    years.push_back(y);
  return years;
}

FormScope form_scope(const Document& document, const FormRequest& request, UnitReach reach) {
  TreeIndex index(document);
  FormScope scope;
  scope.years = form_years(document.info, request.year);
  if (!request.unit.empty()) scope.unit = resolve_unit(document, request.unit);

  std::vector<Id> all = sasaran_in_tree_order(document, index, request.branch);
  bool unit_has_any = false;
  for (Id id : all) {
    const Sasaran& sasaran = document.sasaran.at(id);
    if (scope.unit != kNoId) {
      if (!owned_within(document, index, scope.unit, id, reach)) continue;
      unit_has_any = true;
    }
    if (request.levels > 0 && sasaran.level >= request.levels) continue;
    scope.sasaran.push_back(id);
  }
  if (scope.unit == kNoId || !scope.sasaran.empty()) return scope;

  const Unit& unit = document.units.at(scope.unit);
  if (!unit_has_any && request.branch != kNoId) {
    // The branch may hide what the unit owns: tell the two cases apart.
    for (const auto& [id, sasaran] : document.sasaran)
      unit_has_any |= owned_within(document, index, scope.unit, id, reach);
    if (unit_has_any)
      throw UserError("Sasaran unit kerja " + unit_label(unit) + " tidak ada di cabang " +
                          std::to_string(request.branch) + ". Pilih cabang lain, atau kosongkan pilihan cabang.",
                      "None of the sasaran of " + unit_label(unit) + " lie in branch " +
                          std::to_string(request.branch) + ". Choose another branch, or clear the branch.");
  }
  if (!unit_has_any) {
    bool below = reach == UnitReach::WithUnitsBelow;
    throw UserError("Unit kerja " + unit_label(unit) + (below ? " dan unit di bawahnya" : "") +
                        " belum memiliki sasaran. Tambahkan sasarannya dulu, atau pilih unit lain.",
                    unit_label(unit) + (below ? " and the units under it have" : " has") +
                        " no sasaran yet. Add its sasaran first, or choose another unit.");
  }
  throw UserError("Tidak ada sasaran unit kerja " + unit_label(unit) + " sampai level " +
                      std::to_string(request.levels) + ". Tambah jumlah level, atau pilih unit lain.",
                  "No sasaran of " + unit_label(unit) + " lies within the first " + std::to_string(request.levels) +
                      " levels. Show more levels, or choose another unit.");
}

}  // namespace pokin
