#include "core/export/form_pdf_table.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/layout/text_metrics.h"

namespace pokin {
namespace {

constexpr double kLineSpacing = 1.2;  // line height / type size

// A cell the grid marks covered although no merged cell covers it (a builder's slip): printed empty, so the
// table keeps its borders.
const FormCell& empty_cell() {
  static const FormCell cell;
  return cell;
}

bool bold_in(const PrintedCell& cell, int header_form_rows) {
  return cell.cell->bold || cell.row < header_form_rows;
}

double spanned_width(const TablePlan& plan, const PrintedCell& cell) {
  return plan.column_edges[cell.column + cell.columns] - plan.column_edges[cell.column];
}

double room_for_text(const TablePlan& plan, const PrintedCell& cell) {
  return std::max(1.0, spanned_width(plan, cell) - 2 * kFormCellPaddingX);
}

// Every word of every cell fits its column at `size` (a word that does not is broken between characters).
bool words_fit(const TablePlan& plan, double size, int header_form_rows) {
  for (const PrintedCell& cell : plan.cells) {
    const std::string& text = cell.cell->text;
    double room = room_for_text(plan, cell);
    bool bold = bold_in(cell, header_form_rows);
    for (std::size_t pos = 0; pos < text.size();) {
      std::size_t end = text.find_first_of(" \t\n\r", pos);
      if (end == std::string::npos) end = text.size();
      if (end > pos && text_width(std::string_view(text).substr(pos, end - pos), size, bold) > room) return false;
      pos = end + 1;
    }
  }
  return true;
}

// The width a single-column cell needs so that no word of it (a number: none of it) breaks inside, with padding.
double unbroken_width(const PrintedCell& cell, double size, bool bold) {
  const std::string& text = cell.cell->text;
  if (cell.cell->type != FormCellType::Text) return text_width(text, size, bold) + 2 * kFormCellPaddingX;
  double widest = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = text.find_first_of(" \t\n\r", pos);
    if (end == std::string::npos) end = text.size();
    if (end > pos) widest = std::max(widest, text_width(std::string_view(text).substr(pos, end - pos), size, bold));
    pos = end + 1;
  }
  return widest + 2 * kFormCellPaddingX;
}

// At the smallest size some words still do not fit their columns ("Target" in a column drawn for digits): the
// columns that need room take it from those with room to spare, in proportion, so a word breaks only when the
// whole table has no room left for it. The table's width stays the same.
void widen_for_words(TablePlan& plan, double size, int header_form_rows) {
  const std::size_t columns = plan.column_edges.size() - 1;
  std::vector<double> widths(columns), need(columns, 0);
  for (std::size_t c = 0; c < columns; ++c) widths[c] = plan.column_edges[c + 1] - plan.column_edges[c];
  for (const PrintedCell& cell : plan.cells)
    if (cell.columns == 1)
      need[cell.column] = std::max(need[cell.column], unbroken_width(cell, size, bold_in(cell, header_form_rows)));
  double deficit = 0, slack = 0;
  for (std::size_t c = 0; c < columns; ++c) (need[c] > widths[c] ? deficit : slack) += std::abs(need[c] - widths[c]);
  if (deficit <= 0 || slack <= 0) return;
  const double moved = std::min(deficit, slack);
  for (std::size_t c = 0; c < columns; ++c)
    widths[c] += need[c] > widths[c] ? (need[c] - widths[c]) * moved / deficit : -(widths[c] - need[c]) * moved / slack;
  for (std::size_t c = 0; c < columns; ++c) plan.column_edges[c + 1] = plan.column_edges[c] + widths[c];
}

// A number too wide for its column breaks after a thousands separator ("11.566." over "246.594"), not inside a
// group of digits; only a group wider than the column is broken between digits.
std::vector<std::string> wrap_number(const std::string& text, double room, double size, bool bold) {
  if (text_width(text, size, bold) <= room || text.find_first_of(" \n") != std::string::npos)
    return wrap_text(text, room, size, bold);
  std::vector<std::string> groups_in_lines;
  std::string line;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t dot = text.find('.', pos);
    std::size_t end = dot == std::string::npos ? text.size() : dot + 1;
    std::string group = text.substr(pos, end - pos);
    if (!line.empty() && text_width(line + group, size, bold) > room) groups_in_lines.push_back(std::move(line)), line.clear();
    line += group;
    pos = end;
  }
  groups_in_lines.push_back(std::move(line));
  std::vector<std::string> lines;
  for (const std::string& part : groups_in_lines)
    for (std::string& piece : wrap_text(part, room, size, bold)) lines.push_back(std::move(piece));
  return lines;
}

