#include "core/commands/change_effects.h"

#include <optional>
#include <tuple>

namespace pokin {
namespace {

// The fields of an entity a TreeIndex depends on.
auto shape(const Unit& unit) { return std::tie(unit.parent, unit.order); }
auto shape(const Sasaran& sasaran) { return std::tie(sasaran.parent, sasaran.unit, sasaran.order); }
auto shape(const Indikator& indikator) { return std::tie(indikator.sasaran, indikator.order); }
auto shape(const CrosscuttingLink& link) { return std::tie(link.from); }

template <class T>
bool moves(const Put<T>& put) {
  if (put.before.has_value() != put.after.has_value()) return true;
  return put.before && shape(*put.before) != shape(*put.after);
}

bool moves(const InfoPut&) { return false; }

// Adds (sign = +1) or removes (sign = -1) an entity's share of the counts. Unsigned arithmetic wraps, so the
// order of additions and removals does not matter as long as every removal matches an earlier addition.
void count(DocumentCounts& counts, const Unit&, std::size_t sign, const DocumentInfo&) { counts.units += sign; }

void count(DocumentCounts& counts, const Sasaran& sasaran, std::size_t sign, const DocumentInfo&) {
  if (sasaran.link_origin == LinkOrigin::Suggested && sasaran.parent != kNoId) counts.suggested_links += sign;
  if (sasaran.kind == StatementKind::Tujuan) {  // counted apart, like count_document
    counts.tujuan += sign;
    return;
  }
  counts.sasaran += sign;
  if (sasaran.level >= 0) {
    if (sasaran.level >= static_cast<int>(counts.sasaran_per_level.size()))
      counts.sasaran_per_level.resize(sasaran.level + 1, 0);
    counts.sasaran_per_level[sasaran.level] += sign;
  }
}

void count(DocumentCounts& counts, const Indikator& indikator, std::size_t sign, const DocumentInfo& info) {
  counts.indikator += sign;
  const auto years = static_cast<std::size_t>(info.period_years());
  std::size_t filled = 0;
  for (const auto& [year, value] : indikator.target)
    if (info.in_period(year) && !value.empty()) ++filled;
  counts.targets_filled += sign * filled;
  counts.targets_missing += sign * (years > filled ? years - filled : 0);
  for (const auto& [year, value] : indikator.realisasi)
    if (!value.empty()) counts.realisasi += sign;
}

void count(DocumentCounts& counts, const CrosscuttingLink&, std::size_t sign, const DocumentInfo&) {
  counts.links += sign;
}

constexpr std::size_t kAdd = 1;
constexpr std::size_t kRemove = static_cast<std::size_t>(-1);

}  // namespace

bool changes_tree_shape(const std::vector<AppliedChanges>& applied) {
  for (const AppliedChanges& list : applied)
    for (const RowChange& change : *list.changes)
      if (std::visit([](const auto& put) { return moves(put); }, change)) return true;
  return false;
}

DocumentCounts counts_after(DocumentCounts counts, const std::vector<AppliedChanges>& applied, const Document& after) {
  for (const AppliedChanges& list : applied)
    for (const RowChange& change : *list.changes)
      if (std::holds_alternative<InfoPut>(change)) return count_document(after);
  for (const AppliedChanges& list : applied) {
    for (const RowChange& change : *list.changes) {
      std::visit(
          [&](const auto& put) {
            using P = std::decay_t<decltype(put)>;
            if constexpr (!std::is_same_v<P, InfoPut>) {
              const auto& gone = list.forward ? put.before : put.after;
              const auto& come = list.forward ? put.after : put.before;
              if (gone) count(counts, *gone, kRemove, after.info);
              if (come) count(counts, *come, kAdd, after.info);
            }
          },
          change);
    }
  }
  // count_document sizes the per-level list to the named levels, longer only for a sasaran deeper than them.
  while (counts.sasaran_per_level.size() > after.info.levels.size() && counts.sasaran_per_level.back() == 0)
    counts.sasaran_per_level.pop_back();
  return counts;
}

}  // namespace pokin
