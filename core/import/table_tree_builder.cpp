#include "core/import/table_tree_builder.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/import/cascade_matrix_columns.h"
#include "core/import/document_metadata.h"
#include "core/import/identity_line.h"
#include "core/import/nomenclature_code.h"
#include "core/import/packed_explanation.h"
#include "core/import/signature_block.h"
#include "core/import/stacked_cells.h"
#include "core/import/target_satuan.h"
#include "core/import/text_cleaning.h"
#include "core/import/unit_title.h"
#include "core/model/indonesian_number.h"

namespace pokin::import {
namespace {

// "0" and "-" in a year column mean "no target this year" in planning tables.
bool means_no_value(const std::string& raw) {
  std::string t = trim(raw);
  return t == "0" || t == "-" || t == "--" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94" || t == "0,00" || t == "0.00";
}

bool is_statement_field(Field field) {
  return field == Field::Tujuan || field == Field::Sasaran || field == Field::Program || field == Field::Kegiatan ||
         field == Field::SubKegiatan;
}

PlanningLevel level_of_field(Field field) {
  switch (field) {
    case Field::Tujuan: return PlanningLevel::Tujuan;
    case Field::Sasaran: return PlanningLevel::Sasaran;
    case Field::Program: return PlanningLevel::Program;
    case Field::Kegiatan: return PlanningLevel::Kegiatan;
    case Field::SubKegiatan: return PlanningLevel::SubKegiatan;
    default: return PlanningLevel::None;
  }
}

PlanningLevel level_of_kind(NomenclatureKind kind) {
  switch (kind) {
    case NomenclatureKind::Program: return PlanningLevel::Program;
    case NomenclatureKind::Kegiatan: return PlanningLevel::Kegiatan;
    case NomenclatureKind::SubKegiatan: return PlanningLevel::SubKegiatan;
    case NomenclatureKind::None: break;
  }
  return PlanningLevel::None;
}

NomenclatureKind kind_of_level(PlanningLevel level) {
  switch (level) {
    case PlanningLevel::Program: return NomenclatureKind::Program;
    case PlanningLevel::Kegiatan: return NomenclatureKind::Kegiatan;
    case PlanningLevel::SubKegiatan: return NomenclatureKind::SubKegiatan;
    default: return NomenclatureKind::None;
  }
}

// The sasaran level (index into DocumentInfo::levels) of a planning level.
int tree_level(PlanningLevel level) {
  switch (level) {
    case PlanningLevel::Program: return 1;
    case PlanningLevel::Kegiatan: return 2;
    case PlanningLevel::SubKegiatan: return 3;
    default: return 0;
  }
}

// Outline numbering written before a statement ("1.1.", "1.1.1"), without its final dot; "" when none.
std::string outline_number(const std::string& text) {
  std::size_t end = 0;
  while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.')) ++end;
  if (end == 0 || end >= text.size() || text[end] != ' ') return {};
  std::string number = text.substr(0, end);
  while (!number.empty() && number.back() == '.') number.pop_back();
  return number;
}

std::string without_outline_number(const std::string& text) {
  std::string number = outline_number(text);
  if (number.empty()) return text;
  std::size_t end = text.find(' ');
  return trim(text.substr(end));
}

// A cell that reads as a target rather than as the name of an indicator: short, and starting like a number
// ("100%", "0,51", "- ", "< 5", "≥ 80"). Grades ("BB", "A") are left out: "IKM" would read as one.
bool looks_like_value(const std::string& raw) {
  std::string t = clean_text(raw);
  if (t.empty() || t.size() > 16) return false;
  unsigned char first = static_cast<unsigned char>(t[0]);
  return std::isdigit(first) || t[0] == '-' || t[0] == '<' || t[0] == '>' || t[0] == '%' || t.rfind("\xE2\x89", 0) == 0;
}

// A LEVEL cell: 1 (or 0) = head of agency, 2 = Bidang/Sekretariat, 3 = Seksi/Sub Bagian, 4 = staff; or the
// words planners use (eselon II/III/IV, kepala, bidang, seksi, staf ...).
UnitKind kind_from_level(const std::string& text, UnitKind fallback) {
  std::string lower = lower_ascii(trim(text));
  auto starts = [&](std::string_view word) { return lower.rfind(word, 0) == 0; };
  if (lower == "0" || lower == "1" || starts("kepala") || lower == "eselon ii" || lower == "eselon 2") return UnitKind::Head;
  if (lower == "2" || starts("bidang") || starts("sekretariat") || lower == "eselon iii" || lower == "eselon 3")
    return UnitKind::Division;
  if (lower == "3" || starts("seksi") || starts("sub") || lower == "eselon iv" || lower == "eselon 4")
    return UnitKind::Section;
  if (lower == "4" || starts("staf") || starts("pelaksana") || starts("fungsional") || starts("jf")) return UnitKind::Staff;
  // The level named by what it states ("Sasaran Strategis", "Sasaran Program") or an eselon in roman numerals ("II").
  switch (cascade_level_of_cell(text)) {
    case 1: return UnitKind::Head;
    case 2: return UnitKind::Division;
    case 3: return UnitKind::Section;
    case 4: return UnitKind::Staff;
    default: return fallback;
  }
}

}  // namespace

TableTreeBuilder::TableTreeBuilder(const TreeBuildOptions& options, Document& document, ImportReport& report)
    : options_(options), document_(document), builder_(document), report_(report) {}

void TableTreeBuilder::start_table() {
  if (!heading_unit_text_.empty() && !options_.lampiran) {
    section_unit_ = unit_named(heading_unit_text_, 0);
    heading_unit_text_.clear();
    ++heading_units_;
  }
  unit_ = kNoId;
  last_unit_text_.clear();
  open_tier_.clear();
  tier_unit_.clear();
  previous_statements_ = {};
  previous_code_parts_.clear();
  close_open_statements();
}

// A workbook (or a Word table, a web page) gives a merged cell's text in every row it covers: a Tujuan merged over
// its sasaran and programs arrives again on each of their rows, a program's kode and name on each of its
// indicators' rows. A statement cell repeating the cell above is read as the blank a copy gives for a merged cell:
// the row continues the statement already open (the same one: its text is the same). The kode of a row that names
// no statement then goes too when it repeats the row above.
void TableTreeBuilder::clear_merge_fills(RowValues& values) {
  std::array<std::string*, 5> cells{&values.tujuan, &values.sasaran, &values.program, &values.kegiatan,
                                    &values.sub_kegiatan};
  std::array<std::string, 5> read;
  for (std::size_t i = 0; i < cells.size(); ++i) read[i] = *cells[i];
  bool statement_left = false;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    std::string text = trim(read[i]);
    if (!text.empty() && text == trim(previous_statements_[i])) cells[i]->clear();
    statement_left = statement_left || !trim(*cells[i]).empty();
  }
  if (!statement_left && values.code_parts == previous_code_parts_) values.code_parts.clear();
  else previous_code_parts_ = values.code_parts;
  previous_statements_ = read;  // only the row right above fills a merge into this one
}

