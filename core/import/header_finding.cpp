#include "core/import/header_finding.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "core/import/prose_row.h"
#include "core/import/cascade_matrix_columns.h"
#include "core/import/text_cleaning.h"
#include "core/text/bilingual.h"

namespace pokin::import {
namespace {

std::string comparable(const std::string& text) { return lower_ascii(clean_text(text)); }

bool has_year(const ColumnField& field) { return field.year != 0 || field.relative_year != 0; }

// A cell that holds a value, not a title: it starts with a digit ("1", "1. Program ...", "85%") unless it is a
// year column ("2024", "2024 (Target)"), or it holds a long number ("Rp. 4.100.832.755").
bool holds_value(const std::string& cell) {
  std::string t = trim(cell);
  if (t.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(t[0]))) {
    ColumnField field = recognise_header(t);
    return !(t.size() <= 16 && has_year(field));
  }
  std::size_t digits = 0;
  for (char c : t) {
    if (c >= '0' && c <= '9') ++digits;
    else if (c != '.' && c != ',') digits = 0;
    if (digits >= 6) return true;
  }
  return false;
}

bool header_like(const ColumnLayout& layout, const std::vector<std::string>& cells) {
  if (is_sentence_split_at_commas(cells)) return false;  // a paragraph cut at its commas (prose_row.h)
  int non_empty = static_cast<int>(std::count_if(cells.begin(), cells.end(), [](const std::string& c) { return !trim(c).empty(); }));
  int recognised = recognised_columns(layout);
  bool both = has_field(layout, Field::Indikator) && has_field(layout, Field::Sasaran);
  // Any statement column: a Perjanjian Kinerja's budget table names only its kegiatan or sub kegiatan ("No | Sub
  // Kegiatan | Anggaran | Keterangan").
  bool statement = has_field(layout, Field::Indikator) || has_field(layout, Field::Sasaran) ||
                   has_field(layout, Field::Tujuan) || has_field(layout, Field::Program) ||
                   has_field(layout, Field::Kegiatan) || has_field(layout, Field::SubKegiatan);
  return recognised >= 2 && (recognised * 2 >= non_empty || both) && statement;
}

// A header cell that names one level of the budget nomenclature alone: "Urusan", "Bidang Urusan", "Program",
// "Kegiatan", "Sub Kegiatan" (the last row of a header whose merged "Kode" cell was lost, or a sheet that never had
// one).
bool names_one_nomenclature_level(const std::string& header) {
  std::string text = comparable(header);
  std::replace(text.begin(), text.end(), '_', ' ');
  std::replace(text.begin(), text.end(), '-', ' ');
  for (const char* prefix : {"kode ", "kd "})
    if (text.rfind(prefix, 0) == 0) text = text.substr(std::string(prefix).size());
  static const std::set<std::string> kLevels = {"urusan", "bidang", "bidang urusan", "unsur", "bidang unsur",
                                                "program", "kegiatan", "sub kegiatan", "subkegiatan", "sub",
                                                "sub giat", "giat", "prog", "keg", "sub keg"};
  // "Urusan/Unsur", "Bidang Urusan/Bidang Unsur": each part a level.
  std::size_t start = 0;
  while (true) {
    std::size_t slash = text.find('/', start);
    std::string part = trim(text.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (!kLevels.count(part)) return false;
    if (slash == std::string::npos) return true;
    start = slash + 1;
  }
}

// A data cell that holds a piece of a kode: "2", "16", "01", "2.01", "2,01", "0001", "X", "XX".
bool kode_piece(const std::string& cell) {
  std::string t = trim(cell);
  if (t.empty() || t.size() > 8) return false;
  bool digit = false;
  for (char c : t) {
    if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') digit = true;
    else if (c != '.' && c != ',') return false;
  }
  return digit;
}

// Renja and Renstra tables saved from a spreadsheet split the kode over one column per level, headed by the level
// alone ("Urusan | Bidang | Program | Kegiatan | Sub Kegiatan | Uraian ..."). Such columns hold kode pieces, not
// names: two or more side by side whose data cells (the first rows under the header) are all kode pieces are read
// as the split Kode.
// Then a table that has a kode but no name column: its "Uraian" column names what the kode numbers.
void read_split_kode_columns(const std::vector<TableRow>& rows, HeaderBlock& block) {
  constexpr std::size_t kRowsLooked = 80;
  std::vector<bool> candidate(block.layout.size(), false);
  for (std::size_t c = 0; c < block.layout.size() && c < block.headers.size(); ++c) {
    const std::string& last = block.parts[c].empty() ? block.headers[c] : block.parts[c].back();
    if (!names_one_nomenclature_level(block.headers[c]) && !names_one_nomenclature_level(last)) continue;
    int pieces = 0;
    bool only_pieces = true;
    for (std::size_t r = block.end, seen = 0; r < rows.size() && seen < kRowsLooked && only_pieces; ++r) {
      if (all_cells_empty(rows[r].cells)) continue;
      ++seen;
      if (c >= rows[r].cells.size() || trim(rows[r].cells[c]).empty()) continue;
      if (kode_piece(rows[r].cells[c])) ++pieces;
      else only_pieces = false;
    }
    candidate[c] = only_pieces && pieces > 0;
  }
  for (std::size_t c = 0; c < candidate.size(); ++c) {
    bool beside = (c > 0 && candidate[c - 1]) || (c + 1 < candidate.size() && candidate[c + 1]);
    if (candidate[c] && beside) block.layout[c] = ColumnField{Field::Code};
  }
  // Beside a kode, "Uraian" / "Nomenklatur" / "Nama" is the name of the program, kegiatan or sub kegiatan the kode
  // numbers (alone, "Uraian" stays unread: a budget table's Uraian lists belanja).
  auto names = [&block] {
    return std::any_of(block.layout.begin(), block.layout.end(), [](const ColumnField& f) {
      return f.field == Field::Program || f.field == Field::Kegiatan || f.field == Field::SubKegiatan ||
             f.field == Field::Tujuan;
    });
  };
  if (!has_field(block.layout, Field::Code)) return;
  for (std::size_t c = 0; c < block.layout.size() && c < block.headers.size() && !names(); ++c) {
    std::string text = comparable(block.headers[c]);
    if (block.layout[c].field == Field::None && !block.layout[c].continues_left &&
        (text.rfind("uraian", 0) == 0 || text.rfind("nomenklatur", 0) == 0 || text == "nama" || text == "nama uraian"))
      block.layout[c] = ColumnField{Field::Program};
  }
  // The nomenclature's own "Kinerja" column (Kepmendagri 050-5889: "Tersusunnya Dokumen ...") restates the output of
  // the named sub kegiatan: beside the name it is no sasaran of its own (left out, and reported so).
  if (!names()) return;
  for (std::size_t c = 0; c < block.layout.size() && c < block.headers.size(); ++c)
    if (block.layout[c].field == Field::Sasaran && comparable(block.headers[c]) == "kinerja") block.layout[c] = ColumnField{};
}

// One "Target" column without a year (a Perjanjian Kinerja, an IKU of one year): the year of the title a few
// rows above the table, when that title names exactly one year.
// One "Target" column without a year (a Perjanjian Kinerja, an IKU of one year), or one "Target" and one
// "Realisasi" (an LKjIP measurement table): the year of the title a few rows above the table, when that title names
// exactly one year; without one, the only year the other columns name ("Target 2023 | Realisasi").
// A cascading matrix's Target per level is one year (assign_cascade_tiers undid the Tahun-N numbering): the report
// no longer says the years were numbered.
void keep_year_guess_if_numbered(HeaderBlock& block) {
  block.years_guessed = block.years_guessed && std::any_of(block.layout.begin(), block.layout.end(),
                                                           [](const ColumnField& c) { return c.relative_year > 0; });
}

int give_title_year(const std::vector<TableRow>& rows, std::size_t first, ColumnLayout& layout) {
  constexpr std::size_t kRowsLookedAbove = 40;
  // Per field and level: a cascading matrix's levels each have their own Target column, all of one year.
  std::map<std::pair<Field, int>, std::vector<ColumnField*>> yearless;
  std::set<int> years;
  for (ColumnField& column : layout) {
    bool yearly = column.field == Field::Target || column.field == Field::Realisasi || column.field == Field::Pagu ||
                  column.field == Field::RealisasiPagu;
    if (!yearly) continue;
    if (column.year) years.insert(column.year);
    else if (!column.relative_year) yearless[{column.field, column.tier}].push_back(&column);
  }
  // A budget table (Anggaran | Realisasi (Rp) of "Tahun 2023") takes the title's year as a target table does.
  if (std::all_of(yearless.begin(), yearless.end(), [](const auto& entry) { return entry.second.empty(); })) return 0;
  for (const auto& [field, columns] : yearless)
    if (columns.size() > 1) return 0;
  auto give = [&](int year) {
    for (auto& [field, columns] : yearless)
      for (ColumnField* column : columns) column->year = year;
    return year;
  };
  bool yearless_target = std::any_of(yearless.begin(), yearless.end(), [](const auto& entry) { return entry.first.first == Field::Target; });
  if (years.size() == 1 && !yearless_target) return give(*years.begin());
  if (!years.empty()) return 0;
  for (std::size_t r = first, looked = 0; r-- > 0 && looked < kRowsLookedAbove; ++looked) {
    std::string text;
    for (const std::string& cell : rows[r].cells) text += cell + " ";
    std::string lower = lower_ascii(text);
    if (lower.find("tahun") == std::string::npos || text.size() > 200) continue;
    int year = year_in_text(text);
    if (year == 0) continue;
    return give(year);
  }
  return 0;
}

// "2023-2026", "2023 – 2026", "2023 s.d. 2026", "2023 sampai 2026" in `text`: the first such span of at most ten
// years, or {0, 0}.
std::pair<int, int> year_span_in(const std::string& text) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    int start = year_in_text(std::string_view(text).substr(i, 4));
    if (!start || (i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1])))) continue;
    std::size_t j = i + 4;
    std::size_t link = j;
    while (link < text.size() && (text[link] == ' ' || text[link] == '-' || text[link] == '.' || text[link] == '/' ||
                                  static_cast<unsigned char>(text[link]) >= 0x80 || std::isalpha(static_cast<unsigned char>(text[link]))))
      ++link;
    std::string between = lower_ascii(trim(text.substr(j, link - j)));
    bool joined = between == "-" || between == "\xE2\x80\x93" || between == "\xE2\x80\x94" || between == "s.d." ||
                  between == "s.d" || between == "sd" || between == "s/d" || between == "sampai" || between == "hingga";
    if (!joined || link + 4 > text.size()) continue;
    int end = year_in_text(std::string_view(text).substr(link, 4));
    if (end > start && end - start < 10 && (link + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[link + 4]))))
      return {start, end};
  }
  return {0, 0};
}

