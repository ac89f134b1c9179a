#include "core/import/cell_grid.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include "core/import/cell_kind.h"
#include "core/import/cell_stream.h"
#include "core/import/column_fields.h"
#include "core/import/table_import.h"
#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

enum class CellSort { Empty, Kode, Money, Value, Text };

// "(3)" or "3" alone: the number of a column under the header; else 0.
int column_number(std::string_view line) {
  if (line.size() >= 3 && line.front() == '(' && line.back() == ')') line = line.substr(1, line.size() - 2);
  if (line.empty() || line.size() > 2) return 0;
  int number = 0;
  for (char c : line) {
    if (c < '0' || c > '9') return 0;
    number = number * 10 + (c - '0');
  }
  return number;
}

// A kode of two parts or more written alone ("1.02.01", "6.01.01.2.01.0001"): a row number ("1", "2.") is not.
bool is_kode_alone(std::string_view text) {
  std::string rest;
  NomenclatureCode kode = leading_kode(text, rest);
  return kode.segments >= 2 && trim(rest).empty();
}

// The number of parts of a kode written alone: "6" and "6.01" (an urusan and its bidang, which read like numbers)
// 1 and 2, "6.01.01.2.01" 5; 0 when `text` is no kode.
int kode_parts(std::string_view text) {
  int parts = 1;
  bool digit_seen = false;
  for (char c : text) {
    if (c == '.') {
      if (!digit_seen) return 0;
      ++parts;
      digit_seen = false;
    } else if (c >= '0' && c <= '9') {
      digit_seen = true;
    } else {
      std::string rest;
      NomenclatureCode kode = leading_kode(text, rest);
      return trim(rest).empty() ? kode.segments : 0;
    }
  }
  return digit_seen ? parts : 0;
}

// The first word, after an "Rp" in front of it.
std::string_view first_value_word(std::string_view text) {
  std::vector<std::string_view> words = words_of(text);
  std::size_t at = 0;
  if (!words.empty()) {
    std::string lower = lower_ascii(words[0]);
    if ((lower == "rp" || lower == "rp.") && words.size() > 1) at = 1;
    else if (lower.rfind("rp.", 0) == 0 && words[0].size() > 3) return words[0].substr(3);
  }
  return at < words.size() ? words[at] : std::string_view();
}

CellSort sort_of(std::string_view cell) {
  std::string text = trim(cell);
  if (text.empty()) return CellSort::Empty;
  if (is_kode_alone(text)) return CellSort::Kode;
  std::string_view word = first_value_word(text);
  if (!word.empty() && is_value_token(word)) {
    if (looks_like_money(word)) return CellSort::Money;
    // "2 Dokumen", "100 %", "36 Orang/bulan": a value and its unit; "2 Program ..." would be a numbered name.
    std::vector<std::string_view> words = words_of(text);
    return words.size() <= 3 ? CellSort::Value : CellSort::Text;
  }
  return CellSort::Text;
}

struct ColumnCounts {
  std::map<CellSort, int> sorts;
  int filled = 0, indicators = 0, labels = 0, statements = 0, satuan = 0;
  CellSort main() const {
    CellSort best = CellSort::Empty;
    int most = 0;
    for (const auto& [sort, count] : sorts)
      if (count > most) best = sort, most = count;
    return most * 2 >= filled ? best : CellSort::Text;
  }
  int purest() const {
    int most = 0;
    for (const auto& [sort, count] : sorts) most = std::max(most, count);
    return most;
  }
};

using Grid = std::vector<TableRow>;

std::vector<ColumnCounts> count_columns(const Grid& rows, std::size_t columns) {
  std::vector<ColumnCounts> counts(columns);
  for (const TableRow& row : rows) {
    for (std::size_t c = 0; c < columns && c < row.cells.size(); ++c) {
      ColumnCounts& column = counts[c];
      CellSort sort = sort_of(row.cells[c]);
      if (sort == CellSort::Empty) continue;
      ++column.filled;
      ++column.sorts[sort];
      if (sort != CellSort::Text) continue;
      CellKind kind = classify_cell(trim(row.cells[c])).kind;
      column.indicators += kind == CellKind::Indicator;
      column.labels += kind == CellKind::LevelLabel;
      column.statements += kind == CellKind::Statement;
      column.satuan += kind == CellKind::Satuan;
    }
  }
  return counts;
}

