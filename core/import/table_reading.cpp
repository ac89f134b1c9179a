#include "core/import/table_reading.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/import/aligned_columns.h"
#include "core/import/blank_run_cells.h"
#include "core/import/text_cleaning.h"

namespace pokin::import {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i)
    if (i == line.size() || line[i] == '\t') {
      cells.emplace_back(line.substr(start, i - start));
      start = i + 1;
    }
  return cells;
}

namespace {

std::string_view without_blanks(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '\r')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

bool ends_with_pipe(std::string_view line) {
  std::string_view trimmed = without_blanks(line);
  return !trimmed.empty() && trimmed.back() == '|' && (trimmed.size() < 2 || trimmed[trimmed.size() - 2] != '\\');
}

bool starts_with_pipe(std::string_view line) {
  std::string_view trimmed = without_blanks(line);
  return !trimmed.empty() && trimmed.front() == '|';
}

}  // namespace

std::vector<std::string> split_pipes(std::string_view line) {
  std::string_view trimmed = without_blanks(line);
  if (trimmed.size() < 2) return {};
  if (trimmed.front() == '|') {
    trimmed.remove_prefix(1);
  } else {
    // "Tujuan | Sasaran | Kode |  | ...": a pipe row without the outer pipes needs at least two of them.
    int pipes = 0;
    for (std::size_t i = 0; i < trimmed.size(); ++i)
      if (trimmed[i] == '|' && (i == 0 || trimmed[i - 1] != '\\')) ++pipes;
    if (pipes < 2) return {};
  }
  if (!trimmed.empty() && trimmed.back() == '|' && (trimmed.size() < 2 || trimmed[trimmed.size() - 2] != '\\'))
    trimmed.remove_suffix(1);
  std::vector<std::string> cells;
  std::string cell;
  for (std::size_t i = 0; i < trimmed.size(); ++i) {
    if (trimmed[i] == '\\' && i + 1 < trimmed.size() && trimmed[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (trimmed[i] == '|') {
      cells.push_back(std::move(cell));
      cell.clear();
    } else {
      cell += trimmed[i];
    }
  }
  cells.push_back(std::move(cell));
  return cells;
}

std::vector<std::string> split_space_runs(std::string_view line) {
  std::vector<std::string> cells;
  std::string_view trimmed = without_blanks(line);
  std::size_t start = 0;
  for (std::size_t i = 0; i < trimmed.size();) {
    bool tab = trimmed[i] == '\t';
    bool run = trimmed[i] == ' ' && i + 1 < trimmed.size() && (trimmed[i + 1] == ' ' || trimmed[i + 1] == '\t');
    if (!tab && !run) {
      ++i;
      continue;
    }
    cells.emplace_back(trimmed.substr(start, i - start));
    while (i < trimmed.size() && (trimmed[i] == ' ' || trimmed[i] == '\t')) ++i;
    start = i;
  }
  if (start < trimmed.size()) cells.emplace_back(trimmed.substr(start));
  return cells;
}

bool is_pipe_rule(std::string_view line) {
  std::vector<std::string> cells = split_pipes(line);
  if (cells.empty()) return false;
  for (const std::string& cell : cells) {
    std::string t = trim(cell);
    if (t.empty() || t.find_first_not_of("-: ") != std::string::npos) return false;
  }
  return true;
}

std::string joined_cells(const std::vector<std::string>& cells) {
  std::string out;
  for (const std::string& cell : cells) out += (out.empty() ? "" : " | ") + trim(cell);
  return out;
}

bool all_cells_empty(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return trim(c).empty(); });
}

namespace {

struct DelimiterEvidence {
  Delimiter delimiter = Delimiter::Comma;
  bool bordered = false;  // chosen because the lines show cell borders, not as the last resort
};

DelimiterEvidence weigh_delimiters(const std::vector<std::string_view>& lines);

}  // namespace

Delimiter detect_delimiter(const std::vector<std::string_view>& lines) { return weigh_delimiters(lines).delimiter; }

