#include "core/pdf/pdf_table_layout.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <utility>

namespace pokin::pdf {
namespace {

// A gap between two words wider than this share of the line's height parts two cells (a space is about a quarter
// of the line's height, the padding either side of a cell border together at least twice that).
constexpr double kPieceGap = 0.35;
// A line starting no further than this share of a line's height below the text above it continues that text (a
// wrapped line); a new row of a bordered table starts below the cell padding of both rows, further down.
constexpr double kWrappedGap = 0.4;
// A line further below the line above than this share of a line's height starts another table.
constexpr double kTableBreak = 1.0;
// The first multi-piece lines of a table, its header, may cross columns (a heading merged over several).
constexpr int kHeaderLines = 4;
// Columns of two pages agree when a border of one lies this close to a border of the other.
constexpr double kSameBorder = 6.0;
// Pieces of text joined to a cell they did not continue, named one by one in the report up to this many.
constexpr std::size_t kNamedPieces = 20;
// Page marks are looked for this far (points) from the top and the bottom of the page: running headers and footers
// stand in the page margin (about 1.25 cm from the edge), the body below 2 cm.
constexpr double kMarginBand = 50;

struct Piece {
  std::string text;
  double x0 = 0, x1 = 0;
};

struct Line {
  double y0 = 0, y1 = 0;
  std::vector<Piece> pieces;
  int block = -1;  // the table block the line belongs to, -1: a line of text
};

using Interval = std::pair<double, double>;

bool is_value(const std::string& text);

void add_interval(std::vector<Interval>& covered, double a, double b) {
  auto it = std::lower_bound(covered.begin(), covered.end(), Interval{a, b});
  it = covered.insert(it, {a, b});
  // Merge with the neighbours it touches.
  std::size_t i = static_cast<std::size_t>(it - covered.begin());
  if (i > 0 && covered[i - 1].second >= covered[i].first) --i;
  while (i + 1 < covered.size() && covered[i].second >= covered[i + 1].first) {
    covered[i].second = std::max(covered[i].second, covered[i + 1].second);
    covered.erase(covered.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

// The columns of a table: what its body covers, plus the headings that stand in no body column.
struct Coverage {
  std::vector<Interval> body;
  std::vector<Interval> heads;
  // The pieces of text (not numbers) of every line but the first (a heading may span columns): where text of
  // this table stands. Centred headings and right-aligned numbers are left out, as they leave gaps inside a column.
  std::vector<Interval> seen;
  int body_lines = 0;
  int lines = 0;
  double width = 0;

  void add_line(const Line& line, bool header) {
    for (const Piece& piece : line.pieces) {
      if (header) heads.push_back({piece.x0, piece.x1});
      else add_interval(body, piece.x0, piece.x1);
    }
    if (!header) ++body_lines;
  }
  void see(const Line& line) {
    if (lines++ == 0) return;
    for (const Piece& piece : line.pieces)
      if (!is_value(piece.text)) add_interval(seen, piece.x0, piece.x1);
  }
  void add(const Coverage& other) {
    for (const Interval& c : other.body) add_interval(body, c.first, c.second);
    heads.insert(heads.end(), other.heads.begin(), other.heads.end());
    body_lines += other.body_lines;
  }
  // The columns, left to right: each a stretch of the body's text. A heading standing in a gap joins the column
  // clearly nearer to it (the "Rp" centred over a column of right-aligned "-"), or else stands for a column of its
  // own (one the body leaves empty); a heading over body text (its own column's, or several merged) adds nothing.
  std::vector<Interval> columns() const {
    std::vector<Interval> all = body;
    for (const Interval& head : heads) {
      bool over = false;
      for (const Interval& column : body) over = over || (column.first < head.second && head.first < column.second);
      if (!over) {
        auto right = std::lower_bound(body.begin(), body.end(), head);
        double to_right = right != body.end() ? right->first - head.second : 1e18;
        double to_left = right != body.begin() ? head.first - std::prev(right)->second : 1e18;
        if (to_left < 1e18 && to_right < 1e18 && std::min(to_left, to_right) < 0.6 * std::max(to_left, to_right))
          add_interval(all, to_left < to_right ? std::prev(right)->second : head.first,
                       to_left < to_right ? head.second : right->first);
        else
          add_interval(all, head.first, head.second);
      }
    }
    return all;
  }
  // The borders between columns, for comparing the columns of two pages.
  std::vector<double> borders() const {
    std::vector<Interval> all = columns();
    std::vector<double> result;
    for (std::size_t i = 0; i + 1 < all.size(); ++i) result.push_back((all[i].second + all[i + 1].first) / 2);
    return result;
  }
  // Whether a piece of text of `line` bridges a gap between the columns of the lines so far (so it belongs to
  // another table): text inside a bordered cell never reaches the next column's.
  bool crossed_by(const Line& line) const {
    if (lines < 3) return false;
    for (std::size_t i = 0; i + 1 < seen.size(); ++i)
      for (const Piece& piece : line.pieces)
        if (piece.x0 < seen[i].second && piece.x1 > seen[i + 1].first && !is_value(piece.text)) return true;
    return false;
  }
};

struct Block {
  int page = 0;
  std::vector<int> lines;  // indexes into the page's lines
  Coverage coverage;
  int multi_lines = 0;
  int table = -1;  // the table (blocks of consecutive pages with the same columns) it belongs to
};

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
  return values[values.size() / 2];
}

std::vector<Line> lines_of(const PdfPage& page) {
  std::vector<const PdfWord*> words;
  for (const PdfWord& word : page.words)
    if (std::isfinite(word.x0) && std::isfinite(word.x1) && std::isfinite(word.y0) && std::isfinite(word.y1) &&
        word.x1 >= word.x0 && word.y1 >= word.y0)
      words.push_back(&word);
  std::sort(words.begin(), words.end(),
            [](const PdfWord* a, const PdfWord* b) { return a->y0 + a->y1 < b->y0 + b->y1; });
  struct Gathered {
    double y0, y1;
    std::vector<const PdfWord*> words;
  };
  std::vector<Gathered> gathered;
  for (const PdfWord* word : words) {
    double height = std::max(word->y1 - word->y0, 0.5);
    bool placed = false;
    // Only the last few lines can still overlap this word (words come by their vertical middle).
    for (std::size_t back = 0; back < 3 && back < gathered.size() && !placed; ++back) {
      Gathered& line = gathered[gathered.size() - 1 - back];
      double overlap = std::min(word->y1, line.y1) - std::max(word->y0, line.y0);
      if (overlap >= 0.6 * std::min(height, std::max(line.y1 - line.y0, 0.5))) {
        line.words.push_back(word);
        placed = true;
      }
    }
    if (!placed) gathered.push_back({word->y0, word->y1, {word}});
  }
  std::vector<Line> lines;
  for (Gathered& g : gathered) {
    std::sort(g.words.begin(), g.words.end(), [](const PdfWord* a, const PdfWord* b) { return a->x0 < b->x0; });
    Line line;
    line.y0 = g.y0, line.y1 = g.y1;
    double gap_limit = kPieceGap * std::max(g.y1 - g.y0, 1.0);
    for (const PdfWord* word : g.words) {
      line.y0 = std::min(line.y0, word->y0);
      line.y1 = std::max(line.y1, word->y1);
      if (!line.pieces.empty() && word->x0 - line.pieces.back().x1 <= gap_limit) {
        line.pieces.back().text += " " + word->text;
        line.pieces.back().x1 = std::max(line.pieces.back().x1, word->x1);
      } else {
        line.pieces.push_back({word->text, word->x0, word->x1});
      }
    }
    lines.push_back(std::move(line));
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.y0 < b.y0; });
  return lines;
}

std::string line_text(const Line& line) {
  std::string text;
  for (const Piece& piece : line.pieces) text += (text.empty() ? "" : " ") + piece.text;
  return text;
}

std::vector<std::string> words_of(const std::string& text, const char* separators) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (std::string_view(separators).find(c) != std::string_view::npos) {
      if (!word.empty()) words.push_back(std::move(word)), word.clear();
    } else {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// "3", "- 3 -", "V-12", "Halaman 3 dari 10", "Page 3 of 10", "hal. ii".
bool is_page_number(const std::string& text) {
  int numbers = 0;
  for (const std::string& word : words_of(text, " \t-.:/|()")) {
    if (word == "halaman" || word == "hal" || word == "hlm" || word == "page" || word == "dari" || word == "of") continue;
    bool digits = std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    bool roman = word.size() <= 6 && word.find_first_not_of("ivxlcdm") == std::string::npos;
    if (!digits && !roman) return false;
    ++numbers;
  }
  return numbers >= 1 && numbers <= 3;
}

// A running header or footer is the same text on several pages apart from its numbers.
std::string mark_key(const std::string& text) {
  std::string key;
  for (char c : text) key += (c >= '0' && c <= '9') ? '#' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

bool in_margin(const Line& line, double page_height) {
  return line.y1 <= kMarginBand || line.y0 >= page_height - kMarginBand;
}

// "1.250.000", "99,25%", "Rp. 4.100.832.755", "-": a number does not wrap onto a second line.
bool is_value(const std::string& text) {  // declared above
  std::string rest;
  for (const std::string& word : words_of(text, " \t")) {
    std::string w = word;
    if (w.rfind("rp", 0) == 0) w = w.substr(w.size() > 2 && w[2] == '.' ? 3 : 2);
    rest += w;
  }
  if (rest == "-") return true;
  if (rest.size() > 2 && rest.front() == '(' && rest.back() == ')') rest = rest.substr(1, rest.size() - 2);  // "(12)"
  bool digit = false;
  for (char c : rest) {
    if (c >= '0' && c <= '9') digit = true;
    else if (std::string_view(".,%-+/").find(c) == std::string_view::npos) return false;
  }
  return digit;
}

bool borders_agree(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.empty() || b.empty()) return false;
  const std::vector<double>& few = a.size() <= b.size() ? a : b;
  const std::vector<double>& many = a.size() <= b.size() ? b : a;
  std::size_t matched = 0;
  for (double x : few)
    for (double y : many)
      if (std::abs(x - y) <= kSameBorder) {
        ++matched;
        break;
      }
  return matched * 5 >= few.size() * 4;
}

// The column a piece belongs to: the first it overlaps (a merged heading counts in the column it starts in, as a
// spreadsheet keeps a merged cell's text in its first cell), else the nearest.
std::size_t column_of(const std::vector<Interval>& columns, const Piece& piece) {
  std::size_t nearest = 0;
  double best = 1e18;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    double overlap = std::min(piece.x1, columns[i].second) - std::max(piece.x0, columns[i].first);
    if (overlap > 0.5) return i;
    double distance = -overlap;
    if (distance < best) best = distance, nearest = i;
  }
  return nearest;
}

// The columns a piece's text reaches: from the first it overlaps to the last.
std::pair<int, int> reach_of(const std::vector<Interval>& columns, const Piece& piece, std::size_t column) {
  int first = static_cast<int>(column), last = static_cast<int>(column);
  for (std::size_t i = column + 1; i < columns.size(); ++i)
    if (std::min(piece.x1, columns[i].second) - std::max(piece.x0, columns[i].first) > 0.5) last = static_cast<int>(i);
  return {first, last};
}

// "(4)", "4", "": a cell of the row of column numbers under a header.
bool is_column_number(const std::string& cell) {
  std::string digits;
  for (char c : cell)
    if (c != '(' && c != ')' && c != ' ') digits += c;
  return digits.size() <= 2 && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A heading merged over several columns stands centred over them, so it starts inside its span: move it to the
// span's first column, the first column of the headings under it that share a column with it.
void align_merged_headings(std::vector<PdfRow>& rows, std::size_t from, std::size_t to) {
  for (std::size_t r = from; r + 1 < to && r < from + kHeaderLines; ++r) {
    PdfRow& row = rows[r];
    const PdfRow& below = rows[r + 1];
    // Headings are short: a row below holding a long text is the table's first row of data, not sub-headings.
    // A row of column numbers, "(1) (2) ...", stands under every column alike and tells no span.
    bool headings_below = std::all_of(below.cells.begin(), below.cells.end(),
                                      [](const std::string& cell) { return cell.size() <= 40; }) &&
                          !std::all_of(below.cells.begin(), below.cells.end(), is_column_number);
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      auto [first, last] = row.reach[c];
      if (row.cells[c].empty()) continue;
      int start = first;
      if (last > first) {
        for (std::size_t d = 0; d < below.cells.size(); ++d)
          if (!below.cells[d].empty() && below.reach[d].first <= last && below.reach[d].second >= first)
            start = std::min(start, below.reach[d].first);
      }
      // A short heading centred over its sub-headings ("Target" over 2025 ... 2029) reaches no other column:
      // its span is the run of sub-headings around it under empty cells of its row, as far on each side.
      auto free = [&](std::size_t k) { return k < row.cells.size() && row.cells[k].empty() && !below.cells[k].empty(); };
      if (last == first && headings_below && c < below.cells.size() && !below.cells[c].empty())
        while (start > 0 && free(static_cast<std::size_t>(start) - 1) && free(2 * c - static_cast<std::size_t>(start) + 1)) --start;
      std::size_t target = static_cast<std::size_t>(start);
      if (target < c && row.cells[target].empty()) {
        bool clear = true;  // nothing of the row between: the heading's span is free
        for (std::size_t k = target; k < c; ++k) clear = clear && row.cells[k].empty();
        if (!clear) continue;
        row.cells[target] = std::move(row.cells[c]);
        row.cells[c].clear();
        row.reach[target] = {start, last};
        row.reach[c] = {static_cast<int>(c), static_cast<int>(c)};
      }
    }
  }
}

void append(std::string& cell, const std::string& text) { cell += (cell.empty() ? "" : " ") + text; }

std::string clipped(const std::string& text) { return text.size() > 60 ? text.substr(0, 60) + "..." : text; }

}  // namespace

PdfLayout rebuild_tables(const PdfWords& words) {
  PdfLayout layout;
  std::vector<std::vector<Line>> pages;
  pages.reserve(words.pages.size());
  for (const PdfPage& page : words.pages) pages.push_back(lines_of(page));

  // Page marks: page numbers at the top or bottom of a page, and the same short text in the margin of several pages.
  std::map<std::string, int> mark_pages;
  auto is_edge = [](const std::vector<Line>& lines, std::size_t i) { return i < 2 || i + 2 >= lines.size(); };
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::map<std::string, bool> seen;
    for (std::size_t i = 0; i < pages[p].size(); ++i)
      if (is_edge(pages[p], i) && pages[p][i].pieces.size() <= 2 && in_margin(pages[p][i], words.pages[p].height))
        seen[mark_key(line_text(pages[p][i]))] = true;
    for (const auto& [key, yes] : seen) ++mark_pages[key];
  }
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<Line>& lines = pages[p];
    std::vector<Line> kept;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const Line& line = lines[i];
      bool edge = i == 0 || i + 1 == lines.size() || (is_edge(lines, i) && in_margin(line, words.pages[p].height));
      bool mark = edge && line.pieces.size() <= 2 &&
                  (is_page_number(line_text(line)) ||
                   (in_margin(line, words.pages[p].height) && mark_pages[mark_key(line_text(line))] >= 2));
      if (mark) ++layout.dropped_page_marks;
      else kept.push_back(line);
    }
    lines = std::move(kept);
  }

  // Blocks: runs of lines of one table on a page. A multi-piece line bridging a gap of the block's columns starts
  // another table, and so does one standing apart from the line above by more than a line (rows of a table
  // follow each other closely; a table ends in a blank line or a paragraph).
  std::vector<Block> blocks;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    int current = -1;
    std::vector<double> heights;
    for (const Line& line : pages[p]) heights.push_back(line.y1 - line.y0);
    const double blank_line = kTableBreak * std::max(median(heights), 1.0);
    for (std::size_t i = 0; i < pages[p].size(); ++i) {
      const Line& line = pages[p][i];
      if (line.pieces.size() < 2) continue;
      bool apart = i > 0 && line.y0 - pages[p][i - 1].y1 > blank_line;
      if (current < 0 || apart || blocks[current].coverage.crossed_by(line)) {
        blocks.push_back({static_cast<int>(p + 1), {}, {}, 0, -1});
        blocks.back().coverage.width = words.pages[p].width;
        current = static_cast<int>(blocks.size()) - 1;
      }
      Block& block = blocks[current];
      block.coverage.see(line);
      ++block.multi_lines;
      block.lines.push_back(static_cast<int>(i));
    }
  }
  // Each block's columns: its first lines (at most kHeaderLines, and not all of them) are its header.
  for (Block& block : blocks) {
    const int header = std::min(kHeaderLines, block.multi_lines - 1);
    int index = 0;
    for (int i : block.lines) {
      const Line& line = pages[block.page - 1][i];
      if (line.pieces.size() < 2) continue;
      block.coverage.add_line(line, index++ < header);
    }
  }
  // Tables: a block continues the last block of the page before when their columns agree.
  struct Table {
    Coverage coverage;
    std::vector<double> borders;
    std::vector<Interval> columns;
    int first_block = 0;
  };
  // The pieces of a block's first line: a page that repeats a table's header starts with the same.
  auto first_line = [&](const Block& block) {
    std::vector<std::string> texts;
    for (const Piece& piece : pages[block.page - 1][block.lines.front()].pieces) texts.push_back(piece.text);
    return texts;
  };
  std::vector<Table> tables;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    Block& block = blocks[b];
    if (block.multi_lines < 2) continue;  // one line of pieces is no table (a signature line, "Nama : ...")
    bool continues = false;
    if (b > 0 && !tables.empty()) {
      const Block& before = blocks[b - 1];
      bool first_of_page = b == 0 || blocks[b - 1].page != block.page;
      if (first_of_page && before.table >= 0 && before.page + 1 == block.page &&
          std::abs(before.coverage.width - block.coverage.width) < 2 &&
          (borders_agree(tables[before.table].borders, block.coverage.borders()) ||
           first_line(blocks[tables[before.table].first_block]) == first_line(block)))
        continues = true;
      if (continues) {
        block.table = before.table;
        Table& table = tables[block.table];
        table.coverage.add(block.coverage);
        table.borders = table.coverage.borders();
        table.columns = table.coverage.columns();
      }
    }
    if (!continues) {
      block.table = static_cast<int>(tables.size());
      tables.push_back({block.coverage, block.coverage.borders(), block.coverage.columns(), static_cast<int>(b)});
    }
  }
  for (Block& block : blocks) {
    if (block.table < 0) continue;
    std::vector<Line>& lines = pages[block.page - 1];
    for (int i = block.lines.front(); i <= block.lines.back(); ++i) lines[i].block = static_cast<int>(&block - blocks.data());
  }

  // Rows, page by page.
  std::map<int, std::vector<std::vector<std::string>>> table_heads;  // the first rows of each table, for repeats
  std::size_t unplaced = 0;
  std::string unplaced_id, unplaced_en;  // each named, up to kNamedPieces
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<Line>& lines = pages[p];
    std::vector<double> heights;
    for (const Line& line : lines) heights.push_back(line.y1 - line.y0);
    const double wrapped_gap = kWrappedGap * std::max(median(heights), 1.0);
    // A block whose lines all follow each other at the spacing of lines of text shows no row of a bordered table
    // (the cell padding parts rows): text set in columns (signatures, "Nama : ..."), one row per line.
    std::map<int, bool> rows_apart;
    for (std::size_t i = 1; i < lines.size(); ++i)
      if (lines[i].block >= 0 && lines[i - 1].block == lines[i].block && lines[i].y0 - lines[i - 1].y1 > wrapped_gap)
        rows_apart[lines[i].block] = true;
    int open_block = -1;          // the block whose rows are being built
    std::size_t block_start = 0;  // its first row in layout.rows
    std::vector<int> last_row;    // per column: the row its last text went to (-1: none)
    std::vector<double> last_bottom;  // per column: where its last text ended
    auto close_block = [&] {
      if (open_block < 0) return;
      const Block& block = blocks[open_block];
      auto& heads = table_heads[block.table];
      bool first = tables[block.table].first_block == open_block;
      std::size_t end = layout.rows.size();
      align_merged_headings(layout.rows, block_start, end);
      if (first) {
        for (std::size_t r = block_start; r < end && heads.size() < 8; ++r) heads.push_back(layout.rows[r].cells);
      } else {
        // A continued page repeats the table's header rows: leave them out.
        std::size_t same = 0;
        while (same < heads.size() && block_start + same < end && layout.rows[block_start + same].cells == heads[same]) ++same;
        if (same > 0) {
          layout.rows.erase(layout.rows.begin() + static_cast<std::ptrdiff_t>(block_start),
                            layout.rows.begin() + static_cast<std::ptrdiff_t>(block_start + same));
          layout.dropped_repeated_headers += static_cast<int>(same);
        }
      }
      open_block = -1;
    };
    // Text set side by side (the signatures of two parties): each side is read top to bottom, as the text reads.
    auto side_by_side = [&](int block) {
      if (block < 0 || blocks[block].table < 0 || rows_apart[block]) return false;
      const std::vector<Interval>& spans = tables[blocks[block].table].columns;
      for (std::size_t c = 0; c + 1 < spans.size(); ++c)
        if (spans[c + 1].first - spans[c].second >= 0.2 * words.pages[p].width) return true;
      return false;
    };
    std::vector<std::vector<std::string>> sides;
    int side_block = -1;
    auto flush_sides = [&] {
      for (const std::vector<std::string>& side : sides)
        for (const std::string& text : side) layout.rows.push_back({static_cast<int>(p + 1), {text}, false, {}});
      sides.clear();
      side_block = -1;
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const Line& line = lines[i];
      if (side_block >= 0 && line.block != side_block) flush_sides();
      if (side_by_side(line.block)) {
        close_block();
        side_block = line.block;
        const std::vector<Interval>& spans = tables[blocks[line.block].table].columns;
        sides.resize(std::max<std::size_t>(spans.size(), 1));
        for (const Piece& piece : line.pieces) sides[std::min(column_of(spans, piece), sides.size() - 1)].push_back(piece.text);
        continue;
      }
      // After its last line, a table still takes the wrapped lines of its last row.
      int block_of_line = line.block;
      if (block_of_line < 0 && open_block >= 0) block_of_line = open_block;
      if (block_of_line != open_block) close_block();
      if (block_of_line < 0) {
        PdfRow row{static_cast<int>(p + 1), {}, false, {}};
        for (const Piece& piece : line.pieces) row.cells.push_back(piece.text);
        layout.rows.push_back(std::move(row));
        continue;
      }
      const std::vector<Interval>& spans = tables[blocks[block_of_line].table].columns;
      const std::size_t columns = std::max<std::size_t>(spans.size(), 1);
      if (open_block != block_of_line) {
        open_block = block_of_line;
        block_start = layout.rows.size();
        last_row.assign(columns, -1);
        last_bottom.assign(columns, 0);
      }

      // Which pieces continue a cell above (a wrapped line) and which start a new row.
      std::vector<std::size_t> column(line.pieces.size());
      std::vector<bool> continues(line.pieces.size());
      bool all_continue = true;
      for (std::size_t k = 0; k < line.pieces.size(); ++k) {
        column[k] = std::min(column_of(spans, line.pieces[k]), columns - 1);
        int above = last_row[column[k]];
        // A wrapped line: close under the text above, and not a second number under a number (numbers do not wrap).
        continues[k] = above >= 0 && rows_apart[open_block] && line.y0 - last_bottom[column[k]] <= wrapped_gap &&
                       !(is_value(line.pieces[k].text) && is_value(layout.rows[above].cells[column[k]]));
        all_continue = all_continue && continues[k];
      }
      if (line.block < 0 && !all_continue) {
        // Below the table and not its wrapped text: the table has ended.
        close_block();
        PdfRow row{static_cast<int>(p + 1), {}, false, {}};
        for (const Piece& piece : line.pieces) row.cells.push_back(piece.text);
        layout.rows.push_back(std::move(row));
        continue;
      }
      int fresh = -1;
      for (std::size_t k = 0; k < line.pieces.size(); ++k) {
        int target;
        if (continues[k]) {
          target = last_row[column[k]];
        } else {
          if (fresh < 0) {
            layout.rows.push_back({static_cast<int>(p + 1), std::vector<std::string>(columns), true, {}});
            for (std::size_t c = 0; c < columns; ++c)
              layout.rows.back().reach.push_back({static_cast<int>(c), static_cast<int>(c)});
            fresh = static_cast<int>(layout.rows.size()) - 1;
          }
          target = fresh;
        }
        std::string& cell = layout.rows[target].cells[column[k]];
        // Two pieces of one line in one column: a gap inside a cell wider than the columns' (kept, but named).
        if (!continues[k] && !cell.empty() && unplaced++ < kNamedPieces) {
          std::string where = std::to_string(p + 1) + ": \"" + clipped(cell) + "\" + \"" + clipped(line.pieces[k].text) + "\"";
          unplaced_id += (unplaced_id.empty() ? "halaman " : "; halaman ") + where;
          unplaced_en += (unplaced_en.empty() ? "page " : "; page ") + where;
        }
        append(cell, line.pieces[k].text);
        auto reach = reach_of(spans, line.pieces[k], column[k]);
        layout.rows[target].reach[column[k]].second = std::max(layout.rows[target].reach[column[k]].second, reach.second);
        last_row[column[k]] = target;
        last_bottom[column[k]] = line.y1;

      }
    }
    close_block();
    flush_sides();
  }
  if (unplaced > 0) {
    std::string more = unplaced > kNamedPieces ? std::to_string(unplaced - kNamedPieces) : "";
    layout.notes.push_back(
        {std::to_string(unplaced) + " potongan teks tidak punya kolom sendiri dan digabung ke sel di kolom yang sama; "
             "periksa sel ini: " + unplaced_id + (more.empty() ? "" : "; dan " + more + " lainnya") + ".",
         std::to_string(unplaced) + " pieces of text had no column of their own and were joined to the cell in the same "
             "column; check these cells: " + unplaced_en + (more.empty() ? "" : "; and " + more + " more") + "."});
  }
  return layout;
}

}  // namespace pokin::pdf