// Lines from `start` cut into rows of `columns` lines. A line holding a kode alone that falls outside the kode
// column (a cell of the row before was written in two paragraphs) starts its row where the kode column puts it:
// the row before keeps its first lines, its extra paragraphs joined to the text cell above them.
Grid rows_of_lines(const std::vector<std::string_view>& lines, std::size_t start, std::size_t columns, std::size_t kode) {
  Grid rows;
  std::size_t n = start;
  while (n < lines.size()) {
    std::size_t end = std::min(n + columns, lines.size());
    if (kode < columns) {
      // The next kode line within reach of this row's end: where the next row must start.
      for (std::size_t next = n + columns; next < lines.size() && next < n + 2 * columns; ++next) {
        if (!is_kode_alone(trim(lines[next]))) continue;
        if (next - kode > n + columns && next - kode < n + 2 * columns) end = next - kode;
        break;
      }
    }
    TableRow row{static_cast<int>(n) + 1, {}};
    for (std::size_t at = n; at < end; ++at) row.cells.push_back(trim(lines[at]));
    // Extra paragraphs: join a text line to the text cell above it, last first, until the row has its columns.
    for (std::size_t c = row.cells.size(); c-- > 1 && row.cells.size() > columns;) {
      if (sort_of(row.cells[c]) == CellSort::Text && sort_of(row.cells[c - 1]) == CellSort::Text) {
        row.cells[c - 1] += " " + row.cells[c];
        row.cells.erase(row.cells.begin() + static_cast<std::ptrdiff_t>(c));
      }
    }
    row.cells.resize(columns);
    rows.push_back(std::move(row));
    n = end;
  }
  return rows;
}

// The share of non-empty cells that are of their column's main sort: 1.0 when every column holds one sort.
double purity(const std::vector<ColumnCounts>& counts) {
  int filled = 0, pure = 0;
  for (const ColumnCounts& column : counts) filled += column.filled, pure += column.purest();
  return filled == 0 ? 0.0 : static_cast<double>(pure) / filled;
}

// A column's title in a header row: a title in capitals, a column number, a year, or one of the short titles of
// the leaf header row ("Target", "Rp", "Satuan", "Tahun").
bool is_column_title(const std::string& text) {
  CellKind kind = classify_cell(text).kind;
  if (kind == CellKind::HeaderWord || kind == CellKind::ColumnNumber || kind == CellKind::Year) return true;
  static const std::vector<std::string> kShortTitles = {"target", "rp", "rp.", "(rp)", "target rp", "satuan", "k",
                                                        "realisasi", "capaian", "tahun", "kode", "lokasi", "no", "no."};
  return std::find(kShortTitles.begin(), kShortTitles.end(), lower_ascii(text)) != kShortTitles.end();
}

struct GridStart {
  std::size_t start = 0;  // index of the first data line
  int columns = 0;
};

// The run "(1)" ... "(N)" (N >= 4) under the header: the rows start after it.
GridStart from_column_numbers(const std::vector<std::string_view>& lines) {
  for (std::size_t n = 0; n < lines.size(); ++n) {
    if (column_number(trim(lines[n])) != 1) continue;
    std::size_t end = n;
    while (end < lines.size() && column_number(trim(lines[end])) == static_cast<int>(end - n) + 1) ++end;
    if (end - n >= 4) return {end, static_cast<int>(end - n)};
  }
  return {};
}

