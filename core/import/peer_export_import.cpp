#include "core/import/peer_export_import.h"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "core/import/column_fields.h"
#include "core/import/document_builder.h"
#include "core/import/peer_export_header.h"
#include "core/import/text_cleaning.h"
#include "core/import/unit_title.h"
#include "core/model/indonesian_number.h"

namespace pokin::import {
namespace {

constexpr std::size_t kRowsSearchedForHeader = 5;  // non-empty rows: a title line or two may stand above it
constexpr int kEarliestYear = 1990;
constexpr int kLatestYear = 2100;
constexpr std::size_t kLinesNamedInNotes = 8;

ColumnField report_field(const PeerColumn& column) {
  ColumnField field;
  field.year = column.year;
  switch (column.field) {
    case PeerField::Unit: field.field = Field::Unit; break;
    case PeerField::ParentUnit: field.field = Field::ParentUnit; break;
    case PeerField::Sasaran: field.field = Field::Sasaran; break;
    case PeerField::Indikator: field.field = Field::Indikator; break;
    case PeerField::Satuan: field.field = Field::Satuan; break;
    case PeerField::Target: field.field = Field::Target; break;
    case PeerField::Realisasi: field.field = Field::Realisasi; break;
    case PeerField::Baseline: field.field = Field::Baseline; break;
    case PeerField::Formula: field.field = Field::Formula; break;
    case PeerField::SumberData: field.field = Field::SumberData; break;
    case PeerField::Polarity: field.field = Field::Polarity; break;
    case PeerField::Code: field.field = Field::Code; break;
    case PeerField::ParentCode: field.field = Field::ParentCode; break;
    case PeerField::Level: field.field = Field::Level; break;
    case PeerField::None:
    case PeerField::Year:
    case PeerField::PenanggungJawab:
    case PeerField::Crosscutting:
    case PeerField::UnitCode:
    case PeerField::PeriodStart:
    case PeerField::PeriodEnd: break;  // no planning-table field says these: the label does
  }
  return field;
}

// "1", "ya", "true", "y", "x": the source marks the cell; "0", "tidak", "false", "" do not.
bool flag_set(const std::string& text) {
  std::string lower = lower_ascii(trim(text));
  return lower == "1" || lower == "ya" || lower == "y" || lower == "true" || lower == "x" || lower == "yes";
}

// A whole number written alone ("3", " 2 "), or nullopt.
std::optional<int> whole_number(const std::string& text) {
  std::string value = trim(text);
  if (value.empty() || value.size() > 6) return std::nullopt;
  int number = 0;
  for (char c : value) {
    if (c < '0' || c > '9') return std::nullopt;
    number = number * 10 + (c - '0');
  }
  return number;
}

// A database export's empty cell: phpMyAdmin and HeidiSQL write NULL, mysqldump's tab files \N.
// A dash says the same in a sheet: nothing there ("-" under a year: no target that year).
bool is_null_marker(const std::string& text) {
  return text == "NULL" || text == "null" || text == "\\N" || text == "-" || text == "\u2013" || text == "\u2014";
}

// The level a cell states: "2", "lv2", "Level 2", "Eselon III", "IV.a", or the pohon kinerja tiers (Strategic /
// Strategis = 1, Tactical / Taktis = 2, Operational / Operasional = 3); nullopt when none.
std::optional<int> level_value(const std::string& text) {
  std::string lower = lower_ascii(trim(text));
  // The planning levels by name ("Sasaran Program" below "Sasaran Strategis"), as a level column may write them.
  static const std::pair<const char*, int> kNamed[] = {
      {"tujuan", 0},           {"sasaran strategis", 1}, {"sasaran opd", 1},     {"sasaran program", 2},
      {"sasaran kegiatan", 3}, {"sasaran sub kegiatan", 4}, {"program", 2},     {"kegiatan", 3},
      {"sub kegiatan", 4},     {"subkegiatan", 4}};
  for (const auto& [name, value] : kNamed)
    if (lower == name) return value;
  for (std::string_view prefix : {"eselon", "level", "lvl", "lv"})
    if (lower.compare(0, prefix.size(), prefix) == 0) {
      lower = trim(lower.substr(prefix.size()));
      break;
    }
  if (std::optional<int> number = whole_number(lower)) return number;
  std::string token;
  for (char c : lower) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) break;
    token += c;
  }
  if (std::optional<int> number = whole_number(token)) return number;
  static const std::pair<const char*, int> kRoman[] = {{"i", 1}, {"ii", 2}, {"iii", 3}, {"iv", 4}, {"v", 5}, {"vi", 6}};
  for (const auto& [roman, value] : kRoman)
    if (token == roman) return value;
  // "Operational 2", "Operasional 3": the tiers below the first operational one.
  static const std::pair<const char*, int> kTiers[] = {{"isu", 0},         {"tematik", 0},     {"strategi", 1},
                                                       {"taktis", 2},      {"tactical", 2},    {"operasional", 3},
                                                       {"operational", 3}};
  for (const auto& [tier, value] : kTiers) {
    std::string_view name(tier);
    if (lower.compare(0, name.size(), name) != 0) continue;
    std::optional<int> below = whole_number(trim(lower.substr(lower.find_last_of(' ') + 1)));
    return value + (value == 3 && below && *below >= 2 && *below <= 9 ? *below - 1 : 0);
  }
  return std::nullopt;
}

// The kode a dotted kode hangs under: "1.2.3" -> "1.2"; "" when it has no dot (or dash) to cut at.
std::string kode_prefix(const std::string& code) {
  std::size_t cut = code.find_last_of(".-");
  return cut == std::string::npos || cut == 0 ? std::string() : code.substr(0, cut);
}