bool has_cell_borders(const std::vector<std::string_view>& lines) { return weigh_delimiters(lines).bordered; }

namespace {

// Excel's TAB copy of cells holding line breaks (a quoted cell runs over several lines): most lines are a cell's
// inner lines without a TAB, but the records, lines joined while a quote is open, nearly all hold TABs, most of them
// the same number.
bool tab_records_of_quoted_cells(const std::vector<std::string_view>& lines) {
  std::size_t records = 0, quoted = 0;
  std::map<std::size_t, std::size_t> widths;
  bool open = false;
  std::size_t record_tabs = 0;
  for (std::size_t k = 0; k < lines.size() && records < 50; ++k) {
    std::string_view line = lines[k];
    if (!open && trim(line).empty()) continue;
    for (char c : line) {
      if (c == '"') open = !open, ++quoted;
      if (c == '\t' && !open) ++record_tabs;
    }
    if (open) continue;
    ++records;
    ++widths[record_tabs];
    record_tabs = 0;
  }
  if (quoted == 0 || records < 2) return false;
  std::size_t usual = 0, best = 0;
  for (const auto& [width, count] : widths)
    if (count > best) usual = width, best = count;
  return usual > 0 && best * 4 >= records * 3;
}

DelimiterEvidence weigh_delimiters(const std::vector<std::string_view>& lines) {
  std::size_t tabs = 0, tab_lines = 0, commas = 0, semicolons = 0, pipes = 0, seen = 0, spaced = 0, decimal_commas = 0;
  std::map<std::size_t, std::size_t> comma_widths, semicolon_widths, space_widths;
  for (std::string_view line : lines) {
    if (trim(line).empty()) continue;
    if (++seen > 50) {
      seen = 50;
      break;
    }
    if (!split_pipes(line).empty()) ++pipes;
    std::size_t line_tabs = std::count(line.begin(), line.end(), '\t');
    tabs += line_tabs;
    tab_lines += line_tabs > 0 ? 1 : 0;
    std::size_t line_commas = std::count(line.begin(), line.end(), ',');
    // A decimal comma ("72,50", "1.250.000.000,00") is no cell border: a semicolon CSV of an Indonesian locale
    // holds many; they do not outvote its semicolons.
    for (std::size_t i = 1; i + 1 < line.size(); ++i)
      if (line[i] == ',' && std::isdigit(static_cast<unsigned char>(line[i - 1])) &&
          std::isdigit(static_cast<unsigned char>(line[i + 1])))
        ++decimal_commas;
    commas += line_commas;
    if (line_commas > 0) ++comma_widths[line_commas];
    std::size_t line_semicolons = std::count(line.begin(), line.end(), ';');
    semicolons += line_semicolons;
    if (line_semicolons > 0) ++semicolon_widths[line_semicolons];
    std::size_t width = split_space_runs(line).size();
    if (width >= 3) {
      ++spaced;
      ++space_widths[width];
    }
  }
  auto most_common = [](const std::map<std::size_t, std::size_t>& widths) {
    std::size_t best = 0;
    for (const auto& [width, count] : widths) best = std::max(best, count);
    return best;
  };
  auto usual_width = [](const std::map<std::size_t, std::size_t>& widths) {
    std::size_t usual = 0, best = 0;
    for (const auto& [width, count] : widths)
      if (count > best) usual = width, best = count;
    return usual;
  };
  if (pipes * 2 >= seen && pipes > 0) return {Delimiter::Pipe, true};
  // Prose has commas but no tabs: a quarter of the lines holding tabs is a TSV table inside a text (a Perjanjian
  // Kinerja copied from a web page or Word).
  if ((tabs >= seen && tabs > 0) || (tab_lines >= 3 && tab_lines * 4 >= seen)) return {Delimiter::Tab, true};
  if (tab_lines >= 2 && tab_records_of_quoted_cells(lines)) return {Delimiter::Tab, true};
  // Borders for sure only when three lines in four hold the same number (a paragraph of prose has ';' too).
  if (semicolons >= seen && semicolons >= (commas - decimal_commas) / 2)
    return {Delimiter::Semicolon, seen >= 2 && most_common(semicolon_widths) * 4 >= seen * 3};
  // A run of four blanks written between cells (a web page's table as text): prose has no such runs, a PDF converter
  // places columns with runs of any length.
  if (has_blank_run_cells(lines)) return {Delimiter::BlankRuns, true};
  // A CSV has the same number of commas on most lines; a PDF text with columns of spaces has commas only in its
  // numbers ("83,37") and text.
  // A decimal comma on every line ("82,5") is no CSV when the runs of spaces split the lines into more cells.
  bool csv_like = most_common(comma_widths) * 3 >= seen * 2;
  bool spaces_like = spaced >= 3 && spaced * 3 >= seen * 2 && most_common(space_widths) * 2 >= spaced;
  if (spaces_like && (!csv_like || usual_width(space_widths) > usual_width(comma_widths) + 1)) return {Delimiter::Spaces, true};
  // Columns kept at the same character column on every line (pdftotext -layout), even when wrapped cells and
  // titles make many lines narrow.
  if (!csv_like && semicolons < seen && !aligned_column_starts(lines).empty()) return {Delimiter::Spaces, true};
  // Borders for sure only when three lines in four hold the same number of commas (prose and PDF text vary).
  if (commas > 0) return {Delimiter::Comma, seen >= 2 && most_common(comma_widths) * 4 >= seen * 3};
  return {tabs > 0 ? Delimiter::Tab : Delimiter::Comma, false};
}

}  // namespace