// Without column numbers: N is the most frequent distance between kode lines (most distances being multiples of it),
// and the rows start where the columns come out purest, going back from the first kode's row over rows without a
// header word.
GridStart from_kode_lines(const std::vector<std::string_view>& lines) {
  std::vector<std::size_t> kodes;
  for (std::size_t n = 0; n < lines.size(); ++n)
    if (is_kode_alone(trim(lines[n]))) kodes.push_back(n);
  if (kodes.size() < 3) return {};
  std::map<std::size_t, int> gaps;
  for (std::size_t i = 1; i < kodes.size(); ++i) ++gaps[kodes[i] - kodes[i - 1]];
  std::size_t columns = 0;
  int most = 0;
  for (const auto& [gap, count] : gaps)
    if (gap >= 4 && count > most) columns = gap, most = count;
  if (columns == 0) return {};
  int multiples = 0;
  for (const auto& [gap, count] : gaps) multiples += gap % columns == 0 ? count : 0;
  if (multiples * 10 < static_cast<int>(kodes.size() - 1) * 7) return {};
  // Rows above the first kode's (a Tujuan or Sasaran row) belong to the table while they hold no column title.
  auto extended = [&](std::size_t start) {
    while (start >= columns) {
      bool header = false, any = false;
      for (std::size_t n = start - columns; n < start; ++n) {
        std::string text = trim(lines[n]);
        if (text.empty()) continue;
        any = true;
        header = header || is_column_title(text);
      }
      if (header || !any) break;
      start -= columns;
    }
    return start;
  };
  GridStart best;
  double best_purity = 0;
  for (std::size_t offset = 0; offset < columns && offset <= kodes[0]; ++offset) {
    std::size_t start = extended(kodes[0] - offset);
    // A shift of every row by a column keeps the columns as pure: the table's first row starts with a filled cell
    // (its tujuan, its kode), not with the empty cells that end the header's last row.
    double pure = purity(count_columns(rows_of_lines(lines, start, columns, columns), columns)) -
                  (trim(lines[start]).empty() ? 0.03 : 0.0);
    if (pure > best_purity + 1e-9 || (pure > best_purity - 1e-9 && start < best.start))
      best_purity = pure, best = {start, static_cast<int>(columns)};
  }
  return best;
}

enum class Role { None, Tujuan, Sasaran, Kode, Name, Indikator, Satuan, Baseline, Target, Pagu, Akhir, AkhirPagu, Unit, Lokasi };

struct ColumnRole {
  Role role = Role::None;
  int year = 0;      // Target / Pagu: the year, or
  int relative = 0;  // the year of the period ("Tahun-2") when the header prints none
};

// What the header lines above the rows say: the years of the target columns in order, and whether a baseline, a
// kondisi akhir, a unit and a lokasi column are named (unit and lokasi in the order they appear).
struct HeaderSays {
  std::vector<int> years;
  bool baseline = false, akhir = false;
  std::vector<Role> trailing;  // Unit / Lokasi in header order
};

HeaderSays read_header(const std::vector<std::string_view>& lines, std::size_t start, int columns) {
  HeaderSays says;
  // The header is at most a few rows of cells above the data: 4 N lines is ample, and keeps the title out.
  std::size_t from = start > static_cast<std::size_t>(columns) * 4 ? start - static_cast<std::size_t>(columns) * 4 : 0;
  for (std::size_t n = from; n < start; ++n) {
    std::string text = trim(lines[n]);
    if (text.empty() || column_number(text) > 0 || words_of(text).size() > 8) continue;
    ColumnField field = recognise_header(text);
    // The year of the baseline column ("Kondisi Awal (2025)", "Capaian Tahun Awal 2025") is no target's.
    int year = field.field == Field::Baseline ? 0 : field.year != 0 ? field.year : year_in_text(text);
    if (year != 0 && (says.years.empty() || year == says.years.back() + 1)) {
      if (std::find(says.years.begin(), says.years.end(), year) == says.years.end()) says.years.push_back(year);
    }
    says.baseline = says.baseline || field.field == Field::Baseline;
    says.akhir = says.akhir || field.field == Field::KondisiAkhir || field.field == Field::KondisiAkhirPagu;
    Role trailing = field.field == Field::Unit ? Role::Unit : field.field == Field::Lokasi ? Role::Lokasi : Role::None;
    if (trailing != Role::None && std::find(says.trailing.begin(), says.trailing.end(), trailing) == says.trailing.end())
      says.trailing.push_back(trailing);
  }
  return says;
}

