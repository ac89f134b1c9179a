#include "core/import/blank_run_cells.h"

#include <map>
#include <string>

#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

constexpr std::size_t kSeparator = 4;  // blanks per cell border
constexpr std::size_t kLinesWeighed = 50;

std::string_view without_line_end(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.remove_suffix(1);
  return line;
}

bool blank_line(std::string_view line) { return line.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// The runs of blanks of a line: where each starts and how long it is.
struct BlankRun {
  std::size_t at = 0, length = 0;
};

std::vector<BlankRun> runs_of(std::string_view line) {
  std::vector<BlankRun> runs;
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] != ' ') {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < line.size() && line[i] == ' ') ++i;
    runs.push_back({start, i - start});
  }
  return runs;
}

}  // namespace

std::vector<std::string> split_blank_runs(std::string_view raw, bool& open) {
  std::string_view line = without_line_end(raw);
  open = false;
  std::vector<std::string> cells;
  std::string cell;
  std::size_t i = 0;
  bool text_seen = false;
  while (i < line.size()) {
    if (line[i] != ' ') {
      cell += line[i++];
      text_seen = true;
      continue;
    }
    std::size_t start = i;
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t length = i - start;
    if (length < kSeparator) {  // blanks inside a cell (prose's double spaces); none at the line's edges
      if (text_seen && i < line.size()) cell.append(length, ' ');
      continue;
    }
    std::size_t borders = length / kSeparator;
    if (!text_seen) {
      // In front of the first word: one empty cell per border.
      for (std::size_t k = 0; k < borders; ++k) cells.emplace_back();
      continue;
    }
    cells.push_back(std::move(cell));
    cell.clear();
    if (i == line.size()) {  // after the last word: the next cell's text starts on the next line
      open = true;
      break;
    }
    for (std::size_t k = 1; k < borders; ++k) cells.emplace_back();
  }
  if (!text_seen) return {};  // blanks only: an empty line
  cells.push_back(std::move(cell));
  return cells;
}

bool has_blank_run_cells(const std::vector<std::string_view>& lines) {
  std::size_t weighed = 0, runs = 0, lines_with_inner_run = 0, wide_lines = 0;
  for (std::string_view raw : lines) {
    if (blank_line(raw)) continue;
    if (++weighed > kLinesWeighed) break;
    std::string_view line = without_line_end(raw);
    if (line.find('\t') != std::string_view::npos) return false;
    std::size_t end = line.find_last_not_of(' ');
    bool inner = false;
    for (const BlankRun& run : runs_of(line)) {
      if (run.length < kSeparator) continue;
      if (run.length % kSeparator != 0) return false;  // columns placed by a converter, not a written separator
      if (run.at + run.length > end) continue;          // trailing: says nothing on its own
      ++runs;
      inner = inner || run.at > 0;
    }
    lines_with_inner_run += inner ? 1 : 0;
    bool open = false;
    if (split_blank_runs(line, open).size() >= 3) ++wide_lines;
  }
  return runs >= 3 && lines_with_inner_run >= 2 && wide_lines >= 1;
}

std::vector<TableRow> read_blank_run_table(std::string_view text) {
  struct SplitLine {
    std::vector<std::string> cells;
    bool open = false;
    bool starts_with_run = false;
  };
  std::vector<std::string_view> lines = split_lines(text);
  std::vector<SplitLine> split(lines.size());
  std::map<std::size_t, std::size_t> widths;
  std::size_t first_table_line = lines.size();
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::string_view line = without_line_end(lines[k]);
    split[k].cells = split_blank_runs(line, split[k].open);
    split[k].starts_with_run = line.size() >= kSeparator && line.substr(0, kSeparator) == "    " && !blank_line(line);
    if (split[k].cells.size() >= 2) {
      ++widths[split[k].cells.size()];
      if (first_table_line == lines.size()) first_table_line = k;
    }
  }
  std::size_t usual = 0, seen = 0;
  for (const auto& [width, count] : widths)
    if (count >= seen) usual = width, seen = count;

  std::vector<TableRow> rows;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    TableRow row{static_cast<int>(k) + 1, std::move(split[k].cells)};
    if (row.cells.empty()) row.cells.emplace_back();
    bool open = split[k].open;
    while (k >= first_table_line && k + 1 < lines.size() && row.cells.size() >= 2 &&
           (open || row.cells.size() < usual)) {
      const SplitLine& next = split[k + 1];
      if (next.cells.empty() || next.starts_with_run) break;
      if (row.cells.size() + next.cells.size() - 1 > usual) break;
      std::string& last = row.cells.back();
      if (!last.empty() && !next.cells.front().empty()) last += ' ';
      last += next.cells.front();
      for (std::size_t c = 1; c < next.cells.size(); ++c) row.cells.push_back(next.cells[c]);
      open = next.open;
      ++k;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace pokin::import