// The span of years named by a title a few rows above the table, when the layout counts years from the period
// ("Tahun ke-1" ... ) and the title names exactly one span.
std::pair<int, int> title_period(const std::vector<TableRow>& rows, std::size_t first, const ColumnLayout& layout) {
  constexpr std::size_t kRowsLookedAbove = 40;
  if (std::none_of(layout.begin(), layout.end(), [](const ColumnField& c) { return c.relative_year != 0; })) return {0, 0};
  for (std::size_t r = first, looked = 0; r-- > 0 && looked < kRowsLookedAbove; ++looked) {
    std::string text;
    for (const std::string& cell : rows[r].cells) text += cell + " ";
    if (text.size() > 200) continue;
    std::pair<int, int> span = year_span_in(clean_text(text));
    if (span.first) return span;
  }
  return {0, 0};
}

}  // namespace

int column_named_by_position(const std::string& raw) {
  std::string name = lower_ascii(trim(raw));
  if (!name.empty() && name.size() <= 4 && std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    int number = std::stoi(name);
    return number >= 1 ? number - 1 : -1;
  }
  if (name.size() == 1 && name[0] >= 'a' && name[0] <= 'z') return name[0] - 'a';
  if (name.size() == 2 && name[0] >= 'a' && name[0] <= 'z' && name[1] >= 'a' && name[1] <= 'z')
    return (name[0] - 'a' + 1) * 26 + (name[1] - 'a');
  return -1;
}