std::vector<ColumnRole> assign_roles(const std::vector<ColumnCounts>& counts, const HeaderSays& header) {
  std::size_t columns = counts.size();
  std::vector<ColumnRole> roles(columns);
  std::vector<CellSort> sorts;
  for (const ColumnCounts& column : counts) sorts.push_back(column.filled == 0 ? CellSort::Empty : column.main());

  std::size_t kode = columns;
  for (std::size_t c = 0; c < columns; ++c)
    if (sorts[c] == CellSort::Kode && (kode == columns || counts[c].sorts.at(CellSort::Kode) > counts[kode].sorts.at(CellSort::Kode)))
      kode = c;
  // The name: the text column after the kode, or the one holding most level labels ("Program ...").
  std::size_t name = columns;
  if (kode < columns) {
    for (std::size_t c = kode + 1; c < columns && name == columns; ++c)
      if (sorts[c] == CellSort::Text) name = c;
  } else {
    for (std::size_t c = 0; c < columns; ++c)
      if (sorts[c] == CellSort::Text && counts[c].labels > 0 && (name == columns || counts[c].labels > counts[name].labels))
        name = c;
  }
  if (name == columns) return {};
  if (kode < columns) roles[kode].role = Role::Kode;
  roles[name].role = Role::Name;
  // Statement columns before the kode (or the name): the nearest is the sasaran, the one before it the tujuan.
  std::vector<std::size_t> before;
  for (std::size_t c = 0; c < std::min(kode, name); ++c)
    if (sorts[c] == CellSort::Text) before.push_back(c);
  if (!before.empty()) roles[before.back()].role = Role::Sasaran;
  if (before.size() >= 2) roles[before[before.size() - 2]].role = Role::Tujuan;
  // The indicator: the text column after the name with most indicator lead words (the first one on a tie).
  std::size_t indicator = columns;
  for (std::size_t c = name + 1; c < columns; ++c)
    if (sorts[c] == CellSort::Text && (indicator == columns || counts[c].indicators > counts[indicator].indicators))
      indicator = c;
  if (indicator < columns) roles[indicator].role = Role::Indikator;
  // A column of satuan ("Persen", "Dokumen") after the indicator.
  for (std::size_t c = indicator + 1; c < columns && indicator < columns; ++c)
    if (sorts[c] == CellSort::Text && counts[c].satuan * 2 > counts[c].filled) roles[c].role = Role::Satuan;

  // The values: numbers and amounts in order; a text column between two amounts with no number between them holds
  // targets written in words ("WTP", "Baik").
  std::vector<std::size_t> numeric;
  std::size_t last_number = 0;
  for (std::size_t c = name + 1; c < columns; ++c) {
    if (c == indicator) continue;
    if (sorts[c] == CellSort::Value || sorts[c] == CellSort::Money) {
      numeric.push_back(c);
      last_number = c;
      continue;
    }
    if (sorts[c] != CellSort::Text || roles[c].role != Role::None || numeric.empty() ||
        sorts[numeric.back()] != CellSort::Money)
      continue;
    for (std::size_t next = c + 1; next < columns; ++next) {
      if (sorts[next] == CellSort::Value) break;
      if (sorts[next] == CellSort::Money) {
        numeric.push_back(c);
        break;
      }
    }
  }
  std::size_t plain = 0;
  for (std::size_t c : numeric) plain += sorts[c] != CellSort::Money;
  bool baseline = header.baseline && !numeric.empty() && sorts[numeric.front()] != CellSort::Money &&
                  plain > header.years.size() + (header.akhir ? 1 : 0);
  std::size_t years = header.years.size();
  bool relative = years == 0;
  if (relative) years = plain - (baseline ? 1 : 0) - (header.akhir && plain >= 2 ? 1 : 0);
  std::size_t at = 0;
  auto take = [&](bool money) -> std::size_t {
    if (at < numeric.size() && (sorts[numeric[at]] == CellSort::Money) == money) return numeric[at++];
    return columns;
  };
  if (baseline) roles[take(false)].role = Role::Baseline;
  for (std::size_t y = 0; y < years; ++y) {
    ColumnRole target{Role::Target, relative ? 0 : header.years[y], relative ? static_cast<int>(y) + 1 : 0};
    std::size_t column = take(false);
    if (column == columns) break;
    roles[column] = target;
    if (std::size_t money = take(true); money < columns) roles[money] = {Role::Pagu, target.year, target.relative};
  }
  if (header.akhir) {
    if (std::size_t column = take(false); column < columns) roles[column].role = Role::Akhir;
    if (std::size_t money = take(true); money < columns) roles[money].role = Role::AkhirPagu;
  }
  // Text after the last value: the unit and the lokasi, in the header's order.
  std::size_t trailing = 0;
  for (std::size_t c = last_number + 1; c < columns && last_number > 0; ++c) {
    if (sorts[c] != CellSort::Text || roles[c].role != Role::None) continue;
    if (trailing < header.trailing.size()) roles[c].role = header.trailing[trailing++];
  }
  return roles;
}

