#pragma once
// Capaian of one year for every indicator, rolled up to sasaran, branches and units.
//
//  - sasaran ("own"): the weighted mean of its indicators' clamped capaian (Indikator::weight; a weight of 0 or
//    less leaves the indicator out). Indicators that are not computable are left out and counted, so a reader
//    sees "2 of 3 indicators".
//  - branch: a sasaran with everything that supports it (counts are of all indicators in it). Its own capaian
//    and the mean of its supporting branches weigh half each; each supporting branch weighs the same. Without
//    one of the two, the other alone.
//    So a head of agency sees at once which branch is behind, and a sasaran without its own realisasi still
//    gets a figure from below.
//  - unit: the mean of the own capaian of the unit's sasaran.
//  - document: the mean of the branch capaian of every sasaran without a parent: the top level, and any sasaran
//    not linked yet (so that its figure is not lost).
// A figure that has nothing to stand on is nullopt, never 0.
//
// Coverage: a figure is only as good as the share of its parts that have a capaian. A roll-up that rests on
// fewer than `coverage` of its parts (default: half, kDefaultCapaianCoverage) keeps its figure but gets no band
// ("data belum lengkap", capaian_decorations.h): one realised indicator out of fourteen must not paint a whole
// Sasaran Strategis "Sangat baik". Exactly half is enough (7 of 14, 1 of 2).
#include <cstddef>
#include <optional>
#include <unordered_map>

#include "core/capaian/capaian.h"
#include "core/model/document.h"

namespace pokin {

struct RolledCapaian {
  std::optional<double> percent;  // nullopt: nothing computable below
  std::size_t computed = 0;       // parts that contributed
  std::size_t total = 0;          // parts there are
};

inline constexpr double kDefaultCapaianCoverage = 0.5;

// True when at least `coverage` (0-1) of the parts of `rolled` have a capaian, and there is a figure at all.
bool covers_enough(const RolledCapaian& rolled, double coverage);

struct CapaianYear {
  int year = 0;
  std::unordered_map<Id, Capaian> indikator;
  std::unordered_map<Id, RolledCapaian> sasaran;  // own indicators
  std::unordered_map<Id, RolledCapaian> branch;   // the sasaran and everything supporting it
  std::unordered_map<Id, RolledCapaian> unit;     // the unit's own sasaran
  RolledCapaian document;
};

CapaianYear compute_capaian_year(const Document& document, int year);

}  // namespace pokin