// A new table or section: no statement above stays open for the rows that follow.
void TableTreeBuilder::close_open_statements() {
  sasaran_ = kNoId;
  indikator_ = kNoId;
  last_sasaran_text_.clear();
  outline_.clear();
  for (int level = 0; level < kLevels; ++level) {
    open_[level] = kNoId;
    open_text_[level].clear();
    open_kode_[level].clear();
    open_number_[level].clear();
  }
}

void TableTreeBuilder::decide(int line, std::string id, std::string en) {
  report_.rows.push_back({line, {std::move(id), std::move(en)}});
}

// Whether a unit cell names the agency itself ("Dinas Perhubungan Kabupaten X", "Kepala Dinas Perhubungan" in a
// Renstra of the Dinas Perhubungan): the agency is known from the document's letterhead or the title above the
// table. An RPJMD's Perangkat Daerah column names other agencies: they stay units of their own.
bool TableTreeBuilder::names_the_agency(const std::string& text) const {
  std::string agency = document_.info.instansi;
  if (agency.empty()) {
    std::vector<std::string_view> lines(title_lines_.begin(), title_lines_.end());
    agency = instansi_from_titles(lines);
  }
  if (agency.empty()) return false;
  std::string name = text;
  if (lower_ascii(name).rfind("kepala ", 0) == 0) name = name.substr(7);
  std::string named = lower_ascii(instansi_name(name));
  std::string key = lower_ascii(instansi_name(agency));
  return (!named.empty() && named == key) || names_agency(text, agency);  // or its initials ("BKD")
}

Id TableTreeBuilder::unit_named(const std::string& raw, int line) {
  (void)line;
  std::string text = clean_text(raw);
  auto found = unit_by_text_.find(lower_ascii(text));
  if (found != unit_by_text_.end()) return found->second;
  // The agency itself ("BKD", "Badan Kepegawaian Daerah" in the Unit Kerja column of its own Renstra) is its head.
  if (lower_ascii(text) != "kepala dinas" && names_the_agency(text)) {
    Id head = default_unit();
    unit_by_text_[lower_ascii(text)] = head;
    return head;
  }
  UnitTitle title = read_unit_title(text);
  // Two spellings of one unit ("Kepala SKPD", "Kepala Dinas") meet at the normalised name.
  auto same = unit_by_name_.find(lower_ascii(title.name));
  Id id;
  if (same != unit_by_name_.end()) {
    id = same->second;
  } else {
    id = builder_.add_unit(unit_from_title(title));
    unit_by_name_[lower_ascii(title.name)] = id;
  }
  unit_by_text_[lower_ascii(text)] = id;
  return id;
}

Id TableTreeBuilder::default_unit() {
  if (default_unit_ == kNoId) default_unit_ = unit_named("Kepala Dinas", 0);
  return default_unit_;
}

int TableTreeBuilder::drop_no_target_years(RowValues& values) {
  int dropped = 0;
  for (auto* years : {&values.target, &values.relative_target, &values.pagu, &values.relative_pagu})
    dropped += static_cast<int>(std::erase_if(*years, [](const auto& entry) { return means_no_value(entry.second); }));
  if (means_no_value(values.kondisi_akhir)) values.kondisi_akhir.clear();
  if (means_no_value(values.kondisi_akhir_pagu)) values.kondisi_akhir_pagu.clear();
  return dropped;
}

// A row whose only cell is its first, spanning the table: a section. One naming a unit ("Inspektorat Wilayah I",
// "Sekretariat", "Kepala Bidang Pelayanan") opens that unit's rows: it holds the statements below it, which
// start afresh. Another text, in a column that holds no statement (under "No", or an unrecognised column), is the
// sasaran of the rows below (a sasaran written across the table). Returns true when the row was a unit section
// (nothing more to read); a sasaran section is left in `values` for the rows' own reading.
bool TableTreeBuilder::read_section_row(const TableRow& row, RowValues& values) {
  if (options_.lampiran || layout_.size() < 3) return false;
  std::size_t filled = 0, at = 0;
  for (std::size_t c = 0; c < row.cells.size(); ++c)
    if (!trim(row.cells[c]).empty()) ++filled, at = c;
  if (filled != 1 || at > 1) return false;
  const std::string text = clean_text(row.cells[at]);
  if (text.size() < 4 || looks_like_value(text) || std::isdigit(static_cast<unsigned char>(text[0]))) return false;
  std::size_t owner = std::min(at, layout_.size() - 1);
  while (owner > 0 && layout_[owner].continues_left) --owner;
  Field field = layout_[owner].field;
  if (field == Field::Indikator || field == Field::Formula || field == Field::Satuan) return false;
  std::string heading = unit_heading(text);  // "**A. KEPALA DINAS**", "Jabatan : Sekretaris"
  if (!heading.empty() && field != Field::Unit) {
    section_unit_ = unit_named(heading, row.line);
    last_unit_text_.clear();
    close_open_statements();
    ++section_rows_;
    decide(row.line, "bagian tabel: unit " + document_.units.at(section_unit_).name,
           "table section: unit " + document_.units.at(section_unit_).name);
    return true;
  }
  if (field == Field::Number || field == Field::None) {
    LabelledText label = read_statement_label(text);
    values = RowValues{};
    // "Sasaran 1: Meningkatnya ...": the label is the table's numbering, not the statement.
    bool sasaran_label = label.role == LabelRole::Statement && label.level == PlanningLevel::Sasaran && !label.rest.empty();
    values.sasaran = sasaran_label ? label.rest : text;
  }
  return false;
}