std::string lines_named(const std::vector<int>& lines) {
  std::string text;
  for (std::size_t i = 0; i < lines.size() && i < kLinesNamedInNotes; ++i) text += (i ? ", " : "") + std::to_string(lines[i]);
  if (lines.size() > kLinesNamedInNotes) text += ", ...";
  return text;
}

// What the tables of one file share: their units (one head unit, not one per table), the statements each table
// keys by its entity (a sasaran table's id_sasaran), the kode induk that key rows of another table, and the
// sasaran whose level a level column stated.
struct PeerTables {
  struct Pending {
    Id sasaran;
    int entity;  // the entity of the kode induk column (tujuan 1 for id_tujuan)
    std::string code;
    int line;
  };
  std::map<std::string, Id> units;
  std::map<std::pair<int, std::string>, Id> keyed;
  std::vector<Pending> pending;
  std::set<Id> level_stated;
};

class PeerExportReader {
 public:
  PeerExportReader(PeerHeader header, int header_line, std::pair<int, int> title_years, PeerTables& tables, Document& document,
                   ImportReport& report)
      : header_(std::move(header)), document_(document), report_(report), builder_(document), tables_(tables), units_(tables.units),
        title_year_(title_years.second == 0 ? title_years.first : 0), title_period_(title_years) {
    for (const PeerColumn& column : header_.columns) {
      relative_years_ = std::max(relative_years_, column.relative_year);
      if (column.field == PeerField::ParentCode && parent_entity_ < 0) parent_entity_ = column.entity;
      if ((column.field == PeerField::ParentCode && column.entity < 0) || column.field == PeerField::Level) row_id_is_key_ = true;
    }
    // "id" beside an indicator, with no kode induk nor level: the row's own id (one per indicator or year), not the
    // statement's, which its text then keys.
    row_id_is_key_ = row_id_is_key_ || std::none_of(header_.columns.begin(), header_.columns.end(), [](const PeerColumn& column) {
                       return column.field == PeerField::Indikator;
                     });
    report_.tables.push_back({header_line, 1, false, 0});
    first_column_ = report_.columns.size();
    for (std::size_t c = 0; c < header_.columns.size(); ++c) {
      const PeerColumn& column = header_.columns[c];
      ColumnDecision decision{0, static_cast<int>(c), column.header, report_field(column), false, 0, 0};
      decision.field_label = peer_field_name(column);
      report_.columns.push_back(std::move(decision));
    }
  }

  void read(const TableRow& row) {
    if (all_cells_empty(row.cells)) return;
    ++report_.tables.back().data_rows;
    row_ = &row;
    for (std::size_t c = header_.columns.size(); c < row.cells.size(); ++c)
      if (!trim(row.cells[c]).empty()) ++cells_beyond_header_;
    if (header_.shape == PeerShape::Wide) read_path();
    else read_long_row();
  }

  void finish() {
    // This table's statements by their entity's key, for the kode induk of the tables after (and before) it.
    if (header_.shape == PeerShape::Long && header_.entity >= 0)
      for (const auto& [key, id] : statements_)
        if (key.compare(0, 5, "kode\x1f") == 0 && key.find('\x1f', 5) == std::string::npos)
          tables_.keyed.emplace(std::make_pair(header_.entity, key.substr(5)), id);
    if (header_.shape == PeerShape::Long) link_by_kode();
    units_from_jabatan_and_tree();
    unit_kinds_by_depth();
    note_what_was_not_stored();
  }

 private:
  std::string cell(std::size_t column) const {
    if (column >= row_->cells.size()) return std::string();
    std::string text = clean_text(row_->cells[column]);
    return is_null_marker(text) ? std::string() : text;
  }
  void stored(std::size_t column) { ++report_.columns[first_column_ + column].cells_stored; }
  void left_out(std::size_t column) { ++report_.columns[first_column_ + column].cells_left_out; }

  // The unit named `name` (one node per name). A unit seen first without its parent gets it when a later row
  // names one (never one that would close a loop); its kind follows its depth (unit_kinds_by_depth).
  Id unit_named(const std::string& name, Id parent) {
    std::string key = lower_ascii(collapse_spaces(name));
    auto found = units_.find(key);
    if (found != units_.end()) {
      Unit& unit = document_.units.at(found->second);
      if (unit.parent == kNoId && parent != kNoId && !unit_above(found->second, parent)) unit.parent = parent;
      return found->second;
    }
    Unit unit;
    unit.name = name;
    unit.parent = parent;
    Id id = builder_.add_unit(std::move(unit));
    units_.emplace(key, id);
    return id;
  }

  // Whether `unit` is `other` or above it.
  bool unit_above(Id unit, Id other) const {
    for (std::size_t steps = 0; other != kNoId && steps <= document_.units.size(); ++steps, other = document_.units.at(other).parent)
      if (other == unit) return true;
    return false;
  }