namespace {

// The number of cells of the table's rule rows (|---|---|), or else of its whole rows, to tell a row broken by a
// line break inside a cell from a short row. Without rule rows the whole width is the widest one that several
// lines share: when most rows are broken, their pieces are the commoner width.
std::size_t usual_pipe_width(const std::vector<std::string_view>& lines) {
  std::map<std::size_t, std::size_t> widths, rule_widths;
  std::size_t pipe_lines = 0, open_lines = 0;  // open: a row line that does not end with '|' (its cell goes on)
  for (std::string_view line : lines) {
    std::size_t width = split_pipes(line).size();
    if (width > 0) ++widths[width], ++pipe_lines, open_lines += ends_with_pipe(line) ? 0 : 1;
    if (width > 0 && is_pipe_rule(line)) ++rule_widths[width];
  }
  if (!rule_widths.empty()) widths = rule_widths;
  std::size_t usual = 0, seen = 0;
  for (const auto& [width, count] : widths)
    if (count >= seen) usual = width, seen = count;
  if (rule_widths.empty() && open_lines * 4 >= pipe_lines)
    for (const auto& [width, count] : widths)
      if (width > usual && count >= 2) usual = width;
  return usual;
}

std::vector<TableRow> read_pipe_table(std::string_view text) {
  std::vector<TableRow> rows;
  std::vector<std::string_view> lines = split_lines(text);
  const std::size_t usual = usual_pipe_width(lines);
  // Only where rows end with '|' does a missing one say that a cell went on to the next line.
  std::size_t closed = 0, pipe_lines = 0;
  for (std::string_view line : lines)
    if (!split_pipes(line).empty()) ++pipe_lines, closed += ends_with_pipe(line) ? 1 : 0;
  const bool joins = closed * 2 > pipe_lines;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    int number = static_cast<int>(i) + 1;
    if (is_pipe_rule(line)) continue;
    std::vector<std::string> cells = split_pipes(line);
    if (cells.empty()) {
      rows.push_back({number, {std::string(line)}});
      continue;
    }
    bool open = !ends_with_pipe(line);
    while (joins && i + 1 < lines.size() && cells.size() < usual) {
      std::string_view next = lines[i + 1];
      if (trim(next).empty() || is_pipe_rule(next)) break;
      std::vector<std::string> next_cells = split_pipes(next);
      bool leading = starts_with_pipe(next);
      if (next_cells.empty()) {
        if (!open) break;
        cells.back() += ' ';
        cells.back() += trim(next);  // the cell's text continues on a line of its own
        ++i;
        continue;
      }
      std::size_t joined = open ? cells.size() + next_cells.size() - (leading ? 0 : 1) : cells.size() + next_cells.size() + (leading ? 1 : 0);
      if (open ? joined > usual : joined != usual) break;
      if (open && !leading) {
        cells.back() += ' ';
        cells.back() += next_cells.front();
        next_cells.erase(next_cells.begin());
      } else if (!open && leading) {
        cells.emplace_back();  // "| a |" then "| b |": the cell between the two lines is empty
      }
      for (std::string& cell : next_cells) cells.push_back(std::move(cell));
      open = !ends_with_pipe(next);
      ++i;
    }
    rows.push_back({number, std::move(cells)});
  }
  return rows;
}

}  // namespace