// A row shifted left: the first filled cell sits in a statement column left of the indicator column, and the
// cell right after it, in a column where no value belongs (a statement or the indicator), holds a value.
// Converted PDFs lose the empty cells at the start of a continuation row this way: the text is an indicator and
// the values after it are its own. Re-reads the row with the cells moved right so that the text lands in the
// indicator column.
bool TableTreeBuilder::fix_shifted_row(const TableRow& row, RowValues& values) {
  std::size_t indicator = layout_.size();
  for (std::size_t c = 0; c < layout_.size(); ++c)
    if (layout_[c].field == Field::Indikator && layout_[c].describes == Field::None && !layout_[c].continues_left) {
      indicator = c;
      break;
    }
  if (indicator >= layout_.size()) return false;
  std::size_t first = 0;
  while (first < row.cells.size() && trim(row.cells[first]).empty()) ++first;
  if (first >= indicator || first + 1 >= row.cells.size() || !is_statement_field(layout_[first].field) ||
      layout_[first].continues_left)
    return false;
  const ColumnField& next = layout_[first + 1];
  if (!(is_statement_field(next.field) || (next.field == Field::Indikator && next.describes == Field::None)) ||
      next.continues_left)
    return false;
  const std::string text = clean_text(row.cells[first]);
  if (text.size() < 12 || looks_like_value(text) || !looks_like_value(row.cells[first + 1])) return false;
  if (read_statement_label(text).role != LabelRole::None) return false;
  std::vector<std::string> cells(row.cells.begin(), row.cells.begin() + static_cast<long>(first));
  cells.resize(indicator);
  cells.insert(cells.end(), row.cells.begin() + static_cast<long>(first), row.cells.end());
  values = read_row(layout_, cells);
  ++shifted_rows_;
  if (shifted_rows_ <= 5) first_shifted_ += (first_shifted_.empty() ? "" : ", ") + std::to_string(row.line);
  return true;
}

std::vector<TableTreeBuilder::StatementCell> TableTreeBuilder::statement_cells(
    const RowValues& values, const LabelledText& sasaran_label, std::vector<IndicatorCell>& indicators,
    std::string& context) {
  (void)sasaran_label;
  std::vector<StatementCell> cells;
  NomenclatureCode column_code = read_nomenclature_code(values.code_parts);
  // A matrix's outline numbering ("1.1.1") in the Kode column of a table naming no program, kegiatan or pagu is the
  // node's own code, no program kode.
  if (!planning_ && values.code_parts.size() == 1 && is_outline_number(values.code_parts.front()))
    column_code = NomenclatureCode{};
  const std::pair<const std::string*, PlanningLevel> columns[] = {
      {&values.tujuan, PlanningLevel::Tujuan},     {&values.sasaran, PlanningLevel::Sasaran},
      {&values.program, PlanningLevel::Program},   {&values.kegiatan, PlanningLevel::Kegiatan},
      {&values.sub_kegiatan, PlanningLevel::SubKegiatan}};
  for (const auto& [raw, column_level] : columns) {
    if (trim(*raw).empty()) continue;
    std::string text = clean_text(*raw);
    StatementCell cell;
    cell.number = outline_number(text);
    LabelledText label = read_statement_label(text);
    if (label.role == LabelRole::Context) {
      context = text;
      continue;
    }
    std::string lower = lower_ascii(text);
    if (signature_text(text)) {
      context = text;  // the signature block of a Perjanjian Kinerja
      continue;
    }
    if (left_out_as_statement(text)) continue;
    if (lower == "total" || lower == "jumlah" || lower == "jumlah total" || lower == "grand total" ||
        lower.rfind("total ", 0) == 0 || lower.rfind("jumlah anggaran", 0) == 0) {
      context = text;  // a sum of the rows above
      continue;
    }
    if (label.role == LabelRole::Indicator) {
      indicators.push_back({label.level, label.rest, false});
      continue;
    }
    std::string rest;
    std::string body = label.role == LabelRole::None ? without_outline_number(text) : label.rest;
    NomenclatureCode lead = leading_nomenclature_code(body, rest);
    if (!lead.kode.empty()) {
      cell.kode = lead.kode;
      body = rest;
      LabelledText inner = read_statement_label(body);
      if (inner.role == LabelRole::Statement) label = inner, body = inner.rest;
    }
    cell.text = body;
    NomenclatureKind by_kode = !lead.kode.empty() ? lead.kind : column_code.kind;
    if (label.role == LabelRole::Statement) {
      cell.level = label.level;
      cell.is_name = label.is_name;
    } else if ((column_level == PlanningLevel::Program || column_level == PlanningLevel::Sasaran) &&
               by_kode != NomenclatureKind::None) {
      cell.level = level_of_kind(by_kode);  // one column for program, kegiatan and sub kegiatan: the kode decides
      cell.is_name = true;
    } else {
      cell.level = column_level;
      cell.is_name = column_level == PlanningLevel::Program || column_level == PlanningLevel::Kegiatan ||
                     column_level == PlanningLevel::SubKegiatan;
    }
    cells.push_back(std::move(cell));
  }
  std::stable_sort(cells.begin(), cells.end(),
                   [](const StatementCell& a, const StatementCell& b) { return a.level < b.level; });
  // One full kode per name column (SIPD's kode_program | nama_program | kode_giat | nama_giat ...): each name takes
  // the kode of its own depth.
  std::map<NomenclatureKind, std::string> kode_of_kind;
  int full_codes = 0;
  for (const std::string& part : values.code_parts) {
    if (trim(part).empty()) continue;
    NomenclatureCode own = read_nomenclature_code({part});
    if (own.kind == NomenclatureKind::None || own.segments < 3) {
      full_codes = -1;
      break;
    }
    kode_of_kind[own.kind] = own.kode;
    ++full_codes;
  }
  if (full_codes >= 1 && values.code_parts.size() >= 2) {
    for (StatementCell& cell : cells)
      if (cell.is_name && cell.kode.empty()) {
        auto own = kode_of_kind.find(kind_of_level(cell.level));
        if (own != kode_of_kind.end()) cell.kode = own->second;
      }
    column_code = NomenclatureCode{};
  }
  // The kode of the Code columns belongs to the deepest nomenclature on the row.
  if (!column_code.kode.empty()) {
    auto named = std::find_if(cells.rbegin(), cells.rend(), [](const StatementCell& c) { return c.is_name; });
    if (named != cells.rend()) {
      if (named->kode.empty()) named->kode = column_code.kode;
    } else if (column_code.kind != NomenclatureKind::None &&
               std::none_of(cells.begin(), cells.end(), [](const StatementCell& c) { return c.level > PlanningLevel::Sasaran; })) {
      StatementCell code_only;  // a kode without a name (the name cell was merged away or lost)
      code_only.level = level_of_kind(column_code.kind);
      code_only.is_name = true;
      code_only.kode = column_code.kode;
      cells.push_back(std::move(code_only));
    } else if (column_code.kind == NomenclatureKind::None && cells.empty() && column_code.segments <= 2) {
      context = "kode " + column_code.kode;  // urusan / bidang urusan
    }
  }

  if (!trim(values.indikator).empty()) {
    std::string text = clean_text(values.indikator);
    LabelledText label = read_statement_label(text);
    if (label.role == LabelRole::Indicator) indicators.insert(indicators.begin(), {label.level, label.rest, true});
    else indicators.insert(indicators.begin(), {PlanningLevel::None, without_indicator_numbering(text), true});
  }
  for (const auto& [field, raw] : values.indikator_of) {
    std::string text = clean_text(raw);
    if (text.empty()) continue;
    LabelledText label = read_statement_label(text);
    indicators.push_back({level_of_field(field), label.role == LabelRole::Indicator ? label.rest : text, false});
  }
  // The values of the row (targets, baseline, satuan) go to the indicator of the indicator column, else to the
  // indicator of the deepest statement.
  if (!indicators.empty() && !indicators.front().takes_values) {
    auto deepest = std::max_element(indicators.begin(), indicators.end(), [](const IndicatorCell& a, const IndicatorCell& b) {
      return a.level < b.level;
    });
    deepest->takes_values = true;
  }
  return cells;
}