  // A Pelaksana / Penanggung Jawab column names jabatan ("Kepala Bidang Kesehatan Masyarakat", "Kepala Seksi
  // Imunisasi"): each is the unit of that title (Bidang ..., Seksi ...), and it sits under the unit holding the
  // parent of its sasaran, as the tree states. Units named otherwise (an OPD, a code) are left as they are.
  void units_from_jabatan_and_tree() {
    for (auto& [id, unit] : document_.units) {
      if (unit.parent != kNoId || !looks_like_unit_title(unit.name)) continue;
      UnitTitle title = read_unit_title(unit.name);
      if (title.kind == UnitKind::Head || title.kind == UnitKind::Staff) continue;
      std::string key = lower_ascii(collapse_spaces(title.name));
      if (!units_.count(key)) {
        units_.emplace(key, id);
        unit.name = title.name;
      }
      if (unit.jabatan.empty()) unit.jabatan = title.jabatan;
      // The unit of the parent of one of its sasaran (the first found, in id order).
      for (const auto& [sasaran_id, sasaran] : document_.sasaran) {
        if (sasaran.unit != id || sasaran.parent == kNoId) continue;
        Id above = document_.sasaran.at(sasaran.parent).unit;
        if (above != id && !unit_above(id, above)) {
          unit.parent = above;
          break;
        }
      }
    }
    held_below_top_ = 0;
    for (const auto& [id, sasaran] : document_.sasaran)
      if (sasaran.level > 0 && document_.units.at(sasaran.unit).parent == kNoId) ++held_below_top_;
  }

  void unit_kinds_by_depth() {
    static constexpr UnitKind kKinds[] = {UnitKind::Head, UnitKind::Division, UnitKind::Section, UnitKind::Staff};
    for (auto& [id, unit] : document_.units) {
      int depth = 0;
      for (Id up = unit.parent; up != kNoId && depth < 3; up = document_.units.at(up).parent) ++depth;
      unit.kind = kKinds[depth];
    }
  }

  Id unit_of_row() {
    std::string name, parent_name, code;
    for (std::size_t c = 0; c < header_.columns.size(); ++c) {
      const PeerColumn& column = header_.columns[c];
      if (column.level != 0 || !is_unit_field(column.field)) continue;
      std::string text = cell(c);
      if (text.empty()) continue;
      stored(c);
      std::string& into = column.field == PeerField::Unit ? name : column.field == PeerField::ParentUnit ? parent_name : code;
      if (into.empty()) into = text;
    }
    if (name.empty()) name = code;  // an export naming its OPD by code only
    if (name.empty()) name = document_.info.instansi.empty() ? "Kepala Dinas" : document_.info.instansi;
    Id parent = parent_name.empty() ? kNoId : unit_named(parent_name, kNoId);
    return unit_named(name, parent);  // an OPD of the export, or a unit under the one named above it
  }

  static bool is_unit_field(PeerField field) {
    return field == PeerField::Unit || field == PeerField::ParentUnit || field == PeerField::UnitCode;
  }

  Id statement(const std::string& key, Id unit, Id parent, int level, const std::string& text) {
    auto found = statements_.find(key);
    if (found != statements_.end()) return found->second;
    Sasaran sasaran;
    sasaran.unit = unit;
    sasaran.parent = parent;
    sasaran.level = level;
    sasaran.statement = text;
    Id id = builder_.add_sasaran(std::move(sasaran));
    statements_.emplace(key, id);
    if (level > 0 && document_.units.at(unit).parent == kNoId) ++held_below_top_;
    RowDecision decision{row_->line, {"Sasaran", "Sasaran"}};
    if (report_.rows.empty() || report_.rows.back().line != row_->line) report_.rows.push_back(std::move(decision));
    return id;
  }

  Indikator& indicator(Id sasaran, const std::string& name) {
    std::pair<Id, std::string> key{sasaran, lower_ascii(collapse_spaces(name))};
    auto found = indicators_.find(key);
    if (found == indicators_.end()) {
      Indikator indikator;
      indikator.sasaran = sasaran;
      indikator.name = name;
      found = indicators_.emplace(key, builder_.add_indikator(std::move(indikator))).first;
    }
    return document_.indikator.at(found->second);
  }

  // A value column's cell onto `indikator` (the year for a Target/Realisasi without one in its header: `year`).
  void put_value(std::size_t c, Indikator& indikator, int year, bool year_cell_empty = true) {
    const PeerColumn& column = header_.columns[c];
    std::string text = cell(c);
    if (text.empty()) return;
    switch (column.field) {
      case PeerField::Satuan: indikator.satuan = text; break;
      case PeerField::Baseline: indikator.baseline = make_value(text); break;
      case PeerField::Formula: set_formula(indikator, row_->cells[c]); break;
      case PeerField::SumberData: indikator.sumber_data = text; break;
      case PeerField::Polarity: indikator.polarity = polarity_from(text); break;
      case PeerField::PenanggungJawab: indikator.penanggung_jawab = text; break;
      case PeerField::Target:
      case PeerField::Realisasi: {
        int at = column.year ? column.year : column.relative_year ? relative_year_at(column.relative_year, year) : year;
        if (column.relative_year && at == 0) {
          left_out(c);
          unplaced_relative_.push_back(row_->line);
          return;
        }
        // No year in the header nor in a tahun cell: the one year the title above the table names, a guess.
        if (at == 0 && year_cell_empty && title_year_ > 0) {
          at = title_year_;
          ++title_year_values_;
        }
        if (at == 0) {
          left_out(c);
          // A year cell that cannot be read is named once, as such (bad_years_).
          if (year_cell_empty) yearless_values_.push_back(row_->line);
          return;
        }
        (column.field == PeerField::Target ? indikator.target : indikator.realisasi)[at] = make_value(text);
        break;
      }
      default: return;
    }
    stored(c);
  }