// A header the planning-table reader recognises for each role (column_fields.h).
std::string title_of(const ColumnRole& role) {
  auto year = [&](const std::string& what) {
    return what + (role.year != 0 ? " " + std::to_string(role.year) : " Tahun-" + std::to_string(role.relative));
  };
  switch (role.role) {
    case Role::Tujuan: return "Tujuan";
    case Role::Sasaran: return "Sasaran";
    case Role::Kode: return "Kode";
    case Role::Name: return "Program/Kegiatan/Sub Kegiatan";
    case Role::Indikator: return "Indikator Kinerja";
    case Role::Satuan: return "Satuan";
    case Role::Baseline: return "Kondisi Awal";
    case Role::Target: return year("Target");
    case Role::Pagu: return year("Rp");
    case Role::Akhir: return "Kondisi Akhir";
    case Role::AkhirPagu: return "Kondisi Akhir Rp";
    case Role::Unit: return "Unit Kerja Penanggung Jawab";
    case Role::Lokasi: return "Lokasi";
    case Role::None: break;
  }
  return "Keterangan";
}


// The grid `rows` make under a header written from what their columns hold: empty when no column holds names.
CellGrid grid_of_rows(Grid rows, std::size_t columns, const HeaderSays& header_says, std::string owner) {
  CellGrid grid;
  std::vector<ColumnRole> roles = assign_roles(count_columns(rows, columns), header_says);
  if (roles.empty()) return grid;
  grid.owner = std::move(owner);
  auto role_column = [&](Role wanted) {
    auto at = std::find_if(roles.begin(), roles.end(), [&](const ColumnRole& role) { return role.role == wanted; });
    return static_cast<std::size_t>(at - roles.begin());
  };
  const std::size_t kode = role_column(Role::Kode), name = role_column(Role::Name), indicator = role_column(Role::Indikator);
  TableRow header{rows.empty() ? 0 : std::max(rows.front().line - 1, 1), {}};
  for (const ColumnRole& role : roles) {
    header.cells.push_back(title_of(role));
    grid.roles.push_back(header.cells.back());
  }
  grid.rows.push_back(std::move(header));
  for (TableRow& row : rows) {
    if (std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& cell) { return cell.empty(); })) continue;
    if (kode < columns && (indicator == columns || row.cells[indicator].empty()) && !row.cells[kode].empty()) {
      int parts = kode_parts(row.cells[kode]);
      if (parts > 0 && parts <= 2) {
        grid.context_rows.emplace_back(row.line, row.cells[kode] + " " + (name < columns ? row.cells[name] : ""));
        continue;
      }
    }
    grid.rows.push_back(std::move(row));
  }
  grid.columns = static_cast<int>(columns);
  return grid;
}

std::string owner_above(const std::vector<std::string_view>& lines, std::size_t start) {
  std::string owner;
  for (std::size_t n = 0; n < start && owner.empty(); ++n) owner = unit_after_label(lines[n]);
  return owner;
}

}  // namespace

CellGrid cell_grid_from_lines(const std::vector<std::string_view>& lines) {
  GridStart start = from_column_numbers(lines);
  if (start.columns == 0) start = from_kode_lines(lines);
  if (start.columns < 4 || start.start >= lines.size()) return {};
  const std::size_t columns = static_cast<std::size_t>(start.columns);
  // Empty cells kept: a grid of planning rows has many; a PDF copy none.
  std::size_t data_lines = lines.size() - start.start, empty = 0;
  for (std::size_t n = start.start; n < lines.size(); ++n) empty += trim(lines[n]).empty();
  if (data_lines < columns * 3 || empty * 10 < data_lines) return {};
  // The kode column: where the kode lines fall most often. Rows are cut at the kode lines, so that a cell written
  // in two paragraphs shifts no row after it.
  std::vector<int> kode_lines(columns);
  for (std::size_t n = start.start; n < lines.size(); ++n)
    if (is_kode_alone(trim(lines[n]))) ++kode_lines[(n - start.start) % columns];
  std::size_t kode = static_cast<std::size_t>(std::max_element(kode_lines.begin(), kode_lines.end()) - kode_lines.begin());
  if (kode_lines[kode] == 0) kode = columns;
  Grid rows = rows_of_lines(lines, start.start, columns, kode);
  if (purity(count_columns(rows, columns)) < 0.75) return {};
  return grid_of_rows(std::move(rows), columns, read_header(lines, start.start, start.columns), owner_above(lines, start.start));
}