void TableTreeBuilder::link_to_parent(Sasaran& sasaran, PlanningLevel level, const std::string& kode,
                                      const std::string& number) {
  for (int above = static_cast<int>(level) - 1; above > 0; --above) {
    if (open_[above] == kNoId) continue;
    // A Sasaran Strategis holds Program rows; a Tujuan holds Sasaran rows (a program directly under a tujuan
    // when the table has no sasaran column).
    sasaran.parent = open_[above];
    bool by_kode = kode_within(open_kode_[above], kode);
    bool by_number = !number.empty() && !open_number_[above].empty() && kode_within(open_number_[above], number);
    if (by_kode || by_number) {
      sasaran.link_origin = LinkOrigin::Person;
      ++stated_links_;
    } else {
      sasaran.link_origin = LinkOrigin::Suggested;
      sasaran.suggestion_score = 1.0;  // the row's place in the table: the strongest guess short of a kode
      ++positional_links_;
    }
    return;
  }
}

Id TableTreeBuilder::open_statement(const StatementCell& cell, const RowValues& values, bool force_new, int line,
                                    bool& created) {
  (void)line;
  int index = static_cast<int>(cell.level);
  std::string key = cell.kode + "|" + lower_ascii(cell.text);
  created = false;
  if (!force_new && open_[index] != kNoId && open_text_[index] == key) return open_[index];
  Sasaran sasaran;
  sasaran.unit = cell.level <= PlanningLevel::Sasaran ? top_level_owner() : unit_;
  sasaran.statement = cell.text;
  sasaran.level = tree_level(cell.level);
  sasaran.kind = cell.level == PlanningLevel::Tujuan ? StatementKind::Tujuan : StatementKind::Sasaran;
  // "Sasaran Program : ..." states the sasaran of a program without naming one: no nomenclature.
  if (cell.level >= PlanningLevel::Program && (cell.is_name || !cell.kode.empty())) {
    sasaran.nomenclature.kind = kind_of_level(cell.level);
    sasaran.nomenclature.kode = cell.kode;
    if (cell.is_name) sasaran.nomenclature.name = cell.text;
  }
  if (cell.level == PlanningLevel::Sasaran) {
    std::string code = clean_text(values.code);
    if (read_nomenclature_code(values.code_parts).kode.empty()) sasaran.code = code;
  }
  Id id = builder_.add_sasaran(sasaran);
  for (int deeper = index + 1; deeper < kLevels; ++deeper) {
    open_[deeper] = kNoId;
    open_text_[deeper].clear();
    open_kode_[deeper].clear();
    open_number_[deeper].clear();
  }
  link_to_parent(document_.sasaran.at(id), cell.level, cell.kode, cell.number);
  open_[index] = id;
  open_text_[index] = key;
  open_kode_[index] = cell.kode;
  open_number_[index] = cell.number;
  if (cell.level >= PlanningLevel::Program && unit_ == default_unit_) ++awaiting_assignment_;
  if (!values.parent_code.empty()) parent_code_[id] = {clean_text(values.parent_code), line};
  indikator_ = kNoId;
  created = true;
  return id;
}

Bilingual TableTreeBuilder::statement_label(const Sasaran& sasaran) const {
  if (sasaran.kind == StatementKind::Tujuan) return {"Tujuan", "Tujuan"};
  std::string level = level_sasaran_label(document_.info, sasaran.level);
  if (sasaran.nomenclature.kind == NomenclatureKind::None) return {level, level};
  std::string name = sasaran.nomenclature.kind == NomenclatureKind::Program    ? "Program"
                     : sasaran.nomenclature.kind == NomenclatureKind::Kegiatan ? "Kegiatan"
                                                                               : "Sub Kegiatan";
  std::string detail = " (" + name + (sasaran.nomenclature.kode.empty() ? "" : " " + sasaran.nomenclature.kode) + ")";
  return {level + detail, level + detail};
}

void TableTreeBuilder::put_statement_values(Id statement, const RowValues& values, int line) {
  Sasaran& sasaran = document_.sasaran.at(statement);
  bool own_row = statement == sasaran_;
  auto put = [&](std::map<int, Value>& into, int year, const std::string& text) {
    auto [at, inserted] = into.try_emplace(year, make_value(clean_text(text)));
    // A second Rp for the same statement and year (a continuation row repeating it) is not stored twice.
    if (!inserted && !(at->second.text == clean_text(text))) ++left_out_.rp;
  };
  for (const auto& [year, text] : values.pagu) put(sasaran.pagu, year, text);
  for (const auto& [year, text] : values.realisasi_pagu) put(sasaran.realisasi_pagu, year, text);
  for (const auto* relative : {&values.relative_pagu, &values.relative_realisasi_pagu}) {
    std::map<int, Value> years;
    put_period_years(years, *relative, line);
    auto& into = relative == &values.relative_pagu ? sasaran.pagu : sasaran.realisasi_pagu;
    for (auto& [year, value] : years) put(into, year, value.text);
  }
  if (!values.kondisi_akhir_pagu.empty()) {
    if (sasaran.pagu_akhir.empty()) sasaran.pagu_akhir = make_value(clean_text(values.kondisi_akhir_pagu));
    else if (sasaran.pagu_akhir.text != clean_text(values.kondisi_akhir_pagu)) ++left_out_.rp;
  }
  std::string lokasi = clean_text(values.lokasi);
  if (!lokasi.empty() && sasaran.lokasi.find(lokasi) == std::string::npos)
    sasaran.lokasi += (sasaran.lokasi.empty() ? "" : "; ") + lokasi;
  (void)own_row;
}

