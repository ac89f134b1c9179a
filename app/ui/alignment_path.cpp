#include "app/ui/alignment_path.h"

#include <algorithm>

namespace pokin::ui {
namespace {

void add_sasaran_path(const Document& document, const TreeIndex& index, Id sasaran, std::unordered_set<Id>& path) {
  for (Id up : ancestors_and_self(document, sasaran)) path.insert(up);
  std::vector<Id> stack{sasaran};
  while (!stack.empty()) {
    Id current = stack.back();
    stack.pop_back();
    for (Id child : index.child_sasaran(current))
      if (path.insert(child).second) stack.push_back(child);
  }
}

}  // namespace

std::vector<Id> ancestors_and_self(const Document& document, Id sasaran) {
  std::vector<Id> chain;
  // Bounded: a corrupt file with a cycle must not hang the UI.
  for (Id current = sasaran; current != kNoId && chain.size() <= document.sasaran.size();) {
    const Sasaran* node = document.find_sasaran(current);
    if (!node) break;
    chain.push_back(current);
    current = node->parent;
  }
  std::reverse(chain.begin(), chain.end());
  return chain;
}

std::unordered_set<Id> alignment_path(const Document& document, const TreeIndex& index, Id selected) {
  std::unordered_set<Id> path;
  if (selected == kNoId) return path;
  if (document.find_sasaran(selected)) {
    add_sasaran_path(document, index, selected, path);
  } else if (const Indikator* indikator = document.find_indikator(selected)) {
    add_sasaran_path(document, index, indikator->sasaran, path);
  } else if (document.find_unit(selected)) {
    // The unit's chain of command up to the head, and every unit below it (the unit view draws units).
    const Unit* up = document.find_unit(selected);
    for (std::size_t guard = 0; up && guard <= document.units.size(); ++guard) {
      path.insert(up->id);
      up = document.find_unit(up->parent);
    }
    std::vector<Id> stack{selected};
    while (!stack.empty()) {
      Id unit = stack.back();
      stack.pop_back();
      for (Id sasaran : index.unit_sasaran(unit)) add_sasaran_path(document, index, sasaran, path);
      for (Id child : index.child_units(unit))
        if (path.insert(child).second) stack.push_back(child);
    }
  }
  return path;
}

}  // namespace pokin::ui
