#include "core/model/document_counts.h"

namespace pokin {

DocumentCounts count_document(const Document& document) {
  DocumentCounts counts;
  counts.units = document.units.size();
  counts.sasaran_per_level.assign(document.info.levels.size(), 0);
  for (const auto& [id, sasaran] : document.sasaran) {
    if (sasaran.link_origin == LinkOrigin::Suggested && sasaran.parent != kNoId) ++counts.suggested_links;
    if (sasaran.kind == StatementKind::Tujuan) {
      ++counts.tujuan;
      continue;
    }
    ++counts.sasaran;
    if (sasaran.level >= static_cast<int>(counts.sasaran_per_level.size()))
      counts.sasaran_per_level.resize(sasaran.level + 1, 0);
    if (sasaran.level >= 0) ++counts.sasaran_per_level[sasaran.level];
  }
  counts.indikator = document.indikator.size();
  const auto years = static_cast<std::size_t>(document.info.period_years());
  for (const auto& [id, indikator] : document.indikator) {
    std::size_t filled = 0;
    for (const auto& [year, value] : indikator.target)
      if (document.info.in_period(year) && !value.empty()) ++filled;
    counts.targets_filled += filled;
    counts.targets_missing += years > filled ? years - filled : 0;
    for (const auto& [year, value] : indikator.realisasi)
      if (!value.empty()) ++counts.realisasi;
  }
  counts.links = document.links.size();
  return counts;
}

}  // namespace pokin