  // The year of "target_k": the k-th year of the period the row (tahun_awal / tahun_akhir), the title above the
  // table ("RENSTRA 2021-2026") or the document states; else the k-th year from the row's tahun. A period one year
  // longer than the columns starts with its kondisi awal year, so target_1 is its second year. 0 = not placed.
  int relative_year_at(int k, int row_year) {
    int first = row_period_.first, last = row_period_.second, basis = 0;
    if (first == 0 && title_period_.first > 0) first = title_period_.first, last = title_period_.second, basis = 1;
    if (first == 0 && row_year > 0) first = row_year, last = 0, basis = 2;
    if (first == 0 && document_.info.period_start > 0)
      first = document_.info.period_start, last = document_.info.period_end, basis = 3;
    if (first == 0) return 0;
    int at = last > first && last - first == relative_years_ ? first + k : first + k - 1;
    if (last > 0 && at > last) return 0;
    ++relative_placed_;
    relative_basis_ = basis;
    relative_first_ = relative_first_ == 0 ? at : std::min(relative_first_, at);
    relative_last_ = std::max(relative_last_, at);
    return at;
  }

  // The row's period cells (tahun_awal, tahun_akhir), kept for relative_year_at.
  void read_row_period() {
    row_period_ = {0, 0};
    for (std::size_t c = 0; c < header_.columns.size(); ++c) {
      const PeerField field = header_.columns[c].field;
      if (field != PeerField::PeriodStart && field != PeerField::PeriodEnd) continue;
      std::string text = cell(c);
      if (text.empty()) continue;
      std::optional<int> year = whole_number(text.substr(0, 4));
      if (year && *year >= kEarliestYear && *year <= kLatestYear) {
        (field == PeerField::PeriodStart ? row_period_.first : row_period_.second) = *year;
        stored(c);
      } else {
        left_out(c);
      }
    }
    if (row_period_.second != 0 && row_period_.second < row_period_.first) row_period_ = {0, 0};
  }

  // Wide: the year of the row's values from its tahun column (a join repeating a path per year), 0 = none.
  int wide_row_year() {
    for (std::size_t c = 0; c < header_.columns.size(); ++c) {
      if (header_.columns[c].field != PeerField::Year || header_.columns[c].level != 0) continue;
      std::string text = cell(c);
      if (text.empty()) continue;
      std::optional<int> year = whole_number(text);
      if (year && *year >= kEarliestYear && *year <= kLatestYear) {
        stored(c);
        return *year;
      }
      left_out(c);
      bad_years_.push_back(row_->line);
    }
    return 0;
  }

  bool is_value_field(PeerField field) const {
    switch (field) {
      case PeerField::Satuan:
      case PeerField::Baseline:
      case PeerField::Formula:
      case PeerField::SumberData:
      case PeerField::Polarity:
      case PeerField::PenanggungJawab:
      case PeerField::Target:
      case PeerField::Realisasi: return true;
      default: return false;
    }
  }

  // WIDE: the row's cells level by level, each level's sasaran under the one above it in the same row.
  void read_path() {
    read_row_period();
    const int row_year = wide_row_year();
    const Id row_unit = unit_of_row();
    Id unit = row_unit;
    std::string path = std::to_string(row_unit);
    Id parent = kNoId;
    int parent_level = -1;
    for (int level = 1; level <= header_.levels; ++level) {
      std::optional<std::size_t> sasaran_column;
      for (std::size_t c = 0; c < header_.columns.size(); ++c)
        if (header_.columns[c].level == level && header_.columns[c].field == PeerField::Sasaran) sasaran_column = c;
      std::string text = sasaran_column ? cell(*sasaran_column) : std::string();
      if (text.empty()) {
        // Nothing to hang this level's other cells on: they are counted as left out.
        bool any = false;
        for (std::size_t c = 0; c < header_.columns.size(); ++c)
          if (header_.columns[c].level == level && !cell(c).empty() && !(header_.columns[c].field == PeerField::Crosscutting && !flag_set(cell(c)))) {
            left_out(c);
            any = true;
          }
        if (any) orphan_cells_.push_back(row_->line);
        continue;
      }
      if (parent != kNoId && level - 1 != parent_level + 1) skipped_levels_.push_back(row_->line);
      // A unit column of this level (pelaksana_lv3, unit_kerja_lv3): the level's own unit, under the one above.
      for (std::size_t c = 0; c < header_.columns.size(); ++c)
        if (header_.columns[c].level == level && header_.columns[c].field == PeerField::Unit && !cell(c).empty()) {
          unit = unit_named(cell(c), unit);
          stored(c);
          break;
        }
      path += '\x1f' + lower_ascii(collapse_spaces(text));
      Id sasaran = statement(path, unit, parent, level - 1, text);
      stored(*sasaran_column);
      Indikator* indikator = nullptr;
      for (std::size_t c = 0; c < header_.columns.size(); ++c) {
        const PeerColumn& column = header_.columns[c];
        if (column.level != level) continue;
        if (column.field == PeerField::Indikator && !cell(c).empty()) {
          indikator = &indicator(sasaran, cell(c));
          stored(c);
        } else if (column.field == PeerField::Code && !cell(c).empty()) {
          document_.sasaran.at(sasaran).code = cell(c);
          stored(c);
        } else if (column.field == PeerField::Crosscutting && !cell(c).empty()) {
          if (flag_set(cell(c))) {
            left_out(c);
            crosscutting_.push_back(row_->line);
          } else {
            stored(c);
          }
        } else if (column.field == PeerField::None && !cell(c).empty()) {
          left_out(c);
        }
      }
      for (std::size_t c = 0; c < header_.columns.size(); ++c) {
        const PeerColumn& column = header_.columns[c];
        if (column.level != level || !is_value_field(column.field) || cell(c).empty()) continue;
        if (indikator) put_value(c, *indikator, row_year);
        else {
          left_out(c);
          orphan_cells_.push_back(row_->line);
        }
      }
      parent = sasaran;
      parent_level = level - 1;
    }
    // Columns of no level other than the unit, the year and the period: a wide sheet gives them no place.
    for (std::size_t c = 0; c < header_.columns.size(); ++c) {
      const PeerField field = header_.columns[c].field;
      if (header_.columns[c].level == 0 && !is_unit_field(field) && field != PeerField::Year && field != PeerField::PeriodStart &&
          field != PeerField::PeriodEnd && !cell(c).empty())
        left_out(c);
    }
  }