namespace {

// CSV as Excel writes it, and TSV as Excel copies it: a small state machine over the bytes, so quoted line breaks
// and delimiters stay in their cell. `unclosed` is set when a quoted cell runs to the end of the text.
std::vector<TableRow> read_quoted(std::string_view text, char separator, bool& unclosed) {
  std::vector<TableRow> rows;
  int line = 1;
  TableRow row{1, {}};
  std::string cell;
  bool quoted = false, cell_started_quoted = false;
  auto end_cell = [&] {
    row.cells.push_back(std::move(cell));
    cell.clear();
    cell_started_quoted = false;
  };
  auto end_row = [&] {
    end_cell();
    rows.push_back(std::move(row));
    row = TableRow{line, {}};
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
        cell += c == '\r' ? '\n' : c;
      }
      continue;
    }
    if (c == '"' && trim(cell).empty() && !cell_started_quoted) {
      quoted = cell_started_quoted = true;
      cell.clear();
    } else if (c == separator) {
      end_cell();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      end_row();
    } else {
      cell += c;
    }
  }
  if (!cell.empty() || !row.cells.empty()) end_row();
  unclosed = quoted;
  return rows;
}

// Whether a cell of `text` starts with a quote (at the start of a line or after a TAB).
bool has_quoted_cell(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '"' && (i == 0 || text[i - 1] == '\t' || text[i - 1] == '\n')) return true;
  return false;
}

}  // namespace

std::vector<TableRow> read_table(std::string_view text, Delimiter delimiter) {
  std::vector<TableRow> rows;
  if (delimiter == Delimiter::Pipe) return read_pipe_table(text);
  if (delimiter == Delimiter::BlankRuns) return read_blank_run_table(text);
  if (delimiter == Delimiter::Spaces) {
    std::vector<std::size_t> starts = aligned_column_starts(split_lines(text));
    if (!starts.empty()) return read_aligned_columns(text, starts);
  }
  // Excel copies a cell holding a line break in quotes: read as such, unless a quote runs to the end (then the
  // quotes were the text's own).
  if (delimiter == Delimiter::Tab && has_quoted_cell(text)) {
    bool unclosed = false;
    std::vector<TableRow> quoted = read_quoted(text, '\t', unclosed);
    if (!unclosed) return quoted;
  }
  if (delimiter == Delimiter::Tab || delimiter == Delimiter::Spaces) {
    int number = 0;
    for (std::string_view line : split_lines(text)) {
      ++number;
      if (delimiter == Delimiter::Tab) {
        rows.push_back({number, split_tabs(line)});
        continue;
      }
      std::vector<std::string> cells = split_space_runs(line);
      if (cells.size() < 2) cells = {std::string(line)};
      rows.push_back({number, std::move(cells)});
    }
    return rows;
  }
  // CSV: quoted line breaks and delimiters stay in their cell.
  bool unclosed = false;
  return read_quoted(text, delimiter == Delimiter::Comma ? ',' : ';', unclosed);
}

}  // namespace pokin::import