HeaderFinder::HeaderFinder(std::vector<ColumnMapping> mapping, int header_rows, int header_line)
    : mapping_(std::move(mapping)), used_(mapping_.size(), false), header_rows_(header_rows), header_line_(header_line) {
  for (const ColumnMapping& map : mapping_) {
    std::optional<ColumnField> field = field_from_name(map.field);
    if (!field)
      throw UserError("Bidang \"" + map.field + "\" pada --map tidak dikenal (contoh: sasaran, indikator, formula, "
                      "satuan, target:2024, pagu:2024, realisasi:2024, tujuan, program, kegiatan, sub_kegiatan, "
                      "kondisi_akhir, lokasi, sumber, unit, unit_induk, kode, kode_induk, abaikan).",
                      "Field \"" + map.field + "\" in --map is not known (e.g. sasaran, indikator, formula, satuan, "
                      "target:2024, pagu:2024, realisasi:2024, tujuan, program, kegiatan, sub_kegiatan, "
                      "kondisi_akhir, lokasi, sumber, unit, unit_induk, kode, kode_induk, ignore).");
    fields_.push_back(*field);
  }
}

std::size_t HeaderFinder::chosen_start(const std::vector<TableRow>& rows) {
  if (!start_known_) {
    start_known_ = true;
    start_ = rows.size();
    for (std::size_t r = 0; r < rows.size(); ++r)
      if (rows[r].line >= header_line_ && !all_cells_empty(rows[r].cells)) {
        start_ = r;
        break;
      }
  }
  return start_;
}

bool HeaderFinder::above_chosen_header(const std::vector<TableRow>& rows, std::size_t index) {
  return header_rows_ > 0 && index < chosen_start(rows);
}