std::vector<double> column_widths(const FormTable& table, int columns) {
  double known = 0;
  int counted = 0;
  for (double width : table.widths)
    if (std::isfinite(width) && width > 0) known += width, ++counted;
  double fallback = counted ? known / counted : 20;
  std::vector<double> widths(columns, fallback);
  for (int c = 0; c < columns && c < static_cast<int>(table.widths.size()); ++c)
    if (std::isfinite(table.widths[c]) && table.widths[c] > 0) widths[c] = table.widths[c];
  return widths;
}

// The grid's printing cells: each merged cell clipped to the table, to its part (header or body) and to the
// cells no earlier merged cell took; a covered cell nothing covers prints empty.
void find_cells(TablePlan& plan, int header_end) {
  int rows = plan.rows(), columns = plan.columns();
  std::vector<std::vector<bool>> taken(rows, std::vector<bool>(columns, false));
  for (int r = 0; r < rows; ++r) {
    int part_end = r < header_end ? header_end : rows;
    for (int c = 0; c < columns; ++c) {
      if (taken[r][c]) continue;
      const FormCell& source = plan.grid[r][c];
      PrintedCell cell;
      cell.row = r;
      cell.column = c;
      cell.cell = source.covered ? &empty_cell() : &source;
      if (!source.covered) {
        cell.columns = std::clamp(source.column_span, 1, columns - c);
        cell.rows = std::clamp(source.row_span, 1, part_end - r);
        for (int k = 1; k < cell.columns; ++k)
          if (taken[r][c + k]) {
            cell.columns = k;
            break;
          }
        for (int k = 1; k < cell.rows; ++k)
          if (std::any_of(taken[r + k].begin() + c, taken[r + k].begin() + c + cell.columns, [](bool t) { return t; })) {
            cell.rows = k;
            break;
          }
      }
      for (int rr = r; rr < r + cell.rows; ++rr)
        for (int cc = c; cc < c + cell.columns; ++cc) taken[rr][cc] = true;
      plan.cells.push_back(std::move(cell));
    }
  }
}

// The rows' heights on a page holding grid rows first..last: their own heights, grown where a merged cell
// continued from the page before or cut by the page's end needs more room for its text than its part has.
// `merged`: the body's cells merged over rows.
std::vector<double> page_heights(const TablePlan& plan, const std::vector<const PrintedCell*>& merged, int first,
                                 int last) {
  std::vector<double> heights(plan.heights.begin() + first, plan.heights.begin() + last + 1);
  std::vector<const PrintedCell*> parts;
  for (const PrintedCell* cell : merged) {
    int end = cell->row + cell->rows - 1;
    if (end < first || cell->row > last) continue;
    if (cell->row < first || end > last) parts.push_back(cell);
  }
  std::sort(parts.begin(), parts.end(), [&](const PrintedCell* a, const PrintedCell* b) {
    return std::min(a->row + a->rows - 1, last) < std::min(b->row + b->rows - 1, last);
  });
  for (const PrintedCell* cell : parts) {
    int from = std::max(cell->row, first) - first, to = std::min(cell->row + cell->rows - 1, last) - first;
    double have = std::accumulate(heights.begin() + from, heights.begin() + to + 1, 0.0);
    double need = plan.text_height(*cell);
    if (need > have) heights[to] += need - have;
  }
  return heights;
}

double total(const std::vector<double>& heights) { return std::accumulate(heights.begin(), heights.end(), 0.0); }

}  // namespace

double TablePlan::header_height() const {
  return std::accumulate(heights.begin(), heights.begin() + header_rows, 0.0);
}