Id TableTreeBuilder::add_indicator(const RowValues& values, const IndicatorCell& cell, Id owner, int line) {
  static const RowValues kNoValues;
  const RowValues& row = cell.takes_values ? values : kNoValues;
  const Sasaran& sasaran = document_.sasaran.at(owner);
  Indikator indikator = indikator_from_row(row, owner, document_.units.at(sasaran.unit).name);
  indikator.name = cell.name;  // the label ("Indikator Program (Outcome) :") taken off
  put_period_years(indikator.target, row.relative_target, line);
  put_period_years(indikator.realisasi, row.relative_realisasi, line);
  if (!row.kondisi_akhir.empty()) indikator.kondisi_akhir = make_value(clean_text(row.kondisi_akhir));
  Id id = builder_.add_indikator(indikator);
  new_indikator_.push_back(id);
  return id;
}

// The signers' jabatan, names, pangkat and NIP laid out in the table's columns under its last row
// (signature_block.h). A jabatan in a unit column is the row's unit, not a signer.
bool TableTreeBuilder::signature_block_row(const TableRow& row) const {
  for (std::size_t c = 0; c < row.cells.size() && c < layout_.size(); ++c) {
    std::size_t owner = c;
    while (owner > 0 && layout_[owner].continues_left) --owner;
    if (layout_[owner].field == Field::Unit && !trim(row.cells[c]).empty() && !signature_line(row.cells[c])) return false;
  }
  return signature_row(row.cells);
}