  // LONG: the row's sasaran by its kode (or its statement), its indicator, the value of the row's year.
  void read_long_row() {
    read_row_period();
    std::string code, parent_code, text, name, year_text;
    std::optional<int> level;
    bool code_named = false;  // the kode taken comes from a column naming what it identifies (id_sasaran, kode_pohon)
    for (std::size_t c = 0; c < header_.columns.size(); ++c) {
      std::string value = cell(c);
      if (value.empty()) continue;
      switch (header_.columns[c].field) {
        case PeerField::Code:
          if (!row_id_is_key_ && lower_ascii(trim(header_.columns[c].header)) == "id") break;
          // A table's own row id ("id") gives way to the statement's ("id_sasaran"): rows of one sasaran share it.
          if (code.empty() || (!code_named && names_what_it_identifies(header_.columns[c].header))) {
            code = value;
            code_named = names_what_it_identifies(header_.columns[c].header);
          }
          break;
        case PeerField::ParentCode: parent_code = value; break;
        case PeerField::Sasaran: text = value; break;
        case PeerField::Indikator: name = value; break;
        case PeerField::Level:
          // A number (level_pohon 4) says more than a tier's name (jenis_pohon STRATEGIC_PEMDA) beside it.
          if (std::optional<int> number = whole_number(value)) level = number;
          else if (!level) level = level_value(value);
          break;
        case PeerField::Year: year_text = value; break;
        default: break;
      }
    }
    const Id unit = unit_of_row();
    Id sasaran = kNoId;
    std::string key = code.empty() ? std::to_string(unit) + '\x1f' + lower_ascii(collapse_spaces(text)) : "kode\x1f" + code;
    auto known = statements_.find(key);
    // One kode naming two statements: the kode is unique only with keys this sheet does not hold (kegiatan 6 of
    // one program and of another). Each statement is its own node; its kode still links the rows that follow.
    if (known != statements_.end() && !code.empty() && !text.empty() &&
        lower_ascii(collapse_spaces(document_.sasaran.at(known->second).statement)) != lower_ascii(collapse_spaces(text))) {
      key += '\x1f' + lower_ascii(collapse_spaces(text));
      known = statements_.find(key);
      if (known == statements_.end()) shared_codes_.push_back(row_->line);
    }
    if (known != statements_.end()) {
      sasaran = known->second;
    } else if (!text.empty()) {
      sasaran = statement(key, unit, kNoId, 0, text);
      parent_code_of_[sasaran] = {parent_code, row_->line};
      set_nomenclature(document_.sasaran.at(sasaran), code);
      if (level) {
        level_of_[sasaran] = *level;
        tables_.level_stated.insert(sasaran);
        // Without kode induk, the nearest row above at a higher level holds it (the sheet lists the tree in order).
        while (!open_levels_.empty() && open_levels_.back().first >= *level) open_levels_.pop_back();
        if (!open_levels_.empty()) above_in_order_[sasaran] = open_levels_.back().second;
        open_levels_.emplace_back(*level, sasaran);
      }
    } else if (!name.empty() && code.empty() && last_sasaran_ != kNoId) {
      sasaran = last_sasaran_;  // a merged statement cell: the indicator continues the sasaran above
    }
    if (sasaran == kNoId) {
      std::string shown;
      for (const std::string& each : row_->cells) shown += (shown.empty() ? "" : " | ") + trim(each);
      report_.not_understood(row_->line, shown, {"baris ekspor tanpa sasaran: tidak dapat ditempatkan",
                                                 "an export row without a sasaran: it cannot be placed"});
      for (std::size_t c = 0; c < header_.columns.size(); ++c)
        if (!cell(c).empty() && !is_unit_field(header_.columns[c].field)) left_out(c);
      return;
    }
    last_sasaran_ = sasaran;
    const std::optional<int> year = whole_number(year_text);
    const int at = year && *year >= kEarliestYear && *year <= kLatestYear ? *year : 0;
    if (!year_text.empty() && at == 0) bad_years_.push_back(row_->line);
    Indikator* indikator = name.empty() ? nullptr : &indicator(sasaran, name);
    for (std::size_t c = 0; c < header_.columns.size(); ++c) {
      const PeerColumn& column = header_.columns[c];
      if (cell(c).empty()) continue;
      switch (column.field) {
        case PeerField::Code:
          if (cell(c) == code) stored(c);
          else left_out(c);  // a row id beside the statement's kode: not kept
          break;
        case PeerField::ParentCode:
        case PeerField::Sasaran:
        case PeerField::Indikator:
        case PeerField::Level: stored(c); break;
        case PeerField::Year:
          if (at) stored(c);
          else left_out(c);
          break;
        case PeerField::Crosscutting:
          if (flag_set(cell(c))) {
            left_out(c);
            crosscutting_.push_back(row_->line);
          } else {
            stored(c);
          }
          break;
        case PeerField::None: left_out(c); break;
        case PeerField::Unit:
        case PeerField::ParentUnit:
        case PeerField::UnitCode:
        case PeerField::PeriodStart:
        case PeerField::PeriodEnd: break;  // counted by unit_of_row and read_row_period
        default:
          if (indikator) put_value(c, *indikator, at, year_text.empty());
          else {
            left_out(c);
            orphan_cells_.push_back(row_->line);
          }
      }
    }
    if (!code.empty()) document_.sasaran.at(sasaran).code = code;
  }

