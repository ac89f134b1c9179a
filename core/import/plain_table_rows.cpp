// The rows of a table with one sasaran column (IKU, IKI, Perjanjian Kinerja, the long sheets of other apps): a
// sasaran per row or continued from the row above, its indicators, an indented outline that gives the cascade,
// a statement or an indicator written again on a later year's row being the same one.
#include "core/import/cascade_matrix_columns.h"
#include "core/import/cell_label.h"
#include "core/import/table_tree_builder.h"
#include "core/import/text_cleaning.h"
#include "core/model/indonesian_number.h"

namespace pokin::import {

void TableTreeBuilder::read_plain_row(const TableRow& row, RowValues& values) {
  std::string statement = clean_text(values.sasaran);
  if (!statement.empty() && signature_text(statement) && clean_text(values.indikator).empty()) {
    add_text_outside(row);
    decide(row.line, "diabaikan: tanda tangan Perjanjian Kinerja", "ignored: a Perjanjian Kinerja signature");
    return;
  }
  if (!statement.empty() && left_out_as_statement(statement)) {
    statement.clear();
    if (clean_text(values.indikator).empty() && values.code.empty()) {
      add_text_outside(row);
      decide(row.line, "diabaikan: angka/Rp di kolom sasaran", "ignored: a number/Rp in the sasaran column");
      return;
    }
  }
  resolve_unit(values, row.line, false);
  ++data_rows_;

  std::string code = clean_text(values.code);
  bool new_sasaran = false;
  if (!statement.empty())
    new_sasaran = sasaran_ == kNoId || statement != last_sasaran_text_ || (unit_changed_ && unit_groups_rows_);
  else if (!code.empty()) new_sasaran = sasaran_ == kNoId || code != document_.sasaran.at(sasaran_).code || unit_changed_;
  // A blank sasaran cell continues the sasaran above (a merged cell) unless the unit column groups the rows: a
  // Penanggung Jawab / Unit in Charge right of the statements names who answers for each indicator.
  else if (sasaran_ != kNoId && unit_changed_ && unit_groups_rows_) new_sasaran = true;
  // A long sheet writes a statement again on each of its years, not always on consecutive rows: its kode names it.
  if (new_sasaran && !code.empty()) {
    auto known = plain_by_code_.find({unit_, lower_ascii(code)});
    if (known != plain_by_code_.end() && (statement.empty() || document_.sasaran.at(known->second).statement == statement)) {
      new_sasaran = false;
      if (sasaran_ != known->second) indikator_ = kNoId;
      sasaran_ = known->second;
      last_sasaran_text_ = document_.sasaran.at(sasaran_).statement;
    }
  }
  std::string indikator_name = without_indicator_numbering(clean_text(values.indikator));
  if (!new_sasaran && sasaran_ == kNoId) {
    if (indikator_name.empty()) {
      ignore_row_without_content(row);
      return;
    }
    new_sasaran = true;
    report_.not_understood(row.line, joined_cells(row.cells),
                           {"indikator tanpa sasaran: sasaran kosong dibuat", "indicator without sasaran: an empty sasaran was made"});
  }
  Bilingual became{"lanjutan", "continuation"};
  if (new_sasaran) {
    Sasaran sasaran;
    sasaran.unit = top_level_owner();
    sasaran.statement = statement;
    sasaran.code = code.empty() && !values.number.empty() && options_.lampiran ? std::string() : code;
    sasaran_ = builder_.add_sasaran(sasaran);
    last_sasaran_text_ = statement;
    if (!sasaran.code.empty()) plain_by_code_.emplace(std::make_pair(unit_, lower_ascii(sasaran.code)), sasaran_);
    // A Level / Eselon column naming the cascade level of each row: the rows' order is the tree.
    if (int level = cascade_level_of_cell(values.level); level > 0) {
      place_in_outline(level);
      place_unit_under_parent_node(sasaran_);
    } else if (!options_.lampiran) place_in_outline(values.sasaran_indent);
    indikator_ = kNoId;
    if (!values.parent_code.empty()) parent_code_[sasaran_] = {clean_text(values.parent_code), row.line};
    became = statement_label(document_.sasaran.at(sasaran_));
  }
  unit_changed_ = false;
  put_statement_values(sasaran_, values, row.line);

  if (!indikator_name.empty()) {
    Indikator indikator = indikator_from_row(values, sasaran_, document_.units.at(unit_).name);
    indikator.name = indikator_name;
    put_period_years(indikator.target, values.relative_target, row.line);
    put_period_years(indikator.realisasi, values.relative_realisasi, row.line);
    if (!values.kondisi_akhir.empty()) indikator.kondisi_akhir = make_value(clean_text(values.kondisi_akhir));
    if (Id same = same_indicator_other_years(indikator); same != kNoId) {
      Indikator& into = document_.indikator.at(same);
      for (auto& [year, value] : indikator.target) into.target.emplace(year, value);
      for (auto& [year, value] : indikator.realisasi) into.realisasi.emplace(year, value);
      indikator_ = same;
      decide(row.line, "indikator yang sama, tahun lain", "the same indicator, another year");
      return;
    }
    indikator_ = builder_.add_indikator(indikator);
    new_indikator_.push_back(indikator_);
    plain_indicator_by_name_[{sasaran_, lower_ascii(indikator.name)}] = indikator_;
    became = new_sasaran ? Bilingual{became.id + " + indikator", became.en + " + indicator"} : Bilingual{"indikator", "indicator"};
  } else if (indikator_ != kNoId && !new_sasaran) {
    continue_indikator(document_.indikator.at(indikator_), values);  // a continuation row
  } else {
    left_out_.targets += static_cast<int>(values.target.size() + values.relative_target.size());
    note_targets_without_indicator(row, values);
    left_out_.baselines += values.baseline.empty() ? 0 : 1;
  }
  decide(row.line, became.id, became.en);
}

// A long sheet (one row per indicator and year) writes an indicator once per year: a row naming an indicator that
// the current sasaran already holds, with only years that one does not hold yet, adds those years to it.
Id TableTreeBuilder::same_indicator_other_years(const Indikator& row) const {
  if (row.target.empty() && row.realisasi.empty()) return kNoId;
  auto found = plain_indicator_by_name_.find({row.sasaran, lower_ascii(row.name)});
  if (found == plain_indicator_by_name_.end()) return kNoId;
  const Indikator& held = document_.indikator.at(found->second);
  for (const auto& [year, value] : row.target)
    if (held.target.count(year)) return kNoId;
  for (const auto& [year, value] : row.realisasi)
    if (held.realisasi.count(year)) return kNoId;
  return found->second;
}

// An indented outline in the sasaran column: a sasaran supports the nearest one above it that is indented
// less. Planners write the cascade this way; it is imported as their link, not suggested.
void TableTreeBuilder::place_in_outline(int indent) {
  while (!outline_.empty() && outline_.back().first >= indent) outline_.pop_back();
  if (!outline_.empty()) {
    Sasaran& sasaran = document_.sasaran.at(sasaran_);
    sasaran.parent = outline_.back().second;
    sasaran.link_origin = LinkOrigin::Person;
    sasaran.level = static_cast<int>(outline_.size());
  }
  outline_.push_back({indent, sasaran_});
}

}  // namespace pokin::import