void TableTreeBuilder::add_row(const TableRow& row, const ColumnLayout& layout) {
  assign_pending_misi();
  if (layout != layout_) {
    layout_ = layout;
    planning_ = std::any_of(layout.begin(), layout.end(), [](const ColumnField& c) {
      return is_planning_field(c.field) || (c.field == Field::Indikator && c.describes != Field::None);
    });
    // A unit column left of the statements groups the rows by unit (a cascading matrix: a new unit starts its own
    // statements); right of them it names who answers for the row (an IKU's Penanggung Jawab), and a statement
    // written again on the next row stays one statement.
    auto unit_column = std::find_if(layout.begin(), layout.end(), [](const ColumnField& c) { return c.field == Field::Unit; });
    auto statement_column = std::find_if(layout.begin(), layout.end(), [](const ColumnField& c) { return is_statement_field(c.field); });
    unit_groups_rows_ = unit_column < statement_column;
  }
  // The identity lines of the next jabatan between its tables ("Jabatan | : | Kepala Seksi ...", "Tugas | : | ..."):
  // the text above the next table, which names its unit.
  if (identity_line(row.cells)) {
    add_text_outside(row);
    decide(row.line, "teks di luar tabel: baris identitas (Jabatan/Tugas/Fungsi)", "text outside the table: an identity line (Jabatan/Tugas/Fungsi)");
    return;
  }
  // Before the columns' roles: a signature line may sit under an ignored column ("Keterangan") and still name a
  // party's NIP.
  // A signer's name under the jabatan ("BUPATI CONTOH," then "NAMA BUPATI"): one short capitalised cell right after
  // a signature row belongs to the block too.
  if (signature_block_row(row) || (in_signature_block_ && signer_name_row(row.cells))) {
    add_text_outside(row);
    ++signature_rows_;
    in_signature_block_ = true;
    decide(row.line, "diabaikan: blok tanda tangan", "ignored: a signature block");
    return;
  }
  in_signature_block_ = false;
  if (take_spanning_context(row)) return;
  // All the indicators of a sasaran in one Word cell, one paragraph each, beside their targets: one row each.
  auto indicator_column = std::find_if(layout_.begin(), layout_.end(), [](const ColumnField& c) { return c.field == Field::Indikator; });
  if (indicator_column != layout_.end()) {
    std::vector<TableRow> stacked = split_stacked_row(row, static_cast<std::size_t>(indicator_column - layout_.begin()));
    if (!stacked.empty()) {
      ++stacked_rows_;
      for (const TableRow& part : stacked) add_row(part, layout);
      return;
    }
  }
  RowValues values = read_row(layout_, row.cells);
  clear_merge_fills(values);
  // A Visi column: the visi (the same on every row of a cascading sheet), kept like a "VISI : ..." line.
  if (!values.visi.empty()) {
    std::string visi = clean_text(values.visi);
    take_pemda_context(read_context_line(visi).kind == ContextKind::Visi ? visi : "VISI : " + visi, row.line, false);
    values.visi.clear();
    if (values.empty()) {
      decide(row.line, "visi (disimpan untuk unit Pemda)", "visi (kept for the Pemda unit)");
      return;
    }
  }
  if (!values.misi.empty()) {
    take_misi_cell(values.misi, row.line);
    values.misi.clear();
    if (values.empty()) {
      decide(row.line, "misi " + std::to_string(current_misi_) + " (disimpan untuk unit Pemda)",
             "misi " + std::to_string(current_misi_) + " (kept for the Pemda unit)");
      return;
    }
  }
  if (values.empty()) {
    decide(row.line, "diabaikan: isi hanya di kolom yang diabaikan", "ignored: content only in ignored columns");
    return;
  }
  // One cell fewer than the header, last cell under PENANGGUNG JAWAB: the PDF lost an empty cell, the text is
  // the sumber data.
  if (options_.lampiran && row.cells.size() + 1 == layout_.size() && layout_.back().field == Field::SumberData &&
      layout_[layout_.size() - 2].field == Field::Unit && !values.unit.empty() && values.sumber_data.empty() &&
      !looks_like_unit_title(values.unit)) {
    report_.note({"Baris " + std::to_string(row.line) + ": sel terakhir \"" + clean_text(values.unit) +
                      "\" dibaca sebagai sumber data (kolom bergeser).",
                  "Line " + std::to_string(row.line) + ": last cell \"" + clean_text(values.unit) +
                      "\" read as sumber data (shifted column)."});
    values.sumber_data = values.unit;
    values.unit.clear();
  }
  if (has_tiers(layout_)) {
    read_tiered_row(row, values);
    return;
  }
  if (read_section_row(row, values)) return;
  bool shifted = !options_.lampiran && fix_shifted_row(row, values);
  place_yearless_values(values);
  no_target_cells_ += drop_no_target_years(values);

  std::vector<IndicatorCell> indicators;
  std::string context;
  LabelledText sasaran_label = read_statement_label(values.sasaran);
  std::vector<StatementCell> cells = statement_cells(values, sasaran_label, indicators, context);
  bool planning_row = planning_ ||
                      std::any_of(cells.begin(), cells.end(), [](const StatementCell& c) { return c.level != PlanningLevel::Sasaran; }) ||
                      std::any_of(indicators.begin(), indicators.end(), [](const IndicatorCell& c) { return c.level != PlanningLevel::None; });
  if (!context.empty() && cells.empty() && indicators.empty()) {
    if (take_pemda_context(context, row.line, true)) return;
    ++context_rows_;
    decide(row.line, "diabaikan: konteks (" + context + ")", "ignored: context (" + context + ")");
    return;
  }
  if (!planning_row) {
    // "Sasaran Strategis 1: Meningkatnya ..." in the sasaran column: the label is the table's numbering.
    bool labelled = sasaran_label.role == LabelRole::Statement && sasaran_label.level == PlanningLevel::Sasaran;
    if (labelled && !sasaran_label.rest.empty()) values.sasaran = sasaran_label.rest;
    read_plain_row(row, values);
    if (shifted && !report_.rows.empty()) {
      report_.rows.back().became.id += " (baris bergeser ke kiri)";
      report_.rows.back().became.en += " (row shifted left)";
    }
    return;
  }

  bool opens_top = std::any_of(cells.begin(), cells.end(), [](const StatementCell& c) { return c.level <= PlanningLevel::Sasaran; });
  resolve_unit(values, row.line, opens_top);
  ++data_rows_;
  std::string became_id, became_en;
  auto became = [&](const Bilingual& what) {
    became_id += (became_id.empty() ? "" : " + ") + what.id;
    became_en += (became_en.empty() ? "" : " + ") + what.en;
  };
  bool any_new = unit_changed_ && unit_groups_rows_;
  Id own = kNoId;
  for (const StatementCell& cell : cells) {
    bool created = false;
    own = open_statement(cell, values, any_new, row.line, created);
    if (created) {
      any_new = true;
      const Sasaran& sasaran = document_.sasaran.at(own);
      Bilingual what = statement_label(sasaran);
      if (sasaran.parent != kNoId && sasaran.link_origin == LinkOrigin::Suggested)
        what.id += ", induk menurut posisi (tebakan)", what.en += ", parent by position (a guess)";
      became(what);
    }
  }
  unit_changed_ = false;
  bool continuation = cells.empty();
  if (own == kNoId) {
    for (int level = kLevels - 1; level > 0 && own == kNoId; --level) own = open_[level];
  }
  if (own == kNoId) {
    if (indicators.empty()) {
      ignore_row_without_content(row);
      return;
    }
    StatementCell empty;
    empty.level = PlanningLevel::Sasaran;
    bool created = false;
    own = open_statement(empty, values, true, row.line, created);
    report_.not_understood(row.line, joined_cells(row.cells),
                           {"indikator tanpa sasaran: sasaran kosong dibuat", "indicator without sasaran: an empty sasaran was made"});
  }
  sasaran_ = own;
  put_statement_values(own, values, row.line);

  bool values_taken = false;
  for (const IndicatorCell& cell : indicators) {
    Id owner = own;
    if (cell.level != PlanningLevel::None && open_[static_cast<int>(cell.level)] != kNoId) owner = open_[static_cast<int>(cell.level)];
    indikator_ = add_indicator(values, cell, owner, row.line);
    values_taken = values_taken || cell.takes_values;
    became({"indikator", "indicator"});
  }
  if (indicators.empty() && continuation && indikator_ != kNoId) {
    continue_indikator(document_.indikator.at(indikator_), values);
    became({"lanjutan", "continuation"});
  } else if (!values_taken) {
    // Values of an indicator on a row that names none.
    left_out_.targets += static_cast<int>(values.target.size() + values.relative_target.size());
    note_targets_without_indicator(row, values);
    left_out_.baselines += values.baseline.empty() ? 0 : 1;
    for (const std::string* text : {&values.satuan, &values.formula, &values.kondisi_akhir, &values.sumber_data})
      left_out_.text_cells += text->empty() ? 0 : 1;
  }
  if (shifted) became({"baris bergeser ke kiri", "row shifted left"});
  if (became_id.empty()) became({"tanpa isi baru", "nothing new"});
  decide(row.line, became_id, became_en);
}

// A row with targets but no indicator name (an RPJMD program whose indicator cell is empty): its targets have no
// indicator to go to; the row is named in the report so that the planner can add the indicator.
void TableTreeBuilder::note_targets_without_indicator(const TableRow& row, const RowValues& values) {
  if (values.target.empty() && values.relative_target.empty()) return;
  report_.not_understood(row.line, joined_cells(row.cells),
                         {"target tanpa nama indikator: targetnya tidak disimpan (tambahkan indikatornya)",
                          "targets without an indicator name: not stored (add the indicator)"});
}

// Who holds a Tujuan or Sasaran Strategis: the row's unit when the unit column groups the rows (or in a decree's
// lampiran, one table per unit); otherwise the head of the agency, the unit column naming only who answers for
// the row's indicators (an IKU's Penanggung Jawab, an RPJMD's Perangkat Daerah).
Id TableTreeBuilder::top_level_owner() {
  if (options_.lampiran || unit_groups_rows_) return unit_;
  return section_unit_ != kNoId ? section_unit_ : default_unit();
}