  // LONG: parents by kode_induk; without a kode induk column, by the kode's dotted prefix ("1.2" holds "1.2.1"),
  // else by the order of the rows and their levels. Then levels (the level column's lowest value is the top; else
  // the depth).
  void link_by_kode() {
    const bool has_parent_column = std::any_of(header_.columns.begin(), header_.columns.end(),
                                               [](const PeerColumn& column) { return column.field == PeerField::ParentCode; });
    for (const auto& [sasaran, parent] : parent_code_of_) {
      if (!has_parent_column) {
        Id above = parent_by_prefix(document_.sasaran.at(sasaran).code);
        if (above == kNoId) {
          auto in_order = above_in_order_.find(sasaran);
          if (in_order != above_in_order_.end()) above = in_order->second;
        }
        if (above != sasaran) document_.sasaran.at(sasaran).parent = above;
        continue;
      }
      if (parent.first.empty()) continue;
      if (header_.parent_elsewhere) {
        tables_.pending.push_back({sasaran, parent_entity_, parent.first, parent.second});
        continue;
      }
      auto found = statements_.find("kode\x1f" + parent.first);
      if (found == statements_.end() && is_root_marker(parent.first)) continue;  // parent_id 0: a root, as databases write it
      if (found == statements_.end() || found->second == sasaran) {
        unknown_parents_.push_back(parent.second);
        continue;
      }
      document_.sasaran.at(sasaran).parent = found->second;
    }
    // A cycle in the source's kode_induk (a -> b -> a) is cut where it closes: the planner links it by hand.
    for (auto& [id, sasaran] : document_.sasaran) {
      std::set<Id> seen{id};
      for (Id up = sasaran.parent; up != kNoId; up = document_.sasaran.at(up).parent)
        if (!seen.insert(up).second) {
          cycles_.push_back(parent_code_of_[id].second);
          sasaran.parent = kNoId;
          break;
        }
    }
    int lowest = level_of_.empty() ? 0 : std::numeric_limits<int>::max();
    for (const auto& [id, level] : level_of_) lowest = std::min(lowest, level);
    held_below_top_ = 0;
    for (auto& [id, sasaran] : document_.sasaran) {
      auto level = level_of_.find(id);
      if (level != level_of_.end()) {
        sasaran.level = level->second - lowest;
      } else {
        int depth = 0;
        for (Id up = sasaran.parent; up != kNoId && depth < static_cast<int>(document_.sasaran.size()); up = document_.sasaran.at(up).parent) ++depth;
        sasaran.level = depth;
      }
      if (sasaran.level > 0 && document_.units.at(sasaran.unit).parent == kNoId) ++held_below_top_;
    }
  }

  // "id_sasaran", "Kode Pohon": more than the bare "id" / "kode" / "kd" of a table's row.
  static bool names_what_it_identifies(const std::string& header) {
    std::string lower = lower_ascii(trim(header));
    return lower != "id" && lower != "kode" && lower != "kd" && lower != "no" && lower != "nomor";
  }

  // A table of programs, kegiatan or sub kegiatan (its statement column says so): the statement is that nomenclature.
  void set_nomenclature(Sasaran& sasaran, const std::string& code) const {
    static constexpr NomenclatureKind kKinds[] = {NomenclatureKind::Program, NomenclatureKind::Kegiatan, NomenclatureKind::SubKegiatan};
    if (!header_.nomenclature || header_.entity < 3 || header_.entity > 5) return;
    sasaran.nomenclature.kind = kKinds[header_.entity - 3];
    sasaran.nomenclature.name = sasaran.statement;
    (void)code;  // a table key, not the Kepmendagri kode
  }

  static bool is_root_marker(const std::string& code) { return code == "0" || code == "-" || code == "#"; }

  // The sasaran of the longest dotted prefix of `code` that a row states, or kNoId.
  Id parent_by_prefix(std::string code) const {
    for (code = kode_prefix(code); !code.empty(); code = kode_prefix(code)) {
      auto found = statements_.find("kode\x1f" + code);
      if (found != statements_.end()) return found->second;
    }
    return kNoId;
  }

  void note_lines(std::vector<int> lines, const std::string& id, const std::string& en) {
    // One entry per line, however many of its cells were left out.
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    if (lines.empty()) return;
    report_.note({std::to_string(lines.size()) + " " + id + " (baris " + lines_named(lines) + ").",
                  std::to_string(lines.size()) + " " + en + " (lines " + lines_named(lines) + ")."});
  }

