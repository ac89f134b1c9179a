#include "core/compare/restore_removed.h"

#include <algorithm>
#include <vector>

namespace pokin {
namespace {

template <class Map>
Id largest_key(const Map& map) {
  return map.empty() ? kNoId : map.rbegin()->first;
}

}  // namespace

Id largest_id(const Document& document) {
  return std::max({document.last_id, largest_key(document.units), largest_key(document.sasaran),
                   largest_key(document.indikator), largest_key(document.links)});
}

std::unordered_map<Id, Id> restore_removed_nodes(const Document& old_document, const DocumentDiff& diff,
                                                 const std::unordered_map<Id, Id>& matched, Document& figure) {
  // Which old nodes come back, in the old tree's order of the changes; ids are given before any parent is looked
  // up, so a child listed before its parent still finds it.
  std::vector<Id> units, sasaran, indikator;
  std::unordered_map<Id, Id> restored;
  figure.last_id = largest_id(figure);
  auto take = [&](Id old_id, std::vector<Id>& list) {
    if (old_id == kNoId || restored.count(old_id) || matched.count(old_id)) return;
    restored[old_id] = figure.allocate_id();
    list.push_back(old_id);
  };
  for (const Change& change : diff.changes) {
    if (change.kind != ChangeKind::Removed) continue;
    if (change.type == DiffNodeType::Unit && old_document.find_unit(change.old_node)) take(change.old_node, units);
    if (change.type == DiffNodeType::Sasaran && old_document.find_sasaran(change.old_node))
      take(change.old_node, sasaran);
    if (change.type == DiffNodeType::Indikator && old_document.find_indikator(change.old_node))
      take(change.old_node, indikator);
  }
  for (const auto& [id, old] : old_document.indikator)
    if (restored.count(old.sasaran) && old_document.sasaran.count(old.sasaran)) take(id, indikator);

  // The node an old id became: its match, or itself put back; kNoId when it is in neither.
  auto now = [&](Id old_id) -> Id {
    if (old_id == kNoId) return kNoId;
    if (auto found = matched.find(old_id); found != matched.end()) return found->second;
    if (auto found = restored.find(old_id); found != restored.end()) return found->second;
    return kNoId;
  };
  // Every box first, then the parents: a child put back before its parent still finds it.
  for (Id old_id : units) {
    Unit copy = old_document.units.at(old_id);
    copy.id = restored.at(old_id);
    figure.units[copy.id] = std::move(copy);
  }
  for (Id old_id : sasaran) {
    Sasaran copy = old_document.sasaran.at(old_id);
    copy.id = restored.at(old_id);
    figure.sasaran[copy.id] = std::move(copy);
  }
  for (Id old_id : units) {
    Unit& copy = figure.units.at(restored.at(old_id));
    Id parent = now(old_document.units.at(old_id).parent);
    copy.parent = figure.find_unit(parent) ? parent : kNoId;
  }
  for (Id old_id : sasaran) {
    Sasaran& copy = figure.sasaran.at(restored.at(old_id));
    Id parent = now(old_document.sasaran.at(old_id).parent);
    copy.parent = figure.find_sasaran(parent) ? parent : kNoId;
  }
  for (Id old_id : sasaran) {
    Sasaran& copy = figure.sasaran.at(restored.at(old_id));
    Id unit = now(old_document.sasaran.at(old_id).unit);
    // A sasaran always has an owner: its old unit as it is now, else its new parent's, else the first unit.
    if (!figure.find_unit(unit) && copy.parent != kNoId) unit = figure.sasaran.at(copy.parent).unit;
    if (!figure.find_unit(unit) && !figure.units.empty()) unit = figure.units.begin()->first;
    copy.unit = unit;
  }
  for (Id old_id : indikator) {
    Indikator copy = old_document.indikator.at(old_id);
    copy.id = restored.at(old_id);
    copy.sasaran = now(copy.sasaran);
    if (!figure.find_sasaran(copy.sasaran)) {  // nowhere to stand: not drawn (the matriks still lists it)
      restored.erase(old_id);
      continue;
    }
    figure.indikator[copy.id] = std::move(copy);
  }
  return restored;
}

}  // namespace pokin
