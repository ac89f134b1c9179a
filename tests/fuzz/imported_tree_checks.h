#pragma once
// The invariants every importer's Document keeps, for the fuzz targets: every sasaran has its owner unit, no
// parent chain loops, every indicator has its sasaran, every unit's parent exists. A broken one traps (libFuzzer
// reports it as a crash).
#include <cstddef>

#include "core/model/document.h"

namespace pokin::fuzz {

inline void check_imported_tree(const Document& document) {
  for (const auto& [id, sasaran] : document.sasaran) {
    if (!document.find_unit(sasaran.unit)) __builtin_trap();
    std::size_t steps = 0;
    for (Id up = sasaran.parent; up != kNoId; up = document.sasaran.at(up).parent)
      if (++steps > document.sasaran.size()) __builtin_trap();
  }
  for (const auto& [id, indikator] : document.indikator)
    if (!document.find_sasaran(indikator.sasaran)) __builtin_trap();
  for (const auto& [id, unit] : document.units)
    if (unit.parent != kNoId && !document.find_unit(unit.parent)) __builtin_trap();
}

}  // namespace pokin::fuzz
