#include "core/import/aligned_columns.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

// A piece of a line between runs of two or more spaces (or a tab), with its place in code points.
struct Piece {
  std::size_t begin = 0, end = 0;
  std::string text;
};

std::vector<Piece> pieces_of(std::string_view line) {
  std::vector<Piece> pieces;
  std::size_t column = 0;  // code points before byte i
  Piece current;
  bool open = false;
  int spaces = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    bool continuation = (c & 0xC0) == 0x80;
    if (c == ' ' || c == '\t' || c == '\r') {
      spaces += c == '\t' ? 2 : 1;
      if (open && spaces >= 2) {
        pieces.push_back(std::move(current));
        current = Piece{};
        open = false;
      }
    } else {
      if (!open) {
        current.begin = column;
        open = true;
      } else if (spaces == 1) {
        current.text += ' ';
      }
      spaces = 0;
      current.text += line[i];
      if (!continuation) current.end = column + 1;
    }
    if (!continuation) ++column;
  }
  if (open) pieces.push_back(std::move(current));
  return pieces;
}

// A piece that holds a value rather than text: it starts with a digit, a sign or a bracket, or is a short symbol.
bool holds_value(const std::string& text) {
  if (text.empty()) return false;
  unsigned char first = static_cast<unsigned char>(text[0]);
  return std::isdigit(first) || text[0] == '-' || text[0] == '<' || text[0] == '>' || text[0] == '(' ||
         text[0] == '%' || text.rfind("\xE2\x89", 0) == 0 || (text.size() <= 2 && !std::isalpha(first));
}

std::size_t column_of(const Piece& piece, const std::vector<std::size_t>& starts) {
  std::size_t best = 0, best_overlap = 0;
  for (std::size_t c = 0; c < starts.size(); ++c) {
    std::size_t from = c == 0 ? 0 : starts[c];
    std::size_t to = c + 1 < starts.size() ? starts[c + 1] : static_cast<std::size_t>(-1);
    std::size_t overlap = std::min(to, piece.end) > std::max(from, piece.begin) ? std::min(to, piece.end) - std::max(from, piece.begin) : 0;
    if (overlap > best_overlap) best = c, best_overlap = overlap;
  }
  return best;
}

}  // namespace

std::vector<std::size_t> aligned_column_starts(const std::vector<std::string_view>& lines) {
  constexpr std::size_t kLinesLooked = 200;
  std::map<std::size_t, int> starts;  // start -> lines of three or more pieces beginning a piece there
  int wide = 0;
  std::size_t looked = 0;
  for (std::string_view line : lines) {
    if (++looked > kLinesLooked) break;
    std::vector<Piece> pieces = pieces_of(line);
    if (pieces.size() < 3) continue;
    ++wide;
    for (const Piece& piece : pieces) ++starts[piece.begin];
  }
  if (wide < 3) return {};
  // Starts one apart are one column (a piece shifted by a character in the conversion).
  std::vector<std::pair<std::size_t, int>> merged;
  for (const auto& [start, count] : starts) {
    if (!merged.empty() && start <= merged.back().first + 1 && merged.back().second > 0) {
      merged.back().second += count;
      continue;
    }
    merged.push_back({start, count});
  }
  int needed = std::max(2, wide / 5);
  std::vector<std::size_t> columns;
  for (const auto& [start, count] : merged)
    if (count >= needed) columns.push_back(start);
  if (columns.size() < 3) return {};
  // Most wide lines must begin their pieces on these columns: prose with double spaces does not.
  int on_grid = 0;
  looked = 0;
  for (std::string_view line : lines) {
    if (++looked > kLinesLooked) break;
    std::vector<Piece> pieces = pieces_of(line);
    if (pieces.size() < 3) continue;
    int hits = 0;
    for (const Piece& piece : pieces)
      for (std::size_t column : columns)
        if (piece.begin + 1 >= column && piece.begin <= column + 1) {
          ++hits;
          break;
        }
    if (hits * 3 >= static_cast<int>(pieces.size()) * 2) ++on_grid;
  }
  if (on_grid * 4 < wide * 3) return {};
  return columns;
}

std::vector<TableRow> read_aligned_columns(std::string_view text, const std::vector<std::size_t>& starts) {
  std::vector<TableRow> rows;
  std::vector<std::size_t> first_begin;  // per column of the last row: where its cell's first piece began
  bool last_is_table_row = false;
  int number = 0;
  for (std::string_view line : split_lines(text)) {
    ++number;
    std::vector<Piece> pieces = pieces_of(line);
    if (pieces.empty()) {
      rows.push_back({number, {std::string(line)}});
      last_is_table_row = false;
      continue;
    }
    std::vector<std::string> cells(starts.size());
    std::vector<std::size_t> begins(starts.size(), 0);
    for (const Piece& piece : pieces) {
      std::size_t c = column_of(piece, starts);
      if (cells[c].empty()) begins[c] = piece.begin;
      cells[c] += (cells[c].empty() ? "" : " ") + piece.text;
    }
    // A wrapped cell: every piece continues a text cell of the row above, starting where that cell started.
    if (last_is_table_row && !rows.empty()) {
      std::vector<std::string>& above = rows.back().cells;
      bool continues = true;
      int filled = 0, above_filled = 0;
      for (const std::string& cell : above) above_filled += cell.empty() ? 0 : 1;
      for (std::size_t c = 0; c < cells.size() && continues; ++c) {
        if (cells[c].empty()) continue;
        ++filled;
        continues = !above[c].empty() && !holds_value(cells[c]) && !holds_value(above[c]) &&
                    begins[c] + 1 >= first_begin[c] && begins[c] <= first_begin[c] + 1;
      }
      if (continues && filled > 0 && filled * 2 <= above_filled) {
        for (std::size_t c = 0; c < cells.size(); ++c)
          if (!cells[c].empty()) above[c] += " " + cells[c];
        continue;
      }
    }
    if (pieces.size() == 1) {
      rows.push_back({number, {std::string(line)}});
      last_is_table_row = false;
      continue;
    }
    rows.push_back({number, std::move(cells)});
    first_begin = std::move(begins);
    last_is_table_row = true;
  }
  return rows;
}

}  // namespace pokin::import
