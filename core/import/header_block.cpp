#include "core/import/header_block.h"

#include <algorithm>

#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

constexpr int kLongestHeaderBlock = 4;
constexpr std::size_t kLongestSubheader = 60;

bool is_yearly(Field field) {
  return field == Field::Target || field == Field::Realisasi || field == Field::Pagu || field == Field::RealisasiPagu;
}

bool is_money(Field field) {
  return field == Field::Pagu || field == Field::RealisasiPagu || field == Field::KondisiAkhirPagu;
}

// Words that stand in lower header rows without being a column title of their own.
bool is_subheader_word(const std::string& cell) {
  std::string text = lower_ascii(clean_text(cell));
  static const char* const kWords[] = {"k", "rp", "rp.", "tahun", "outcome", "output", "(outcome)", "(output)", "kinerja",
                                       "nilai", "volume", "fisik", "keuangan", "sub", "uraian", "awal", "akhir", "tw",
                                       "jumlah", "%", "(%)", "(rp)", "unsur", "bidang", "urusan"};
  for (const char* word : kWords)
    if (text == word) return true;
  if (text.rfind("rp", 0) == 0 && text.size() <= 20) return true;  // "Rp. (juta)", "Rp 000.000,-"
  return text.size() <= 40 && (text.find("urusan") != std::string::npos || text.find("unsur") != std::string::npos);
}

bool is_year_word(const std::string& cell) {
  ColumnField field = recognise_header(cell);
  return field.field == Field::Target && (field.year || field.relative_year) && trim(cell).size() <= 12;
}

// A row that repeats the first header row (web pages print a table's header again for each table): two or more
// cells equal to the first row's cells at the same positions. It starts a header of its own.
bool repeats(const std::vector<std::string>& first, const std::vector<std::string>& cells) {
  int same = 0;
  for (std::size_t c = 0; c < first.size() && c < cells.size(); ++c) {
    std::string text = trim(cells[c]);
    if (!text.empty() && lower_ascii(text) == lower_ascii(trim(first[c]))) ++same;
  }
  return same >= 2;
}

// The lower row of a two-row header read from a spreadsheet whose merged cells are filled into every cell they
// cover: "No | Sasaran | ... | Target | Target" over "No | Sasaran | ... | 2022 | 2023". It equals the row above
// except for years under a yearly group ("Target", "Realisasi"), at least one of them: no repeated header.
bool is_yearly_group(const std::string& cell);
bool fills_merged_header(const std::vector<std::string>& first, const std::vector<std::string>& cells) {
  int years = 0;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    std::string text = trim(cells[c]);
    std::string above = c < first.size() ? trim(first[c]) : std::string();
    if (text.empty() || lower_ascii(text) == lower_ascii(above)) continue;
    if (!is_year_word(text) || !is_yearly_group(above)) return false;
    ++years;
  }
  return years > 0;
}

// `cells` with the cells merged ranges filled made blank: those repeating the cell above (in `above`, the header
// row before) and those repeating their left neighbour. Empty when fewer than two cells repeat the row above (no
// merged header: the row is read as it is) or when nothing is left.
std::vector<std::string> without_merge_fills(const std::vector<std::string>& above, const std::vector<std::string>& cells) {
  std::vector<std::string> unfilled = cells;
  int repeated_above = 0;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    std::string text = lower_ascii(trim(cells[c]));
    if (text.empty()) continue;
    if (c < above.size() && text == lower_ascii(trim(above[c]))) {
      unfilled[c].clear();
      ++repeated_above;
    } else if (c > 0 && text == lower_ascii(trim(cells[c - 1]))) {
      unfilled[c].clear();
    }
  }
  bool left = std::any_of(unfilled.begin(), unfilled.end(), [](const std::string& cell) { return !trim(cell).empty(); });
  return repeated_above >= 2 && left ? unfilled : std::vector<std::string>();
}

