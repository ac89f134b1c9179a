#include "core/model/tree_index.h"

#include <algorithm>
#include <atomic>

#include "core/model/parent_cycles.h"

namespace pokin {
namespace {

const std::vector<Id>& list_or_empty(const std::unordered_map<Id, std::vector<Id>>& map, Id key) {
  static const std::vector<Id> kEmpty;
  auto it = map.find(key);
  return it == map.end() ? kEmpty : it->second;
}

// Sorts by (order, id). Each entity's order is looked up once, not at every comparison: on a Pemda-size document
// the lookups inside the comparison were most of the index's build time.
template <class T>
void sort_siblings(std::vector<Id>& ids, const std::map<Id, T>& entities) {
  if (ids.size() < 2) return;
  std::vector<std::pair<int, Id>> keyed;
  keyed.reserve(ids.size());
  for (Id id : ids) keyed.emplace_back(entities.at(id).order, id);
  std::sort(keyed.begin(), keyed.end());
  for (std::size_t k = 0; k < ids.size(); ++k) ids[k] = keyed[k].second;
}

}  // namespace

TreeIndex::TreeIndex(const Document& document) {
  static std::atomic<std::uint64_t> built{0};
  serial_ = ++built;
  for (const auto& [id, unit] : document.units) {
    if (unit.parent != kNoId && document.units.count(unit.parent))
      child_units_[unit.parent].push_back(id);
    else
      root_units_.push_back(id);
  }
  for (const auto& [id, sasaran] : document.sasaran) {
    unit_sasaran_[sasaran.unit].push_back(id);
    if (sasaran.parent != kNoId && document.sasaran.count(sasaran.parent))
      child_sasaran_[sasaran.parent].push_back(id);
    else
      root_sasaran_.push_back(id);
  }
  for (const auto& [id, indikator] : document.indikator) sasaran_indikator_[indikator.sasaran].push_back(id);
  for (const auto& [id, link] : document.links) links_from_[link.from].push_back(id);

  sort_siblings(root_units_, document.units);
  for (auto& [parent, ids] : child_units_) sort_siblings(ids, document.units);
  // Root sasaran keep the order of their units first, so a listing reads top-down.
  for (auto& [unit, ids] : unit_sasaran_) sort_siblings(ids, document.sasaran);
  sort_siblings(root_sasaran_, document.sasaran);
  for (auto& [parent, ids] : child_sasaran_) sort_siblings(ids, document.sasaran);
  for (auto& [sasaran, ids] : sasaran_indikator_) sort_siblings(ids, document.indikator);
  unit_ancestry_ = Ancestry(root_units_, child_units_, parent_cycles(document.units));
  sasaran_ancestry_ = Ancestry(root_sasaran_, child_sasaran_, parent_cycles(document.sasaran));
}

const std::vector<Id>& TreeIndex::child_units(Id unit) const { return list_or_empty(child_units_, unit); }
const std::vector<Id>& TreeIndex::unit_sasaran(Id unit) const { return list_or_empty(unit_sasaran_, unit); }
const std::vector<Id>& TreeIndex::child_sasaran(Id sasaran) const { return list_or_empty(child_sasaran_, sasaran); }
const std::vector<Id>& TreeIndex::sasaran_indikator(Id sasaran) const {
  return list_or_empty(sasaran_indikator_, sasaran);
}
const std::vector<Id>& TreeIndex::links_from(Id sasaran) const { return list_or_empty(links_from_, sasaran); }

}  // namespace pokin