// An amount or a number is no statement ("Rp. 4.100.832.755" in a column read as sasaran): counted as left out.
bool TableTreeBuilder::left_out_as_statement(const std::string& text) {
  bool amount = lower_ascii(text).rfind("rp", 0) == 0 && text.size() > 2 && !std::isalpha(static_cast<unsigned char>(text[2]));
  if (!amount && !looks_like_value(text)) return false;
  if (amount) ++left_out_.rp;
  else ++left_out_.text_cells;
  return true;
}

// A row with neither statement nor indicator (a signature line, a stray value): it may still be part of a
// Perjanjian Kinerja's parties; it is reported and becomes nothing.
void TableTreeBuilder::ignore_row_without_content(const TableRow& row) {
  add_text_outside(row);
  report_.not_understood(row.line, joined_cells(row.cells), {"baris tanpa sasaran maupun indikator",
                                                           "a row with neither sasaran nor indicator"});
  decide(row.line, "diabaikan: tanpa sasaran maupun indikator", "ignored: neither sasaran nor indicator");
}

void TableTreeBuilder::resolve_unit(RowValues& values, int line, bool opens_top_level) {
  std::string text = clean_text(values.unit);
  Id before = unit_;
  if (options_.lampiran) {
    if (unit_ == kNoId) {
      if (text.empty()) {
        report_.not_understood(line, text, {"tabel tanpa penanggung jawab pada baris pertama: dimasukkan ke Kepala Dinas",
                                            "table without penanggung jawab in its first row: put under Kepala Dinas"});
        unit_ = default_unit();
      } else {
        unit_ = unit_named(text, line);
        section_unit_text_ = text;
      }
    } else if (!text.empty() && text != section_unit_text_) {
      if (looks_like_unit_title(text)) {
        unit_ = unit_named(text, line);
        section_unit_text_ = text;
      } else {
        // The unit's name wrapped into the next row ("Sub Koordinator Penempatan Tenaga" / "Kerja").
        std::string joined = section_unit_text_ + " " + text;
        Unit& unit = document_.units.at(unit_);
        UnitTitle title = read_unit_title(joined);
        report_.note({"Nama unit \"" + unit.name + "\" dilanjutkan pada baris " + std::to_string(line) + ": \"" +
                          title.name + "\".",
                      "Unit name \"" + unit.name + "\" continues on line " + std::to_string(line) + ": \"" +
                          title.name + "\"."});
        unit_by_name_.erase(lower_ascii(unit.name));
        unit.name = title.name;
        unit.jabatan = title.jabatan;
        unit_by_name_[lower_ascii(unit.name)] = unit_;
        unit_by_text_[lower_ascii(joined)] = unit_;
        section_unit_text_ = joined;
      }
    }
  } else {
    // A Tujuan or Sasaran row without a unit belongs to the whole agency (in an RPJMD matrix, to the Pemda): the
    // Perangkat Daerah of the programs above does not fill down into it.
    if (!text.empty()) last_unit_text_ = text;
    else if (opens_top_level) last_unit_text_.clear();
    // The head is made only when a row needs it: a unit column naming the head in its own words ("Kepala Biro
    // Hukum") must not find a "Kepala Dinas" made before it, a second head.
    if (!last_unit_text_.empty()) unit_ = unit_named(last_unit_text_, line);
    else unit_ = section_unit_ != kNoId ? section_unit_ : default_unit();
  }
  if (!values.parent_unit.empty() && !parent_unit_.count(unit_)) parent_unit_[unit_] = {clean_text(values.parent_unit), line};
  if (!values.level.empty() && !level_.count(unit_)) level_[unit_] = clean_text(values.level);
  unit_changed_ = before != kNoId && before != unit_;
}

// Values of "Tahun-N" columns go to the N-th year of the document's period.
void TableTreeBuilder::put_period_years(std::map<int, Value>& into, const std::map<int, std::string>& by_period_year,
                                        int line) {
  // Without a period, a Perjanjian Kinerja's year is the first (and only) year of the columns.
  int first_year = document_.info.period_start > 0 ? document_.info.period_start : agreement_.parties().year;
  for (const auto& [n, text] : by_period_year) {
    if (trim(text).empty()) continue;
    if (n < 1 || first_year <= 0) {
      // A column naming no year at all, or a "Tahun-N" of a period not known: every row losing a value is named
      // (once per row, whatever its columns: target, realisasi or pagu).
      ++left_out_.relative_years;
      int& named = n < 1 ? yearless_line_named_ : relative_line_named_;
      if (named != line)
        report_.not_understood(
            line, text,
            n < 1 ? Bilingual{"kolom Target/Realisasi/Pagu tanpa tahun (judul tidak menyebut tahunnya): nilainya dilewati "
                              "(sebut tahunnya dengan --map KOLOM=target:2024)",
                              "Target/Realisasi/Pagu column without a year (its header names none): values skipped (give "
                              "its year with --map COLUMN=target:2024)"}
                  : Bilingual{"kolom \"Tahun-N\" tanpa periode yang diketahui: nilainya dilewati (impor ke dokumen "
                              "yang periodenya sudah diisi, --into)",
                              "\"Tahun-N\" column without a known period: values skipped (import into a document "
                              "with a period, --into)"});
      named = line;
      continue;
    }
    into[first_year + n - 1] = make_value(clean_text(text));
  }
}

void TableTreeBuilder::resolve_structure() {
  for (const auto& [unit, parent] : parent_unit_) {
    Id parent_id = unit_named(parent.first, parent.second);
    if (parent_id == unit) continue;
    // Refuse a cycle: a parent below the unit stays unlinked.
    bool cycle = false;
    for (Id up = parent_id; up != kNoId; up = document_.units.at(up).parent)
      if (up == unit) cycle = true;
    if (cycle) {
      report_.not_understood(parent.second, parent.first, {"unit induk membentuk siklus", "parent unit forms a cycle"});
      continue;
    }
    document_.units.at(unit).parent = parent_id;
  }
  for (const auto& [unit, level] : level_) {
    Unit& u = document_.units.at(unit);
    u.kind = kind_from_level(level, u.kind);
  }
  std::map<std::string, Id> by_code;
  for (const auto& [id, sasaran] : document_.sasaran)
    if (!sasaran.code.empty()) by_code.emplace(lower_ascii(sasaran.code), id);
  for (const auto& [sasaran, parent] : parent_code_) {
    auto found = by_code.find(lower_ascii(parent.first));
    if (found == by_code.end() || found->second == sasaran) {
      report_.not_understood(parent.second, parent.first, {"kode induk tidak ditemukan", "parent code not found"});
      continue;
    }
    bool cycle = false;
    for (Id up = found->second; up != kNoId; up = document_.sasaran.at(up).parent)
      if (up == sasaran) cycle = true;
    if (cycle) {
      report_.not_understood(parent.second, parent.first, {"kode induk membentuk siklus", "parent code forms a cycle"});
      continue;
    }
    Sasaran& child = document_.sasaran.at(sasaran);
    child.parent = found->second;
    child.link_origin = LinkOrigin::Person;  // written by the planner in the sheet, not guessed
  }
}