// "TARGET RP. TARGET RP. ..." with the year row lost (PDF text, fixtures 03 and 04): two or more target columns
// without a year, none with one, are the years of the period in order; an Rp right after a target is its pagu.
void number_yearless_targets(HeaderBlock& block) {
  int yearless = 0;
  for (const ColumnField& column : block.layout) {
    if ((column.field == Field::Target || column.field == Field::Pagu) && (column.year || column.relative_year)) return;
    if (column.field == Field::Target) ++yearless;
  }
  if (yearless < 2) return;
  int n = 0;
  for (std::size_t c = 0; c < block.layout.size(); ++c) {
    ColumnField& column = block.layout[c];
    if (column.field == Field::Target) column.relative_year = ++n;
    else if (column.field == Field::Pagu && n > 0 && c > 0 && block.layout[c - 1].field == Field::Target)
      column.relative_year = n;
  }
  block.years_guessed = true;
}

// "1 2 3 4" under "Target ... pada Tahun ke": the ordinal years of a period (Renstra T-C.25 "Target Kinerja
// Tujuan/Sasaran pada Tahun ke-"). Consecutive numbers from 1, at most ten of them.
bool is_ordinal_year_row(const std::vector<std::string>& cells) {
  int expected = 1;
  for (const std::string& cell : cells) {
    std::string text = trim(cell);
    if (text.empty()) continue;
    if (text.size() > 2 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        std::stoi(text) != expected)
      return false;
    ++expected;
  }
  return expected >= 3 && expected <= 11;
}

// A header cell spanning the yearly columns below it: a target, realisasi or Rp title without a year of its own.
bool is_yearly_group(const std::string& cell) {
  ColumnField field = recognise_header(cell);
  return is_yearly(field.field) && !field.year && !field.relative_year;
}

bool names_ordinal_years(const std::string& cell) {
  std::string text = lower_ascii(clean_text(cell));
  bool ends_with_tahun = text.size() >= 5 && text.compare(text.size() - 5, 5, "tahun") == 0;
  return is_yearly_group(cell) &&
         (text.find("tahun ke") != std::string::npos || text.find("tahun-") != std::string::npos || ends_with_tahun);
}

// A lower header row copied from a web page or Word loses the cells that the row above spans downwards (rowspan):
// "No | Tujuan | ... | Target pada Tahun ke" over "1 | 2 | 3 | 4" starts at the first column. Its cells belong
// under the first yearly group title of the top row and the columns right of it: the row is moved right (blanks
// put in front). The top row lost its colspans the same way: when every cell from that group on is a yearly group
// ("Target | Realisasi" over "2023 | 2024 | 2023 | 2024") and the lower row's cells divide evenly among them, each
// group cell is widened to its share (blanks put after it). Rows already in place are left as they are.
void place_under_groups(std::vector<std::string>& top, std::vector<std::string>& cells) {
  if (cells.empty() || trim(cells.front()).empty() || top.size() < 2) return;
  std::size_t group = top.size();
  for (std::size_t c = 1; c < top.size(); ++c)
    if (is_yearly_group(top[c])) {
      group = c;
      break;
    }
  if (group >= top.size()) return;
  // The first column's title must be one that no year, target or Rp stands under.
  ColumnField first = recognise_header(top.front());
  if (first.field == Field::None || is_yearly(first.field)) return;
  std::size_t groups = top.size() - group;
  bool all_groups = true;
  for (std::size_t c = group; c < top.size(); ++c) all_groups = all_groups && is_yearly_group(top[c]);
  std::size_t filled = static_cast<std::size_t>(
      std::count_if(cells.begin(), cells.end(), [](const std::string& c) { return !trim(c).empty(); }));
  if (all_groups && groups > 1 && filled > groups && filled % groups == 0) {
    std::size_t share = filled / groups;
    std::vector<std::string> widened(top.begin(), top.begin() + static_cast<long>(group));
    for (std::size_t c = group; c < top.size(); ++c) {
      widened.push_back(top[c]);
      widened.resize(widened.size() + share - 1);
    }
    top = std::move(widened);
  }
  cells.insert(cells.begin(), group, std::string());
}

}  // namespace

