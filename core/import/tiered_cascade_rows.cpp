// The rows of a wide cascade sheet, as other SAKIP apps export a pohon kinerja: one column pair per level
// (sasaran_lv1 | indikator_lv1 | sasaran_lv2 | indikator_lv2 | is_crosscutting_lv2 ...), each row one path from
// the top down, the upper levels written again on every row. A statement is one node per (unit, parent, text): the
// same sasaran on the next row is the same node, and the sheet states the cascade, so the links are the planner's.
#include <algorithm>

#include "core/import/table_tree_builder.h"
#include "core/import/text_cleaning.h"
#include "core/import/unit_title.h"

namespace pokin::import {

bool TableTreeBuilder::has_tiers(const ColumnLayout& layout) {
  return std::any_of(layout.begin(), layout.end(), [](const ColumnField& c) { return c.tier > 0; });
}

void TableTreeBuilder::read_tiered_row(const TableRow& row, RowValues& values) {
  resolve_unit(values, row.line, true);
  // The satuan kerja of a wide sheet holds the whole path from level 1: an agency named without a jabatan
  // ("Dinas Kesehatan") is the head of its tree, not a staff position.
  Unit& unit = document_.units.at(unit_);
  if (unit.kind == UnitKind::Staff && !values.unit.empty() && !looks_like_unit_title(values.unit)) unit.kind = UnitKind::Head;
  ++data_rows_;
  Id parent = kNoId;
  int made = 0, indicators = 0, skipped_tiers = 0;
  int deepest = 0;
  for (const auto& [tier, raw] : values.sasaran_tier) {
    std::string statement = clean_text(raw);
    if (statement.empty()) continue;
    if (tier > deepest + 1) ++skipped_tiers;  // "lv3" filled under an empty "lv2": placed under the level above
    deepest = tier;
    auto key = std::make_tuple(unit_, parent, lower_ascii(statement));
    auto found = tier_nodes_.find(key);
    Id id;
    if (found != tier_nodes_.end()) {
      id = found->second;
    } else {
      Sasaran sasaran;
      sasaran.unit = unit_;
      sasaran.parent = parent;
      sasaran.level = tier - 1;
      sasaran.statement = statement;
      sasaran.link_origin = LinkOrigin::Person;  // written by the planner as the row's path
      id = builder_.add_sasaran(sasaran);
      tier_nodes_.emplace(key, id);
      if (parent != kNoId) ++tier_links_;
      ++made;
    }
    auto indicator = values.indikator_tier.find(tier);
    std::string name = indicator == values.indikator_tier.end() ? std::string() : clean_text(indicator->second);
    if (!name.empty() && tier_indicators_.insert({id, lower_ascii(name)}).second) {
      RowValues own;
      own.indikator = name;
      // Targets, satuan and the like written once on the row belong to the deepest level's indicator.
      bool last = std::none_of(values.sasaran_tier.upper_bound(tier), values.sasaran_tier.end(),
                               [](const auto& entry) { return !trim(entry.second).empty(); });
      if (last) {
        own = values;
        own.indikator = name;
      }
      indikator_ = builder_.add_indikator(indikator_from_row(own, id, document_.units.at(unit_).name));
      new_indikator_.push_back(indikator_);
      ++indicators;
    }
    parent = id;
    sasaran_ = id;
  }
  for (const auto& [tier, raw] : values.indikator_tier)
    if (!trim(raw).empty() && trim(values.sasaran_tier[tier]).empty()) ++left_out_.text_cells;  // an indicator of no sasaran
  unit_changed_ = false;
  if (deepest == 0) {
    ignore_row_without_content(row);
    return;
  }
  std::string became_id = std::to_string(made) + " sasaran baru, " + std::to_string(indicators) + " indikator baru (jalur " +
                          std::to_string(deepest) + " tingkat)";
  std::string became_en = std::to_string(made) + " new sasaran, " + std::to_string(indicators) + " new indicators (a path of " +
                          std::to_string(deepest) + " levels)";
  if (skipped_tiers > 0) {
    became_id += ", tingkat kosong dilompati";
    became_en += ", an empty level skipped";
  }
  decide(row.line, became_id, became_en);
}

}  // namespace pokin::import