double TablePlan::text_height(int lines) const { return std::max(lines, 1) * line_height + 2 * kFormCellPaddingY; }

double TablePlan::text_height(const PrintedCell& cell) const { return text_height(static_cast<int>(cell.lines.size())); }

double TablePiece::height() const { return total(heights); }

TablePlan plan_table(const FormTable& table, double width) {
  TablePlan plan;
  std::size_t columns = table.widths.size();
  for (const auto* part : {&table.header, &table.rows})
    for (const FormRow& row : *part) columns = std::max(columns, row.size());
  columns = std::max<std::size_t>(columns, 1);

  std::vector<double> widths = column_widths(table, static_cast<int>(columns));
  double form_width = total(widths);
  double scale = width / form_width;
  plan.column_edges.push_back(0);
  for (double w : widths) plan.column_edges.push_back(plan.column_edges.back() + w * scale);

  auto add_row = [&](FormRow row) {
    row.resize(columns);
    plan.grid.push_back(std::move(row));
  };
  for (const FormRow& row : table.header) add_row(row);
  int header_form_rows = plan.rows();
  if (table.numbered_columns) {
    plan.number_row = plan.rows();
    FormRow numbers;
    for (std::size_t c = 0; c < columns; ++c) {
      FormCell cell;
      cell.text = std::to_string(c + 1);
      cell.align = FormAlign::Centre;
      numbers.push_back(cell);
    }
    add_row(std::move(numbers));
  }
  plan.header_rows = plan.rows();
  for (const FormRow& row : table.rows) add_row(row);
  find_cells(plan, plan.header_rows);

  // A form drawn for wider paper prints smaller, down to the smallest readable size, never under it.
  double printed = width / (form_width * 72 / 25.4);  // the form's millimetres as printed here
  double size = std::floor(kFormTableLargestText * std::min(1.0, printed) * 2 + 1e-9) / 2;
  size = std::clamp(size, kFormTableSmallestText, kFormTableLargestText);
  while (size > kFormTableSmallestText && !words_fit(plan, size, header_form_rows)) size -= 0.5;
  if (!words_fit(plan, size, header_form_rows)) widen_for_words(plan, size, header_form_rows);
  plan.text_size = size;
  plan.line_height = size * kLineSpacing;

  for (PrintedCell& cell : plan.cells) {
    bool bold = bold_in(cell, header_form_rows);
    double room = room_for_text(plan, cell);
    cell.lines = cell.cell->type == FormCellType::Text ? wrap_text(cell.cell->text, room, size, bold)
                                                       : wrap_number(cell.cell->text, room, size, bold);
  }

  plan.heights.assign(plan.rows(), plan.text_height(1));
  for (const PrintedCell& cell : plan.cells)
    if (cell.rows == 1) plan.heights[cell.row] = std::max(plan.heights[cell.row], plan.text_height(cell));
  std::vector<const PrintedCell*> merged;
  for (const PrintedCell& cell : plan.cells)
    if (cell.rows > 1) merged.push_back(&cell);
  std::stable_sort(merged.begin(), merged.end(),
                   [](const PrintedCell* a, const PrintedCell* b) { return a->row + a->rows < b->row + b->rows; });
  for (const PrintedCell* cell : merged) {
    int last = cell->row + cell->rows - 1;
    double have = std::accumulate(plan.heights.begin() + cell->row, plan.heights.begin() + last + 1, 0.0);
    double need = plan.text_height(*cell);
    if (need > have) plan.heights[last] += need - have;
  }
  return plan;
}