bool is_header_continuation_row(const std::vector<std::string>& cells) {
  if (is_column_number_row(cells)) return false;
  int seen = 0;
  for (const std::string& cell : cells) {
    std::string text = trim(cell);
    if (text.empty()) continue;
    ++seen;
    if (text.size() > kLongestSubheader) return false;
    if (std::isdigit(static_cast<unsigned char>(text[0])) && !is_year_word(text)) return false;  // data, numbered
    // "Sasaran 1: Meningkatnya ...": a labelled statement written across the table is data, not a header cell.
    std::size_t colon = text.find(':');
    if (colon != std::string::npos && text.find(' ', text.find_first_not_of(' ', colon + 1)) != std::string::npos)
      return false;
    if (recognise_header(text).field == Field::None && !is_subheader_word(text)) return false;
  }
  return seen > 0;
}

ColumnField recognise_header_parts(const std::vector<std::string>& parts) {
  std::vector<std::string> texts;
  for (const std::string& part : parts)
    if (!trim(part).empty()) texts.push_back(part);
  if (texts.empty()) return {};
  if (texts.size() == 1) return recognise_header(texts.front());
  std::vector<ColumnField> fields;
  for (std::size_t t = 0; t < texts.size(); ++t) {
    const std::string& text = texts[t];
    ColumnField field = recognise_header(text);
    // "Target ... pada Tahun ke" over "3": the third year of the period.
    if (t > 0 && field.field == Field::None && names_ordinal_years(texts[t - 1]) && text.size() <= 2 &&
        std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      int n = std::stoi(text);
      if (n >= 1 && n <= 10) field = ColumnField{Field::Target, 0, n};
    }
    std::string lower = lower_ascii(trim(text));
    if (field.field == Field::None && (lower == "k" || lower == "kinerja")) field.field = Field::Target;  // "K | Rp"
    fields.push_back(field);
  }
  auto any = [&](auto predicate) { return std::any_of(fields.begin(), fields.end(), predicate); };
  int year = 0, relative = 0;
  for (auto field = fields.rbegin(); field != fields.rend(); ++field) {
    if (!year) year = field->year;
    if (!relative) relative = field->relative_year;
  }
  if (year) relative = 0;
  auto yearly = [&](Field kind) {
    ColumnField column;
    column.field = kind;
    column.year = year;
    column.relative_year = relative;
    return column;
  };
  // The lowest row that says something decides, unless a row above it says more.
  const ColumnField* leaf = nullptr;
  for (auto field = fields.rbegin(); field != fields.rend() && !leaf; ++field)
    if (field->field != Field::None) leaf = &*field;
  if (!leaf) return {};
  if (any([](const ColumnField& f) { return f.field == Field::Code || f.field == Field::ParentCode; }))
    return fields.front().field == Field::ParentCode ? ColumnField{Field::ParentCode} : ColumnField{Field::Code};
  bool money = any([](const ColumnField& f) { return is_money(f.field); });
  if (any([](const ColumnField& f) { return f.field == Field::KondisiAkhir || f.field == Field::KondisiAkhirPagu; }))
    return ColumnField{money ? Field::KondisiAkhirPagu : Field::KondisiAkhir};
  if (any([](const ColumnField& f) { return f.field == Field::Baseline; })) {
    if (money) return {};  // an Rp beside the baseline: nothing holds it, it is counted as left out
    return yearly(Field::Baseline);
  }
  // An indicator column split by the statement it measures: "Indikator Kinerja / Program (outcome)".
  bool indikator_above = std::any_of(fields.begin(), fields.end() - 1, [](const ColumnField& f) { return f.field == Field::Indikator; });
  if (indikator_above && leaf->field != Field::Indikator) {
    Field named = leaf->field;
    ColumnField column{Field::Indikator};
    if (named == Field::Tujuan || named == Field::Program || named == Field::Kegiatan || named == Field::SubKegiatan)
      column.describes = named;
    else if (named != Field::Sasaran && named != Field::Target && !is_yearly(named))
      return *leaf;  // "Indikator / Satuan"
    return column;
  }
  bool realisasi = any([](const ColumnField& f) { return f.field == Field::Realisasi || f.field == Field::RealisasiPagu; });
  bool yearly_leaf = is_yearly(leaf->field) || leaf->field == Field::None;
  if (yearly_leaf || year || relative) {
    if (is_yearly(leaf->field) || year || relative) {
      if (realisasi) return yearly(money ? Field::RealisasiPagu : Field::Realisasi);
      if (money) return yearly(Field::Pagu);
      return yearly(Field::Target);
    }
  }
  return *leaf;
}