  void note_what_was_not_stored() {
    const bool wide = header_.shape == PeerShape::Wide;
    report_.note({wide ? "Dibaca sebagai ekspor aplikasi SAKIP lain (lembar lebar: satu kelompok kolom per level, tiap baris satu jalur "
                         "dari atas). Tautan induk dinyatakan oleh baris, bukan tebakan."
                       : "Dibaca sebagai ekspor aplikasi SAKIP lain (lembar panjang: kode dan kode induk menyatakan pohon).",
                  wide ? "Read as another SAKIP application's export (a wide sheet: one column group per level, each row one "
                         "path from the top). The parent links are stated by the rows, not guessed."
                       : "Read as another SAKIP application's export (a long sheet: kode and kode induk state the tree)."});
    if (held_below_top_ > 0)
      report_.note({std::to_string(held_below_top_) + " sasaran di bawah level teratas dipegang oleh unit pada barisnya (OPD) karena "
                                                      "ekspor tidak menyebut unit di bawahnya; tugaskan ke bidang/seksi.",
                    std::to_string(held_below_top_) + " sasaran below the top level are held by their row's unit (the OPD): the "
                                                      "export names no unit below it; assign them to divisions/sections."});
    note_lines(crosscutting_, "tanda crosscutting tidak disimpan: ekspor tidak menyebut sasaran yang didukung (buat tautan crosscutting di Pokin)",
               "crosscutting flags not stored: the export does not name the sasaran supported (make the crosscutting links in Pokin)");
    note_lines(yearless_values_, "nilai target/realisasi tanpa tahun tidak disimpan", "target/realisasi values without a year not stored");
    note_lines(bad_years_, "baris dengan tahun yang tidak terbaca: nilainya tidak disimpan", "rows whose year cannot be read: their values not stored");
    note_lines(orphan_cells_, "baris dengan sel tanpa sasaran atau indikator untuk menampungnya: sel itu tidak disimpan",
               "rows with cells that have no sasaran or indicator to hold them: those cells not stored");
    note_lines(skipped_levels_, "baris melompati level (mis. lv1 lalu lv3): sasaran yang lebih dalam dipasang pada level di atasnya yang terisi",
               "rows skip a level (e.g. lv1 then lv3): the deeper sasaran hangs on the filled level above it");
    note_lines(unknown_parents_, "kode induk tidak cocok dengan kode mana pun: sasaran itu tanpa induk",
               "kode induk values match no kode: those sasaran have no parent");
    note_lines(shared_codes_, "baris memakai kode yang sudah dipakai pernyataan lain: dibaca sebagai simpul tersendiri",
               "rows reuse a kode another statement has: read as a node of their own");
    note_lines(cycles_, "kode induk membentuk lingkaran: tautan diputus", "kode induk values form a cycle: the link was cut");
    note_lines(unplaced_relative_, "nilai kolom tahun relatif (target_1 .. target_" + std::to_string(relative_years_) +
                                      ") tidak disimpan: judul, kolom tahun maupun dokumen tidak menyebut periodenya",
               "values of relative year columns (target_1 .. target_" + std::to_string(relative_years_) +
                   ") not stored: no title, tahun column or document names their period");
    if (relative_placed_ > 0) {
      static const char* const kBasisId[] = {"kolom periode baris", "judul di atas tabel", "kolom tahun baris", "periode dokumen"};
      static const char* const kBasisEn[] = {"the row's period columns", "the title above the table", "the row's tahun column",
                                             "the document's period"};
      report_.note({std::to_string(relative_placed_) + " nilai kolom tahun relatif (target_1 .. target_" + std::to_string(relative_years_) +
                        ") ditempatkan pada tahun " + std::to_string(relative_first_) + "-" + std::to_string(relative_last_) +
                        " menurut " + kBasisId[relative_basis_] + ".",
                    std::to_string(relative_placed_) + " values of relative year columns (target_1 .. target_" +
                        std::to_string(relative_years_) + ") placed on the years " + std::to_string(relative_first_) + "-" +
                        std::to_string(relative_last_) + " by " + kBasisEn[relative_basis_] + "."});
    }
    if (title_year_values_ > 0)
      report_.note({"Tebakan: " + std::to_string(title_year_values_) + " nilai target/realisasi tanpa tahun diberi tahun " +
                        std::to_string(title_year_) + " dari judul di atas tabel.",
                    "Guess: " + std::to_string(title_year_values_) + " target/realisasi values without a year were given the year " +
                        std::to_string(title_year_) + " of the title above the table."});
    if (cells_beyond_header_ > 0)
      report_.note({std::to_string(cells_beyond_header_) + " sel di kanan kolom terakhir yang berjudul tidak disimpan.",
                    std::to_string(cells_beyond_header_) + " cells right of the last headed column not stored."});
  }

  PeerHeader header_;
  Document& document_;
  ImportReport& report_;
  DocumentBuilder builder_;
  std::size_t first_column_ = 0;  // this table's first ColumnDecision
  const TableRow* row_ = nullptr;
  PeerTables& tables_;
  std::map<std::string, Id>& units_;
  std::map<std::string, Id> statements_;
  int parent_entity_ = -1;    // the entity the kode induk column keys (id_tujuan: tujuan), -1 = not said
  bool row_id_is_key_ = false;
  std::map<std::pair<Id, std::string>, Id> indicators_;
  std::map<Id, std::pair<std::string, int>> parent_code_of_;  // long: kode_induk and line of each sasaran
  std::map<Id, int> level_of_;
  std::vector<std::pair<int, Id>> open_levels_;  // long, by order: the latest sasaran of each level above the row
  std::map<Id, Id> above_in_order_;
  Id last_sasaran_ = kNoId;
  int held_below_top_ = 0;
  int title_year_ = 0;  // the one year the lines above the header name ("POHON KINERJA ... TAHUN 2025"), 0 = none
  int title_year_values_ = 0;
  std::pair<int, int> title_period_;  // the first and last year the title names (last 0 = one year), {0, 0} = none
  std::pair<int, int> row_period_;    // the row's tahun_awal / tahun_akhir
  int relative_years_ = 0;            // the highest k of the target_k columns
  int relative_placed_ = 0, relative_basis_ = 0, relative_first_ = 0, relative_last_ = 0;
  std::vector<int> unplaced_relative_;
  int cells_beyond_header_ = 0;
  std::vector<int> shared_codes_;
  std::vector<int> crosscutting_, yearless_values_, bad_years_, orphan_cells_, skipped_levels_, unknown_parents_, cycles_;
};

}  // namespace

