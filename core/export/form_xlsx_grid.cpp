#include "core/export/form_xlsx_grid.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/export/form_xlsx_row_height.h"
#include "core/layout/text_metrics.h"

namespace pokin {
namespace {

constexpr double kMillimetresPerPoint = 25.4 / 72;
constexpr double kCellPaddingMm = kCellPaddingPoints * kMillimetresPerPoint;
constexpr double kTableShareOfWidth = 0.97;  // why: form_xlsx_grid.h, FormSheetPage

struct ColumnNeeds {
  std::vector<double> numbers;  // the widest single-column number whole (a number cannot wrap: Excel shows "####")
  std::vector<double> words;    // the longest word ("Penanggung", a kode "2.18.03.2.01.0001"), which would break
                                // between letters; at most a quarter of the width (one web address)
};

ColumnNeeds column_needs(const FormTable& table, int columns, double font_size, double width_mm) {
  ColumnNeeds needs{std::vector<double>(columns, 0), std::vector<double>(columns, 0)};
  auto millimetres = [](double points) { return points / kWrapSafety * kMillimetresPerPoint + kCellPaddingMm; };
  auto scan = [&](const std::vector<FormRow>& rows, bool header) {
    for (const FormRow& row : rows)
      for (int c = 0; c < columns && c < static_cast<int>(row.size()); ++c) {
        const FormCell& cell = row[c];
        if (cell.covered || cell.column_span > 1) continue;
        bool bold = header || cell.bold;
        if (!header && cell.type != FormCellType::Text) {
          needs.numbers[c] = std::max(needs.numbers[c], millimetres(text_width(cell.text, font_size, bold)));
          continue;
        }
        double longest = 0;
        std::size_t start = 0;
        while (start < cell.text.size()) {
          std::size_t end = std::min(cell.text.find_first_of(" \t\n", start), cell.text.size());
          longest = std::max(longest, text_width(std::string_view(cell.text).substr(start, end - start), font_size, bold));
          start = end + 1;
        }
        needs.words[c] = std::max(needs.words[c], std::min(millimetres(longest), width_mm / 4));
      }
  };
  scan(table.header, true);
  scan(table.rows, false);
  return needs;
}

// What each column gets at least: its numbers whole first; its longest word as far as the width allows (every
// column the same share of the way from its numbers' need to its words').
std::vector<double> column_minimums(const ColumnNeeds& needs, double width_mm) {
  std::size_t columns = needs.numbers.size();
  double numbers = 0, both = 0;
  for (std::size_t c = 0; c < columns; ++c) {
    numbers += needs.numbers[c];
    both += std::max(needs.numbers[c], needs.words[c]);
  }
  double share = both > numbers ? std::clamp((width_mm - numbers) / (both - numbers), 0.0, 1.0) : 0;
  std::vector<double> minimums(columns);
  for (std::size_t c = 0; c < columns; ++c)
    minimums[c] = needs.numbers[c] + share * std::max(0.0, needs.words[c] - needs.numbers[c]);
  return minimums;
}

}  // namespace

FormSheetPage form_sheet_page(Paper paper, Orientation orientation) {
  FormSheetPage page;
  double short_side = 210, long_side = 297;
  if (paper == Paper::A3) {
    page.excel_paper = 8;
    short_side = 297;
    long_side = 420;
  } else if (paper == Paper::F4) {
    page.excel_paper = 14;  // Folio 8.5 x 13 in: Excel's nearest to the 215 x 330 mm F4
    short_side = 215.9;
    long_side = 330.2;
  }
  double width = orientation == Orientation::Landscape ? long_side : short_side;
  page.printable_width_mm = width - 2 * page.margin_inches * 25.4;
  page.table_width_mm = page.printable_width_mm * kTableShareOfWidth;
  return page;
}

int table_column_count(const FormTable& table) {
  std::size_t columns = table.widths.size();
  for (const auto* rows : {&table.header, &table.rows})
    for (const FormRow& row : *rows) columns = std::max(columns, row.size());
  return static_cast<int>(columns);
}

std::vector<double> fitted_table_widths(const FormTable& table, double width_mm, double font_size) {
  int columns = table_column_count(table);
  if (columns == 0) return {};
  std::vector<double> given;
  for (double w : table.widths)
    if (std::isfinite(w) && w > 0) given.push_back(w);
  double mean = given.empty() ? 1 : std::accumulate(given.begin(), given.end(), 0.0) / given.size();
  std::vector<double> widths(columns, mean);
  for (int c = 0; c < columns && c < static_cast<int>(table.widths.size()); ++c)
    if (std::isfinite(table.widths[c]) && table.widths[c] > 0) widths[c] = table.widths[c];

  // Scale to the width; then fix the columns that fall below their minimum at it and share what is left among
  // the others, until no other column falls below its own (at most once per column).
  std::vector<double> need = column_minimums(column_needs(table, columns, font_size, width_mm), width_mm);
  std::vector<bool> fixed(columns, false);
  std::vector<double> out(columns);
  for (int round = 0; round <= columns; ++round) {
    double fixed_width = 0, free_given = 0;
    for (int c = 0; c < columns; ++c) (fixed[c] ? fixed_width : free_given) += fixed[c] ? need[c] : widths[c];
    double scale = free_given > 0 ? std::max(0.0, width_mm - fixed_width) / free_given : 0;
    bool changed = false;
    for (int c = 0; c < columns; ++c) {
      out[c] = fixed[c] ? need[c] : widths[c] * scale;
      if (!fixed[c] && out[c] < need[c]) {
        fixed[c] = true;
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Numbers that need more than the page: keep their proportions, the sheet's fit to the page width shrinks it.
  for (double& w : out) w = std::max(w, 1.0);  // every column keeps a place on the sheet
  double total = std::accumulate(out.begin(), out.end(), 0.0);
  if (total > width_mm)
    for (double& w : out) w *= width_mm / total;
  return out;
}

double form_table_font_size(const Form& form, double width_mm) {
  for (double size : {10.0, 9.0, 8.0}) {
    bool fits = true;
    for (const FormBlock& block : form.blocks)
      if (const auto* table = std::get_if<FormTable>(&block)) {
        ColumnNeeds needs = column_needs(*table, table_column_count(*table), size, width_mm);
        double total = 0;
        for (std::size_t c = 0; c < needs.numbers.size(); ++c) total += std::max(needs.numbers[c], needs.words[c]);
        fits = fits && total <= width_mm;
      }
    if (fits) return size;
  }
  return 8;
}

int FormSheetGrid::nearest_edge(double mm) const {
  auto after = std::lower_bound(edges.begin(), edges.end(), mm);
  if (after == edges.begin()) return 0;
  if (after == edges.end()) return columns();
  auto before = after - 1;
  return static_cast<int>((mm - *before <= *after - mm ? before : after) - edges.begin());
}

// The width of the widest label of a paragraph's "label\tvalue" lines, 0 without such lines.
double widest_label_mm(const Form& form, double text_size) {
  double widest = 0;
  for (const FormBlock& block : form.blocks)
    if (const auto* paragraph = std::get_if<FormParagraph>(&block)) {
      const std::string& text = paragraph->text;
      for (std::size_t start = 0; start < text.size();) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::size_t tab = text.find('\t', start);
        if (tab < end)
          widest = std::max(widest, text_width(std::string_view(text).substr(start, tab - start), text_size) /
                                        kWrapSafety * kMillimetresPerPoint + kCellPaddingMm);
        start = end + 1;
      }
    }
  return widest;
}

FormSheetGrid form_sheet_grid(const Form& form, double width_mm, double font_size, double text_size) {
  FormSheetGrid grid;
  std::vector<double> edges;
  std::vector<std::vector<double>> table_positions;
  for (const FormBlock& block : form.blocks) {
    const auto* table = std::get_if<FormTable>(&block);
    if (!table) continue;
    std::vector<double> widths = fitted_table_widths(*table, width_mm, font_size);
    std::vector<double> positions{0};
    double x = 0;
    for (std::size_t c = 0; c + 1 < widths.size(); ++c) {
      x += widths[c];
      if (table_positions.empty()) {  // the first table keeps its own edges
        positions.push_back(x);
        continue;
      }
      // A later table shares an edge within reach when its columns keep their order: the shared edge lies after
      // this table's previous edge and before the end of its next column.
      double next = x + widths[c + 1];
      auto after = std::lower_bound(edges.begin(), edges.end(), x);
      double best = -1;
      if (after != edges.end()) best = *after;
      if (after != edges.begin() && (best < 0 || x - *(after - 1) <= best - x)) best = *(after - 1);
      bool share = best >= 0 && std::abs(best - x) <= kSnapMillimetres && best > positions.back() && best < next &&
                   best < width_mm;
      double edge = share ? best : x;
      if (!share && !std::binary_search(edges.begin(), edges.end(), edge))
        edges.insert(std::upper_bound(edges.begin(), edges.end(), edge), edge);
      positions.push_back(edge);
    }
    positions.push_back(width_mm);
    if (table_positions.empty()) edges = positions;
    table_positions.push_back(std::move(positions));
  }
  if (table_positions.empty()) edges = {0, width_mm / 4, width_mm / 2, width_mm * 3 / 4, width_mm};
  // The labels' edge: an edge within reach after the widest label, or a new one there.
  double label = widest_label_mm(form, text_size);
  if (label > 0 && label < width_mm / 2) {
    auto after = std::lower_bound(edges.begin(), edges.end(), label);
    double edge = *after - label <= kSnapMillimetres ? *after : label;
    if (edge != *after) edges.insert(after, edge);
    grid.label_edge_mm = edge;
  }
  grid.edges = edges;
  for (const auto& positions : table_positions) {
    std::vector<int> indexes;
    for (double x : positions)
      indexes.push_back(static_cast<int>(std::lower_bound(grid.edges.begin(), grid.edges.end(), x) - grid.edges.begin()));
    grid.table_edges.push_back(std::move(indexes));
  }
  return grid;
}

}  // namespace pokin
