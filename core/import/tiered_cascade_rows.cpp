// The rows of a cascade written as a table, one group of columns per level:
//  - the wide sheets other SAKIP apps export (sasaran_lv1 | indikator_lv1 | sasaran_lv2 | ...), each row one path
//    from the top down, the upper levels written again on every row;
//  - cascading matrices (cascade_matrix_columns.h: Sasaran Strategis | IKU | Penanggung Jawab | Sasaran Program |
//    IKP | ...), where a merged cell arrives as blanks: a parent written once above its children.
// A statement is one node per (unit, parent, text): the same sasaran on the next row is the same node. A blank
// statement cell continues the node open at that level (the merged cell above): an indicator written beside it is
// another indicator of that node, and the first filled level of a row hangs under the nodes open above it. The
// sheet states the cascade, so the links are the planner's.
// Each level's own columns (indicator, jabatan, satuan, targets) go to that level's node and indicator; columns of
// no level (a Target or Satuan column of a wide sheet) to the deepest level filled on the row. A level's jabatan
// cell names the unit owning its node (a blank one: the jabatan above, a merged cell); that unit sits under the
// unit of the parent node. A level without a jabatan column belongs to the row's unit (the agency's head when the
// table names none).
#include <algorithm>

#include "core/import/cascade_matrix_columns.h"
#include "core/import/table_tree_builder.h"
#include "core/import/text_cleaning.h"
#include "core/import/unit_title.h"