namespace {

// A copy wraps a cell's text greedily: a line ends early only where its cell ends. Where a line of a joined cell
// would have had room for the next line's first word (its length, a space and that word within the cell's longest
// line), a new cell starts there ("Jumlah Dokumen Perencanaan" / "Perangkat Daerah" / "Kab. Bengkulu Utara, Semua":
// the indicator ends at "Daerah", the lokasi follows). Cells whose lines were cut into pieces are kept whole.
std::vector<StreamCell> split_where_not_full(std::vector<StreamCell> cells, const std::vector<std::string_view>& lines) {
  // "RKA-" / "SKPD": a word broken at its hyphen joins without a space (as cell_stream.h joins it).
  auto joins_tight = [](const std::string& before) {
    return before.size() >= 2 && before.back() == '-' && std::isalpha(static_cast<unsigned char>(before[before.size() - 2]));
  };
  std::vector<StreamCell> out;
  for (StreamCell& cell : cells) {
    std::size_t first = static_cast<std::size_t>(cell.line) - 1;
    if (cell.lines < 2 || first + static_cast<std::size_t>(cell.lines) > lines.size()) {
      out.push_back(std::move(cell));
      continue;
    }
    std::vector<std::string> parts;
    std::string whole;
    std::size_t longest = 0;
    for (std::size_t n = first; n < first + static_cast<std::size_t>(cell.lines); ++n) {
      parts.push_back(trim(lines[n]));
      whole += whole.empty() ? parts.back() : (joins_tight(whole) ? "" : " ") + parts.back();
      longest = std::max(longest, parts.back().size());
    }
    if (whole != cell.text) {  // pieces split off its lines: not the plain wrapped lines
      out.push_back(std::move(cell));
      continue;
    }
    StreamCell piece = cell;
    piece.text = parts[0];
    piece.lines = 1;
    for (std::size_t i = 1; i < parts.size(); ++i) {
      std::string_view next_word = words_of(parts[i]).front();
      bool full = joins_tight(parts[i - 1]) || parts[i - 1].size() + 1 + next_word.size() > longest;
      bool capital = std::isupper(static_cast<unsigned char>(parts[i][0])) != 0;
      if (!full && capital) {
        out.push_back(piece);
        piece = cell;
        piece.line = cell.line + static_cast<int>(i);
        piece.text = parts[i];
        piece.lines = 1;
        piece.kind = classify_cell(parts[i]);
        continue;
      }
      piece.text += (joins_tight(piece.text) ? "" : " ") + parts[i];
      ++piece.lines;
    }
    out.push_back(std::move(piece));
  }
  return out;
}

}  // namespace