std::vector<TablePiece> paginate_table(const TablePlan& plan, double first_room, double page_room,
                                       double keep_after) {
  std::vector<TablePiece> pieces;
  std::vector<const PrintedCell*> merged;
  for (const PrintedCell& cell : plan.cells)
    if (cell.rows > 1 && cell.row >= plan.header_rows) merged.push_back(&cell);
  auto heights_on_page = [&](int first, int last) { return page_heights(plan, merged, first, last); };
  const bool repeat_header = plan.header_height() <= page_room / 2;
  auto header_above = [&](bool first_piece) { return first_piece || repeat_header ? plan.header_height() : 0.0; };
  const int end = plan.rows();
  double room = first_room;
  bool new_page = false;
  if (plan.header_rows == end) {
    TablePiece piece;
    piece.new_page = plan.header_height() > first_room && first_room < page_room;
    piece.first = end;
    piece.last = end - 1;
    pieces.push_back(piece);
    return pieces;
  }
  for (int i = plan.header_rows; i < end;) {
    const bool header_printed = pieces.empty() || repeat_header;
    const double header = header_above(pieces.empty());
    int last = i - 1;
    std::vector<double> fitted;
    for (int j = i; j < end; ++j) {
      std::vector<double> heights = heights_on_page(i, j);
      if (header + total(heights) > room) break;
      last = j;
      fitted = std::move(heights);
    }
    if (last >= i) {
      pieces.push_back({new_page, header_printed, i, last, std::move(fitted)});
      i = last + 1;
    } else if (!new_page && room < page_room) {
      new_page = true;  // the header and one row do not fit below what precedes the table: a fresh page
      room = page_room;
      continue;
    } else {
      // A row taller than a page: cut between lines, each part on its own page.
      int capacity = std::max(1, static_cast<int>((page_room - header - 2 * kFormCellPaddingY) / plan.line_height));
      int lines = 1;
      for (const PrintedCell& cell : plan.cells)
        if (cell.row <= i && i < cell.row + cell.rows) lines = std::max(lines, static_cast<int>(cell.lines.size()));
      for (int from = 0; from < lines; from += capacity) {
        TablePiece piece{new_page, pieces.empty() || repeat_header, i, i,
                         {plan.text_height(std::min(capacity, lines - from))}};
        piece.from_line = from;
        piece.to_line = from + capacity;
        pieces.push_back(std::move(piece));
        new_page = true;
      }
      ++i;
    }
    new_page = true;
    room = page_room;
  }

  TablePiece& last = pieces.back();
  double last_room = pieces.size() == 1 && !last.new_page ? first_room : page_room;
  double header = last.header ? plan.header_height() : 0;
  if (keep_after > 0 && last.to_line < 0 && last.last > last.first && header + last.height() + keep_after > last_room) {
    int moved = last.last;
    last.last = moved - 1;
    last.heights = heights_on_page(last.first, last.last);
    pieces.push_back({true, repeat_header, moved, moved, heights_on_page(moved, moved)});
  }
  return pieces;
}

std::vector<PlacedCell> place_piece(const TablePlan& plan, const TablePiece& piece) {
  std::vector<PlacedCell> placed;
  std::vector<double> tops;  // y of every grid row printed on this page (header rows, then the piece's)
  double y = 0;
  const int header_rows = piece.header ? plan.header_rows : 0;
  for (int r = 0; r < header_rows; ++r) {
    tops.push_back(y);
    y += plan.heights[r];
  }
  for (double height : piece.heights) {
    tops.push_back(y);
    y += height;
  }
  tops.push_back(y);
  auto top_of = [&](int row, bool header) {  // row: a header row or the header's end; piece.first..piece.last + 1
    return header ? tops[row] : tops[header_rows + row - piece.first];
  };
  for (const PrintedCell& cell : plan.cells) {
    int first = cell.row, last = cell.row + cell.rows - 1;
    bool header = cell.row < plan.header_rows;
    if (header && !piece.header) continue;
    if (!header) {
      if (last < piece.first || first > piece.last) continue;
      first = std::max(first, piece.first);
      last = std::min(last, piece.last);
    }
    PlacedCell out;
    out.cell = &cell;
    out.header = header;
    out.x = plan.column_edges[cell.column];
    out.width = plan.column_edges[cell.column + cell.columns] - out.x;
    out.y = top_of(first, header);
    out.height = top_of(last + 1, header) - out.y;
    if (header || piece.to_line < 0) {
      out.lines = cell.lines;
    } else {
      int from = std::min<int>(piece.from_line, cell.lines.size());
      int to = std::min<int>(piece.to_line, cell.lines.size());
      out.lines.assign(cell.lines.begin() + from, cell.lines.begin() + to);
    }
    placed.push_back(std::move(out));
  }
  return placed;
}

}  // namespace pokin