std::optional<FoundHeader> HeaderFinder::header_at(const std::vector<TableRow>& rows, std::size_t index) {
  if (index >= rows.size() || all_cells_empty(rows[index].cells)) return std::nullopt;
  FoundHeader found;
  if (header_rows_ > 0) {
    std::size_t start = chosen_start(rows);
    if (index < start) return std::nullopt;
    found.header_chosen = true;
    if (index == start) {
      found.block = read_header_block(rows, index, header_rows_);
      read_split_kode_columns(rows, found.block);
      assign_cascade_tiers(found.block.layout, found.block.headers);
      keep_year_guess_if_numbered(found.block);
      give_codes_to_indicators(found.block.layout);
      found.year_from_title = give_title_year(rows, index, found.block.layout);
      found.chosen = apply_mapping(found.block);
      std::tie(found.period_start_from_title, found.period_end_from_title) = title_period(rows, index, found.block.layout);
      return found;
    }
  }
  // A row that reads as a header, counting the columns the planner named by their header text.
  // A numbered row is data ("1 | Meningkatnya Realisasi Investasi | ..."), so is a row holding values: most data
  // rows end here, before their cells are recognised.
  const std::vector<std::string>& cells = rows[index].cells;
  if (std::any_of(cells.begin(), cells.end(), holds_value)) return std::nullopt;
  ColumnLayout candidate = layout_from_header(cells);
  for (std::size_t m = 0; m < mapping_.size(); ++m) {
    std::string wanted = comparable(mapping_[m].column);
    for (std::size_t c = 0; c < cells.size(); ++c)
      if (!wanted.empty() && comparable(cells[c]) == wanted) candidate[c] = fields_[m];
  }
  if (!header_like(candidate, cells)) return std::nullopt;
  found.block = read_header_block(rows, index, header_rows_);
  read_split_kode_columns(rows, found.block);
  assign_cascade_tiers(found.block.layout, found.block.headers);
  keep_year_guess_if_numbered(found.block);
  give_codes_to_indicators(found.block.layout);
  found.year_from_title = give_title_year(rows, index, found.block.layout);
  found.chosen = apply_mapping(found.block);
  std::tie(found.period_start_from_title, found.period_end_from_title) = title_period(rows, index, found.block.layout);
  return found;
}

std::vector<bool> HeaderFinder::apply_mapping(HeaderBlock& block) {
  std::vector<bool> chosen(block.layout.size(), false);
  auto set = [&](std::size_t column, std::size_t m) {
    if (column >= block.layout.size()) {
      block.layout.resize(column + 1);
      block.parts.resize(column + 1);
      block.headers.resize(column + 1);
      chosen.resize(column + 1, false);
    }
    block.layout[column] = fields_[m];
    chosen[column] = true;
    used_[m] = true;
  };
  std::vector<std::size_t> by_position;
  for (std::size_t m = 0; m < mapping_.size(); ++m) {
    std::string wanted = comparable(mapping_[m].column);
    std::vector<std::size_t> matches;
    for (std::size_t c = 0; c < block.headers.size() && !wanted.empty(); ++c) {
      bool match = comparable(block.headers[c]) == wanted;
      for (const std::string& part : block.parts[c]) match = match || comparable(part) == wanted;
      if (match) matches.push_back(c);
    }
    if (matches.empty()) {
      if (column_named_by_position(mapping_[m].column) >= 0) by_position.push_back(m);
      continue;
    }
    if (matches.size() > 1 && has_year(fields_[m]))
      throw UserError("Kolom \"" + mapping_[m].column + "\" pada --map cocok dengan " + std::to_string(matches.size()) +
                          " kolom; sebut judul lengkapnya (mis. \"" + block.headers[matches.front()] +
                          "\") atau huruf/nomor kolomnya.",
                      "Column \"" + mapping_[m].column + "\" in --map matches " + std::to_string(matches.size()) +
                          " columns; name its full header (e.g. \"" + block.headers[matches.front()] +
                          "\") or its column letter/number.");
    for (std::size_t c : matches) set(c, m);  // a merged "Kode" over its sub-columns maps them all
  }
  // By letter or number last: what the planner pinned to a position is never replaced by a header.
  for (std::size_t m : by_position) set(static_cast<std::size_t>(column_named_by_position(mapping_[m].column)), m);
  return chosen;
}

void HeaderFinder::check_every_map_used() const {
  for (std::size_t m = 0; m < mapping_.size(); ++m)
    if (!used_[m])
      throw UserError("Kolom \"" + mapping_[m].column + "\" pada --map tidak ditemukan di judul tabel (di baris judul "
                      "mana pun); sebut teks judulnya, huruf kolom (A, B ...) atau nomor kolom (1, 2 ...).",
                      "Column \"" + mapping_[m].column + "\" in --map is not in the table header (in any header "
                      "row); give its header text, column letter (A, B ...) or column number (1, 2 ...).");
}

}  // namespace pokin::import
