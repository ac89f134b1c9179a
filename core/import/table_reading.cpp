#include "core/import/table_reading.h"

#include <algorithm>

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

std::vector<std::string> split_pipes(std::string_view line) {
  std::string_view trimmed = line;
  while (!trimmed.empty() && (trimmed.front() == ' ' || trimmed.front() == '\t')) trimmed.remove_prefix(1);
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t')) trimmed.remove_suffix(1);
  if (trimmed.size() < 2 || trimmed.front() != '|') return {};
  trimmed.remove_prefix(1);
  if (!trimmed.empty() && trimmed.back() == '|') trimmed.remove_suffix(1);
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

bool is_pipe_rule(std::string_view line) {
  std::vector<std::string> cells = split_pipes(line);
  if (cells.empty()) return false;
  for (const std::string& cell : cells) {
    std::string t = trim(cell);
    if (t.empty() || t.find_first_not_of("-: ") != std::string::npos) return false;
  }
  return true;
}

bool all_cells_empty(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return trim(c).empty(); });
}

Delimiter detect_delimiter(const std::vector<std::string_view>& lines) {
  std::size_t tabs = 0, commas = 0, semicolons = 0, pipes = 0, seen = 0;
  for (std::string_view line : lines) {
    if (trim(line).empty()) continue;
    if (++seen > 50) break;
    if (!split_pipes(line).empty()) ++pipes;
    tabs += std::count(line.begin(), line.end(), '\t');
    commas += std::count(line.begin(), line.end(), ',');
    semicolons += std::count(line.begin(), line.end(), ';');
  }
  if (pipes * 2 >= seen && pipes > 0) return Delimiter::Pipe;
  if (tabs >= seen && tabs > 0) return Delimiter::Tab;
  if (semicolons >= seen && semicolons >= commas / 2) return Delimiter::Semicolon;
  if (commas > 0) return Delimiter::Comma;
  return tabs > 0 ? Delimiter::Tab : Delimiter::Comma;
}

std::vector<TableRow> read_table(std::string_view text, Delimiter delimiter) {
  std::vector<TableRow> rows;
  if (delimiter == Delimiter::Tab || delimiter == Delimiter::Pipe) {
    int number = 0;
    for (std::string_view line : split_lines(text)) {
      ++number;
      if (delimiter == Delimiter::Tab) {
        rows.push_back({number, split_tabs(line)});
        continue;
      }
      if (is_pipe_rule(line)) continue;
      std::vector<std::string> cells = split_pipes(line);
      if (cells.empty()) cells.emplace_back(line);
      rows.push_back({number, std::move(cells)});
    }
    return rows;
  }
  // CSV: a small state machine over the bytes, so quoted line breaks and delimiters stay in their cell.
  const char separator = delimiter == Delimiter::Comma ? ',' : ';';
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
  return rows;
}

}  // namespace pokin::import