HeaderBlock read_header_block(const std::vector<TableRow>& rows, std::size_t first, int forced_rows) {
  HeaderBlock block;
  block.first = first;
  block.first_line = first < rows.size() ? rows[first].line : 0;
  // Header rows as they sit under the columns: a row placed under its group (placed_under_group) is a copy.
  std::vector<std::vector<std::string>> header_rows;
  std::vector<std::size_t> header_index;  // index in `rows` of each header row
  std::size_t next = first;
  int limit = forced_rows > 0 ? forced_rows : kLongestHeaderBlock;
  while (next < rows.size() && static_cast<int>(header_rows.size()) < limit) {
    const std::vector<std::string>& cells = rows[next].cells;
    if (all_cells_empty(cells)) {
      ++next;
      continue;
    }
    std::vector<std::string> placed = cells;
    std::vector<std::string> top = header_rows.empty() ? std::vector<std::string>() : header_rows.front();
    bool fills_merged = !header_rows.empty() && fills_merged_header(header_rows.front(), cells);
    // A lower header row of a workbook whose merged cells fill every cell they cover ("Tujuan" down three rows,
    // "Tahun 2021" across its Target and Rp): read as a copy would give it, its filled cells blank.
    std::vector<std::string> unfilled =
        header_index.empty() ? std::vector<std::string>() : without_merge_fills(rows[header_index.back()].cells, cells);
    bool merge_filled = !unfilled.empty() && is_header_continuation_row(unfilled);
    if (merge_filled) {
      placed = unfilled;
      fills_merged = false;  // read as the copy's row, placed under its groups
    }
    if (!header_rows.empty() && !fills_merged) place_under_groups(top, placed);
    if (forced_rows == 0 && !header_rows.empty()) {
      // Ordinal years under a "Tahun ke" group read as a header row, not as the column numbers of the table.
      // A row numbering every column of the header so far is the column-number row.
      std::size_t width = 0;
      for (const auto& row : header_rows) width = std::max(width, row.size());
      std::size_t numbers = static_cast<std::size_t>(
          std::count_if(cells.begin(), cells.end(), [](const std::string& c) { return !trim(c).empty(); }));
      bool ordinal = false;
      if (numbers < width && is_ordinal_year_row(placed)) {
        std::size_t at = 0;
        while (at < placed.size() && trim(placed[at]).empty()) ++at;
        ordinal = at < top.size() && names_ordinal_years(top[at]);
      }
      bool repeated = repeats(header_rows.front(), cells) && !fills_merged;
      if (!ordinal && !merge_filled && (!is_header_continuation_row(cells) || repeated)) break;
    }
    if (!header_rows.empty()) header_rows.front() = std::move(top);
    header_rows.push_back(std::move(placed));
    header_index.push_back(next);
    ++next;
  }
  std::vector<const std::vector<std::string>*> header;
  for (const auto& cells : header_rows) header.push_back(&cells);
  // The column-number row under the header (blank rows between are skipped with it).
  std::size_t after = next;
  while (after < rows.size() && all_cells_empty(rows[after].cells)) ++after;
  if (after < rows.size() && is_column_number_row(rows[after].cells)) {
    block.number_row = true;
    next = after + 1;
  }
  block.end = next;

  std::size_t width = 0;
  for (const auto* cells : header) width = std::max(width, cells->size());
  auto cell_at = [&](std::size_t row, std::size_t column) -> std::string {
    const std::vector<std::string>& cells = *header[row];
    return column < cells.size() ? trim(cells[column]) : std::string();
  };
  // owner[r][c]: the column whose cell in header row r covers column c (a merged cell spans the blanks on its
  // right while some row below has a cell there, and never beyond the cell above it); -1 for none.
  std::vector<std::vector<long>> owner;
  std::vector<bool> kept;
  for (std::size_t r = 0; r < header.size(); ++r) {
    std::vector<long> row_owner(width, -1);
    std::vector<bool> below(width, false);
    for (std::size_t lower = r + 1; lower < header.size(); ++lower)
      for (std::size_t c = 0; c < width; ++c)
        if (!cell_at(lower, c).empty()) below[c] = true;
    const std::vector<long>* above = nullptr;
    for (std::size_t k = r; k-- > 0;)
      if (kept[k]) {
        above = &owner[k];
        break;
      }
    for (std::size_t c = 0; c < width; ++c) {
      if (!cell_at(r, c).empty()) {
        row_owner[c] = static_cast<long>(c);
      } else if (c > 0 && row_owner[c - 1] >= 0 && below[c] && (!above || (*above)[c] == (*above)[c - 1])) {
        row_owner[c] = row_owner[c - 1];
      }
    }
    // A lower row whose "Target | Realisasi" sit under columns that are not yearly (a web table that lost its
    // colspans) cannot be placed: it is left out and said so.
    bool aligned = true;
    if (r > 0) {
      for (std::size_t c = 0; c < width && aligned; ++c) {
        std::string text = cell_at(r, c);
        if (text.empty()) continue;
        ColumnField sub = recognise_header(text);
        if (!is_yearly(sub.field) || sub.year || sub.relative_year) continue;
        std::vector<std::string> upper;
        bool spanned = false;  // under a cell spanning from the left: a group ("Sasaran Program" over its columns)
        for (std::size_t k = 0; k < r; ++k)
          if (kept[k] && owner[k][c] >= 0) {
            upper.push_back(cell_at(k, static_cast<std::size_t>(owner[k][c])));
            spanned = spanned || owner[k][c] != static_cast<long>(c);
          }
        ColumnField field = recognise_header_parts(upper);
        // A cascading matrix's level groups its own Target under the statement header spanning the group.
        bool level_group = spanned && (field.field == Field::Sasaran || field.field == Field::Tujuan);
        if (field.field != Field::None && !is_yearly(field.field) && field.field != Field::KondisiAkhir &&
            field.field != Field::Baseline && !level_group)
          aligned = false;
      }
    }
    owner.push_back(std::move(row_owner));
    kept.push_back(aligned);
  }
  for (std::size_t r = 0; r < header.size(); ++r)
    if (!kept[r]) block.misaligned_lines.push_back(rows[header_index[r]].line);
  block.header_rows = static_cast<int>(header.size());

  block.parts.assign(width, {});
  block.headers.assign(width, {});
  block.layout.assign(width, {});
  for (std::size_t c = 0; c < width; ++c) {
    for (std::size_t r = 0; r < header.size(); ++r) {
      if (!kept[r] || owner[r][c] < 0) continue;
      std::string text = clean_text(cell_at(r, static_cast<std::size_t>(owner[r][c])));
      if (text.empty() || (!block.parts[c].empty() && block.parts[c].back() == text)) continue;
      block.parts[c].push_back(text);
    }
    for (const std::string& part : block.parts[c]) block.headers[c] += (block.headers[c].empty() ? "" : " / ") + part;
    block.layout[c] = recognise_header_parts(block.parts[c]);
    // "Tahun 2025 | Rp" side by side: the Rp without a year of its own is the pagu of the target on its left.
    ColumnField& column = block.layout[c];
    if (c > 0 && (column.field == Field::Pagu || column.field == Field::RealisasiPagu) && !column.year &&
        !column.relative_year) {
      const ColumnField& left = block.layout[c - 1];
      bool pair = column.field == Field::Pagu ? left.field == Field::Target : left.field == Field::Realisasi;
      if (pair) {
        column.year = left.year;
        column.relative_year = left.relative_year;
      }
    }
    // A column without any header text after a recognised one: a header cell spanning two columns, as converted
    // PDFs write it; its cells belong to the column on the left.
    if (block.parts[c].empty() && c > 0 && (block.layout[c - 1].field != Field::None || block.layout[c - 1].continues_left))
      block.layout[c].continues_left = true;
  }
  number_yearless_targets(block);
  return block;
}

}  // namespace pokin::import