namespace {

// The years the non-empty rows above the header name: {year, 0} for one ("TAHUN 2025"), {first, last} for a period
// ("RENSTRA 2021-2026"), {0, 0} for none or more than two.
std::pair<int, int> years_named_above(const std::vector<TableRow>& rows, std::size_t header) {
  std::set<int> years;
  for (std::size_t r = 0; r < header; ++r)
    for (const std::string& cell : rows[r].cells) {
      const std::string text = lower_ascii(cell);
      for (std::size_t at = 0; at + 4 <= text.size(); ++at) {
        bool digits = true;
        for (std::size_t i = at; i < at + 4 && digits; ++i) digits = text[i] >= '0' && text[i] <= '9';
        bool alone = digits && (at == 0 || !(text[at - 1] >= '0' && text[at - 1] <= '9')) &&
                     (at + 4 == text.size() || !(text[at + 4] >= '0' && text[at + 4] <= '9'));
        if (!alone) continue;
        int year = std::stoi(text.substr(at, 4));
        if (year < kEarliestYear || year > kLatestYear) continue;
        years.insert(year);
      }
    }
  if (years.size() == 1) return {*years.begin(), 0};
  if (years.size() == 2) return {*years.begin(), *years.rbegin()};
  return {0, 0};
}

// The kode induk that key rows of another table: linked when the file holds that table too (its rows keyed by
// the same entity), else named. Levels no level column stated follow the depth under the links made.
void link_tables(PeerTables& tables, Document& document, ImportReport& report) {
  std::vector<int> elsewhere;
  bool linked = false;
  for (const PeerTables::Pending& pending : tables.pending) {
    auto found = tables.keyed.find({pending.entity, pending.code});
    Id parent = found == tables.keyed.end() || found->second == pending.sasaran ? kNoId : found->second;
    // A link that would close a loop is not made.
    for (Id up = parent; up != kNoId; up = document.sasaran.at(up).parent)
      if (up == pending.sasaran) parent = kNoId;
    if (parent == kNoId) {
      elsewhere.push_back(pending.line);
      continue;
    }
    document.sasaran.at(pending.sasaran).parent = parent;
    linked = true;
  }
  if (linked)
    for (auto& [id, sasaran] : document.sasaran) {
      if (tables.level_stated.count(id)) continue;
      int depth = 0;
      for (Id up = sasaran.parent; up != kNoId && depth < static_cast<int>(document.sasaran.size()); up = document.sasaran.at(up).parent) ++depth;
      sasaran.level = depth;
    }
  std::sort(elsewhere.begin(), elsewhere.end());
  elsewhere.erase(std::unique(elsewhere.begin(), elsewhere.end()), elsewhere.end());
  if (elsewhere.empty()) return;
  report.note({std::to_string(elsewhere.size()) + " kode induk menunjuk baris tabel lain yang tidak ada di berkas (mis. program di atas "
                   "tabel kegiatan): sasaran itu tanpa induk (baris " + lines_named(elsewhere) + ").",
               std::to_string(elsewhere.size()) + " kode induk values key rows of another table the file does not hold (e.g. the "
                   "programs above a table of kegiatan): those sasaran have no parent (lines " + lines_named(elsewhere) + ")."});
}

}  // namespace

bool import_peer_export(const std::vector<TableRow>& rows, Document& document, ImportReport& report) {
  std::size_t seen = 0;
  for (std::size_t r = 0; r < rows.size() && seen < kRowsSearchedForHeader; ++r) {
    if (all_cells_empty(rows[r].cells)) continue;
    ++seen;
    std::optional<PeerHeader> header = recognise_peer_header(rows[r].cells);
    if (!header) continue;
    for (std::size_t above = 0; above < r; ++above)
      if (!all_cells_empty(rows[above].cells)) {
        std::string shown;
        for (const std::string& each : rows[above].cells)
          if (!trim(each).empty()) shown += (shown.empty() ? "" : " ") + trim(each);
        report.not_understood(rows[above].line, shown, {"judul di atas tabel ekspor", "a title above the export table"});
      }
    // A file holding several tables one after the other: each starts at its own header row.
    PeerTables tables;
    const std::pair<int, int> title_years = years_named_above(rows, r);
    std::size_t start = r;
    while (start < rows.size()) {
      std::size_t end = start + 1;
      std::optional<PeerHeader> next;
      for (; end < rows.size(); ++end)
        // Only a row of column names as a database writes them: a data row of short cells is no new table.
        if (!all_cells_empty(rows[end].cells) && (next = recognise_peer_header(rows[end].cells))) {
          if (next->from_database) break;
          next.reset();
        }
      PeerExportReader reader(std::move(*header), rows[start].line, title_years, tables, document, report);
      for (std::size_t data = start + 1; data < end; ++data) reader.read(rows[data]);
      reader.finish();
      if (!next) break;
      header = std::move(next);
      start = end;
    }
    link_tables(tables, document, report);
    report.format = "table (peer export)";
    return true;
  }
  return false;
}

}  // namespace pokin::import