CellGrid cell_rows_without_empty_cells(const std::vector<std::string_view>& lines) {
  GridStart start = from_column_numbers(lines);
  if (start.columns == 0) return {};
  std::vector<std::string_view> data(lines.begin() + static_cast<std::ptrdiff_t>(start.start), lines.end());
  std::vector<StreamCell> cells = split_where_not_full(cells_from_lines(data), data);
  // Rows: a kode opens one; so does a statement after the numbers of the row before.
  std::vector<std::vector<const StreamCell*>> row_cells;
  CellSort last = CellSort::Empty;
  for (const StreamCell& cell : cells) {
    CellSort sort = cell.kind.kind == CellKind::Kode ? CellSort::Kode : sort_of(cell.text);
    bool opens = sort == CellSort::Kode ||
                 ((cell.kind.kind == CellKind::Statement || cell.kind.kind == CellKind::LevelLabel) &&
                  (last == CellSort::Value || last == CellSort::Money));
    if (opens || row_cells.empty()) row_cells.emplace_back();
    row_cells.back().push_back(&cell);
    last = sort;
  }
  if (row_cells.size() < 3) return {};
  // The fullest row gives the order of the columns' sorts; every row's cells are placed on it in order, a text
  // cell with no text column left joined to the cell before it (a wrapped line cut as a cell).
  std::vector<CellSort> pattern;
  for (const auto& row : row_cells) {
    if (row.size() <= pattern.size() || row.front()->kind.kind != CellKind::Kode) continue;
    pattern.clear();
    for (const StreamCell* cell : row) pattern.push_back(sort_of(cell->text) == CellSort::Empty ? CellSort::Text : sort_of(cell->text));
    pattern.front() = CellSort::Kode;
  }
  if (pattern.size() < 4) return {};
  const std::size_t columns = pattern.size();
  Grid rows;
  std::vector<std::pair<int, std::string>> unplaced;
  for (const auto& row : row_cells) {
    TableRow placed{static_cast<int>(start.start) + row.front()->line, std::vector<std::string>(columns)};
    std::size_t next = 0, previous = columns;
    for (const StreamCell* cell : row) {
      CellSort sort = cell->kind.kind == CellKind::Kode ? CellSort::Kode : sort_of(cell->text);
      std::size_t at = next;
      while (at < columns && pattern[at] != sort) ++at;
      if (at == columns) {
        if (previous < columns && sort == CellSort::Text) placed.cells[previous] += " " + cell->text;
        else unplaced.emplace_back(static_cast<int>(start.start) + cell->line, cell->text);
        continue;
      }
      placed.cells[at] = cell->text;
      previous = at;
      next = at + 1;
    }
    rows.push_back(std::move(placed));
  }
  CellGrid grid = grid_of_rows(std::move(rows), columns, read_header(lines, start.start, static_cast<int>(columns)),
                               owner_above(lines, start.start));
  grid.unplaced = std::move(unplaced);
  return grid;
}

int import_cell_grid(const std::vector<std::string_view>& lines, Document& document, ImportReport& report) {
  CellGrid grid = cell_grid_from_lines(lines);
  if (grid.columns == 0) grid = cell_rows_without_empty_cells(lines);
  if (grid.columns == 0) return 0;
  Document read;
  read.info = document.info;
  ImportReport read_report = report;
  // A unit the title names by its label is the table's, whatever was guessed from the lines before.
  if (!grid.owner.empty() && read.info.instansi != grid.owner) {
    read.info.instansi = grid.owner;
    read_report.note({"Tebakan: instansi \"" + grid.owner + "\" dibaca dari judul tabel.",
                      "A guess: the instansi \"" + grid.owner + "\" was read from the table's title."});
  }
  TableImportOptions options;
  import_table_rows(grid.rows, options, read, read_report);
  int added = static_cast<int>(read.sasaran.size() + read.indikator.size());
  if (read.sasaran.empty()) return 0;
  document = std::move(read);
  report = std::move(read_report);
  std::string columns;
  for (const std::string& role : grid.roles) columns += (columns.empty() ? "" : " | ") + role;
  for (const auto& [line, text] : grid.context_rows)
    report.not_understood(line, text, {"baris urusan/bidang urusan: di atas pohon kinerja, tidak diimpor",
                                       "an urusan / bidang urusan row: above the performance tree, not imported"});
  for (const auto& [line, text] : grid.unplaced)
    report.not_understood(line, text, {"teks satu sel per baris: sel tanpa kolom yang cocok di barisnya",
                                       "text one cell per line: a cell with no column of its kind in its row"});
  report.note({"Tebakan: tabel Word yang diubah menjadi teks, satu sel per baris dengan sel kosong sebagai baris kosong: "
                   "tiap " + std::to_string(grid.columns) + " baris satu baris tabel, kolomnya dibaca dari isinya: " + columns +
                   ". Periksa hasilnya, atau simpan tabel sebagai CSV.",
               "A guess: a Word table converted to text, one cell per line with empty cells as empty lines: every " +
                   std::to_string(grid.columns) + " lines one table row, its columns read from what they hold: " + columns +
                   ". Check the result, or save the table as CSV."});
  return added;
}

}  // namespace pokin::import