void TableTreeBuilder::split_packed_explanations() {
  int split = 0;
  for (Id id : new_indikator_) {
    Indikator& indikator = document_.indikator.at(id);
    if (indikator.formula.find(':') == std::string::npos) continue;
    ExplanationParts parts = split_explanation(indikator.formula);
    if (parts.labels_found == 0) continue;
    ++split;
    indikator.formula = parts.formula;
    if (!parts.sumber_data.empty())
      indikator.sumber_data += (indikator.sumber_data.empty() ? "" : "; ") + parts.sumber_data;
    if (!parts.penanggung_jawab.empty()) indikator.penanggung_jawab = parts.penanggung_jawab;
  }
  if (split > 0)
    report_.note({std::to_string(split) + " sel penjelasan berisi beberapa bagian berlabel (Formulasi, Sumber Data, "
                                          "Penanggung Jawab) dipecah ke bidangnya; bagian lain tetap di teks formula.",
                  std::to_string(split) + " explanation cells packing labelled parts (Formulasi, Sumber Data, "
                                          "Penanggung Jawab) were split into their fields; other parts stay in the "
                                          "formula text."});
}

// An indicator without satuan whose targets carry one after the number ("75 %", "25 Unit"): that satuan, reported
// as read from the targets. Only where the table gave no satuan at all.
void TableTreeBuilder::take_satuan_from_targets() {
  std::set<Id> taken;
  for (Id id : new_indikator_) {
    Indikator& indikator = document_.indikator.at(id);
    if (!indikator.satuan.empty()) continue;
    std::string satuan = satuan_of_targets(indikator.target);
    if (satuan.empty()) continue;
    indikator.satuan = satuan;
    taken.insert(id);
  }
  if (!taken.empty())
    report_.note({"Tebakan: satuan " + std::to_string(taken.size()) +
                      " indikator diambil dari teks targetnya (mis. \"75 %\" -> \"%\"), karena tabel tidak punya kolom Satuan.",
                  "Guess: the satuan of " + std::to_string(taken.size()) +
                      " indicators was taken from their target text (e.g. \"75 %\" -> \"%\"), as the table has no Satuan column."});
}

void TableTreeBuilder::finish() {
  assign_pending_misi();
  if (!report_.pemda.empty())
    report_.note({std::string(report_.pemda.visi.empty() ? "Tanpa visi, " : "Visi dan ") + std::to_string(report_.pemda.misi.size()) +
                      " misi dibaca dari tabel: bukan simpul pohon (penggabungan Pemda menyimpannya pada unit Pemda).",
                  std::string(report_.pemda.visi.empty() ? "No visi, " : "The visi and ") + std::to_string(report_.pemda.misi.size()) +
                      " misi read from the table: no tree nodes (a Pemda merge keeps them on the Pemda unit)."});
  resolve_structure();
  apply_agreement_parties();
  split_packed_explanations();
  take_satuan_from_targets();
  PlanningSummary summary;
  summary.no_target_cells = no_target_cells_;
  summary.positional_links = positional_links_;
  summary.stated_links = stated_links_;
  summary.awaiting_assignment = awaiting_assignment_;
  summary.awaiting_unit = default_unit_ != kNoId ? document_.units.at(default_unit_).name : std::string();
  summary.shifted_rows = shifted_rows_;
  summary.shifted_lines = first_shifted_;
  summary.context_rows = context_rows_;
  summary.left_out_rp = left_out_.rp;
  summary.left_out_baselines = left_out_.baselines;
  summary.left_out_targets = left_out_.targets;
  summary.left_out_text_cells = left_out_.text_cells;
  summary.left_out_relative_years = left_out_.relative_years;
  note_planning_summary(report_, summary);
  if (stacked_rows_ > 0)
    report_.note({std::to_string(stacked_rows_) + " baris tabel memuat beberapa indikator dalam satu sel (satu paragraf per "
                      "indikator, target sejajar): tiap indikator dibaca sebagai barisnya sendiri.",
                  std::to_string(stacked_rows_) + " table rows hold several indicators in one cell (one paragraph each, "
                      "targets alongside): each indicator was read as a row of its own."});
  if (signature_rows_ > 0)
    report_.note({std::to_string(signature_rows_) + " baris blok tanda tangan (jabatan, nama, pangkat, NIP penanda tangan) "
                      "di kolom tabel tidak dibaca sebagai sasaran atau indikator.",
                  std::to_string(signature_rows_) + " rows of the signature blocks (the signers' jabatan, names, ranks, NIP) "
                      "in the table's columns were not read as sasaran or indicators."});
  if (section_rows_ > 0)
    report_.note({std::to_string(section_rows_) + " baris yang membentang selebar tabel menyebut unit (mis. \"Sekretariat\"): "
                                                  "baris di bawahnya, sampai baris sejenis berikutnya, milik unit itu.",
                  std::to_string(section_rows_) + " rows spanning the table name a unit (e.g. \"Sekretariat\"): the rows "
                                                  "below each, up to the next such row, belong to that unit."});
  if (heading_units_ > 0)
    report_.note({std::to_string(heading_units_) + " tabel diberi unit dari judul di atasnya (mis. \"Sekretaris\", \"Kepala Bidang ...\").",
                  std::to_string(heading_units_) + " tables took their unit from the heading above them (e.g. \"Sekretaris\", \"Kepala Bidang ...\")."});
  if (tier_links_ > 0)
    report_.note({std::to_string(tier_links_) + " tautan induk dinyatakan oleh kolom per tingkat (sasaran_lv1, sasaran_lv2 ...): "
                                                "tiap baris satu jalur dari puncak.",
                  std::to_string(tier_links_) + " parent links stated by the columns per level (sasaran_lv1, sasaran_lv2 ...): "
                                                "each row one path from the top."});
}

}  // namespace pokin::import