namespace pokin::import {
namespace {

// The layout of one level's columns (its tier cleared), or of the columns of no level (tier 0) with the statement
// and unit columns of the levels left out. `with_common`: the columns of no level are read with this level too.
ColumnLayout tier_layout(const ColumnLayout& layout, int tier, bool with_common) {
  ColumnLayout own = layout;
  for (ColumnField& column : own) {
    if (column.continues_left) continue;
    if (column.tier == tier && tier > 0) {
      column.tier = 0;
      if (column.field == Field::Indikator) column.describes = Field::None;  // the level's own indicator
    } else if (column.tier > 0) {
      column = ColumnField{};
    } else if (tier > 0 && (!with_common || column.field == Field::Unit || column.field == Field::Sasaran ||
                            column.field == Field::Indikator)) {
      column = ColumnField{};
    }
  }
  return own;
}

// A dash in a year ("-", "–") means no target; a "0" stays a target here ("0 kasus"): the sheets of other apps
// write real zeros. Returns how many cells were dropped.
int drop_dashes(RowValues& values) {
  auto dash = [](const auto& entry) {
    std::string t = trim(entry.second);
    return t == "-" || t == "--" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94";
  };
  return static_cast<int>(std::erase_if(values.target, dash) + std::erase_if(values.relative_target, dash));
}

bool tier_has(const ColumnLayout& layout, int tier, Field field) {
  return std::any_of(layout.begin(), layout.end(), [&](const ColumnField& c) { return c.tier == tier && c.field == field; });
}

}  // namespace

bool TableTreeBuilder::has_tiers(const ColumnLayout& layout) {
  return std::any_of(layout.begin(), layout.end(), [](const ColumnField& c) { return c.tier > 0; });
}

// The unit of a node sits under the unit of its parent node, unless the file placed it already; the head stays
// the head, whatever level names it.
void TableTreeBuilder::place_unit_under_parent_node(Id node) {
  const Sasaran& sasaran = document_.sasaran.at(node);
  if (sasaran.parent == kNoId) return;
  Id unit = sasaran.unit;
  Id above = document_.sasaran.at(sasaran.parent).unit;
  Unit& own_unit = document_.units.at(unit);
  bool cycle = false;
  for (Id up = above; up != kNoId; up = document_.units.at(up).parent)
    if (up == unit) cycle = true;
  bool head = unit == default_unit_ || own_unit.kind == UnitKind::Head;
  if (above != unit && own_unit.parent == kNoId && !cycle && !head) own_unit.parent = above;
}

void TableTreeBuilder::read_tiered_row(const TableRow& row, RowValues& values) {
  if (tier_layouts_of_ != layout_) {
    tier_layouts_.clear();
    tier_layouts_of_ = layout_;
  }
  auto layout_of = [&](int tier, bool with_common) -> const ColumnLayout& {
    auto [at, made] = tier_layouts_.try_emplace({tier, with_common});
    if (made) at->second = tier_layout(layout_, tier, with_common);
    return at->second;
  };
  // The row's own unit: a unit column of no level (a wide sheet's satuan_kerja), else the table's.
  bool row_unit_column = std::any_of(layout_.begin(), layout_.end(), [](const ColumnField& c) { return c.field == Field::Unit && c.tier == 0; });
  if (row_unit_column) {
    RowValues common = read_row(layout_of(0, true), row.cells);
    resolve_unit(common, row.line, true);
    // Another satuan kerja starts its own tree: nothing open above stays open for it.
    if (unit_changed_) {
      open_tier_.clear();
      tier_unit_.clear();
    }
    // The satuan kerja of a wide sheet holds the whole path from level 1: an agency named without a jabatan
    // ("Dinas Kesehatan") is the head of its tree, not a staff position.
    Unit& unit = document_.units.at(unit_);
    if (unit.kind == UnitKind::Staff && !common.unit.empty() && !looks_like_unit_title(common.unit)) unit.kind = UnitKind::Head;
  } else {
    unit_ = kNoId;  // found when a level without a jabatan column needs it (row_unit)
  }
  auto row_unit = [&] {
    if (unit_ == kNoId) unit_ = section_unit_ != kNoId ? section_unit_ : default_unit();
    return unit_;
  };
  ++data_rows_;
  std::vector<int> tiers;
  for (const ColumnField& column : layout_)
    if (column.tier > 0 && (column.field == Field::Sasaran || column.field == Field::Tujuan) &&
        std::find(tiers.begin(), tiers.end(), column.tier) == tiers.end())
      tiers.push_back(column.tier);
  std::sort(tiers.begin(), tiers.end());
  // A matrix headed by a Tujuan: the sasaran strategis under it are level 0 too.
  bool headed = !tiers.empty() && is_tujuan_tier(layout_, tiers.front());
  // The deepest level the row fills takes the values of the columns of no level.
  int deepest_filled = 0;
  for (int tier : tiers) {
    bool tujuan = headed && tier == tiers.front();
    const std::string& statement = tujuan ? values.tujuan : values.sasaran_tier[tier];
    if (!trim(statement).empty() || !trim(values.indikator_tier[tier]).empty()) deepest_filled = tier;
  }

  int made = 0, indicators = 0, skipped_tiers = 0, deepest = 0, orphans = 0;
  int previous = 0;  // the level left of this one in the layout
  for (int tier : tiers) {
    RowValues own = read_row(layout_of(tier, tier == deepest_filled), row.cells);
    bool tujuan = headed && tier == tiers.front();
    std::string statement = clean_text(tujuan ? own.tujuan : own.sasaran);
    std::string name = clean_text(own.indikator);
    // The unit of this level: its jabatan cell, the jabatan above it (a merged cell), or the row's unit.
    Id unit = kNoId;
    if (tier_has(layout_, tier, Field::Unit)) {
      if (!trim(own.unit).empty()) {
        Id named = unit_named(own.unit, row.line);
        // The head's jabatan ("Kepala Badan") is the agency's head: levels without a jabatan share it.
        if (default_unit_ == kNoId && document_.units.at(named).kind == UnitKind::Head) default_unit_ = named;
        tier_unit_[tier] = named;
      }
      auto held = tier_unit_.find(tier);
      if (held != tier_unit_.end()) unit = held->second;
    }
    if (unit == kNoId && (!statement.empty() || !trim(own.indikator).empty())) unit = row_unit();
    Id id = kNoId;
    if (!statement.empty()) {
      // Under the deepest node open above this level (written on this row or on a row above).
      Id parent = kNoId;
      for (auto open = open_tier_.begin(); open != open_tier_.end() && open->first < tier; ++open) parent = open->second;
      // A level above left empty with nothing open there ("lv3" filled under an empty "lv2"): placed under the
      // level above that.
      if (open_tier_.find(previous) == open_tier_.end() && tier != tiers.front()) ++skipped_tiers;
      auto key = std::make_tuple(unit, parent, lower_ascii(statement));
      auto found = tier_nodes_.find(key);
      if (found != tier_nodes_.end()) {
        id = found->second;
      } else {
        Sasaran sasaran;
        sasaran.unit = unit;
        sasaran.parent = parent;
        sasaran.level = tujuan ? 0 : std::max(0, tier - 1 - (headed ? 1 : 0));
        if (tujuan) sasaran.kind = StatementKind::Tujuan;
        sasaran.statement = statement;
        sasaran.code = clean_text(own.code);
        sasaran.link_origin = LinkOrigin::Person;  // written by the planner as the row's path
        id = builder_.add_sasaran(sasaran);
        tier_nodes_.emplace(key, id);
        // A level below the first with no jabatan of its own stays with the agency's head until it is assigned.
        if (sasaran.level > 0 && unit == default_unit_) ++awaiting_assignment_;
        if (parent != kNoId) ++tier_links_;
        ++made;
        place_unit_under_parent_node(id);
      }
      open_tier_.erase(open_tier_.upper_bound(tier), open_tier_.end());
      open_tier_[tier] = id;
      deepest = tier;
    } else if (!name.empty()) {
      // An indicator beside a blank statement cell: the statement written above it (a merged cell).
      auto open = open_tier_.find(tier);
      if (open != open_tier_.end()) {
        id = open->second;
        deepest = std::max(deepest, tier);
      } else {
        ++left_out_.text_cells;
        ++orphans;
        report_.not_understood(row.line, name, {"indikator tanpa sasaran pada tingkatnya (tidak ada sasaran di atasnya)",
                                                "indicator without a sasaran at its level (none above it)"});
      }
    }
    previous = tier;
    if (id != kNoId && name.empty()) {
      // Targets of a level that names no indicator have nowhere to go: counted and named.
      drop_dashes(own);
      left_out_.targets += static_cast<int>(own.target.size() + own.relative_target.size());
      note_targets_without_indicator(row, own);
    }
    if (id == kNoId || name.empty() || !tier_indicators_.insert({id, lower_ascii(name)}).second) continue;
    no_target_cells_ += drop_dashes(own);
    IndicatorCell cell;
    cell.name = name;
    cell.takes_values = true;
    indikator_ = add_indicator(own, cell, id, row.line);
    sasaran_ = id;
    ++indicators;
  }
  unit_changed_ = false;
  if (deepest == 0 && orphans > 0) {
    decide(row.line, "diabaikan: indikator tanpa sasaran", "ignored: an indicator without a sasaran");
    return;
  }
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
