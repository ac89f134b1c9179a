#include "core/synthetic/table_pdf.h"

#include <algorithm>
#include <cairo-pdf.h>
#include <cairo.h>
#include <map>
#include <numeric>

namespace pokin::synthetic {
namespace {

constexpr double kMargin = 56.7;      // 2 cm
constexpr double kPadding = 2.83;     // 0.1 cm, LibreOffice's default cell padding
constexpr double kLineSpacing = 1.15;
constexpr double kFooterSpace = 56.7;

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

class Drawer {
 public:
  Drawer(const DrawnDocument& document, std::string& out) : doc_(document) {
    surface_ = cairo_pdf_surface_create_for_stream(append_bytes, &out, doc_.page_width, doc_.page_height);
    cr_ = cairo_create(surface_);
    line_height_ = doc_.font_size * kLineSpacing;
    y_ = kMargin;
  }
  ~Drawer() {
    footer();
    cairo_destroy(cr_);
    cairo_surface_finish(surface_);
    cairo_surface_destroy(surface_);
  }

  void block(const DrawnBlock& block) {
    if (block.new_page && y_ > kMargin) new_page();
    for (const DrawnLine& line : block.lines) text_line(line);
    for (const DrawnTable& table : block.table) draw_table(table);
  }

 private:
  void font(bool bold) {
    cairo_select_font_face(cr_, "Liberation Sans", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr_, doc_.font_size);
  }
  double width_of(const std::string& text) {
    cairo_text_extents_t extents;
    cairo_text_extents(cr_, text.c_str(), &extents);
    return extents.x_advance;
  }
  // Greedy wrapping at spaces, as a word processor does.
  std::vector<std::string> wrap(const std::string& text, double width) {
    std::vector<std::string> lines;
    std::string line, word;
    auto flush_word = [&] {
      if (word.empty()) return;
      std::string tried = line.empty() ? word : line + " " + word;
      if (!line.empty() && width_of(tried) > width) lines.push_back(line), line = word;
      else line = tried;
      word.clear();
    };
    for (char c : text) {
      if (c == ' ') flush_word();
      else word += c;
    }
    flush_word();
    if (!line.empty()) lines.push_back(line);
    return lines;
  }
  void show(double x, double y_top, const std::string& text) {
    cairo_font_extents_t extents;
    cairo_font_extents(cr_, &extents);
    cairo_move_to(cr_, x, y_top + extents.ascent);
    cairo_show_text(cr_, text.c_str());
  }
  double usable_width() const { return doc_.page_width - 2 * kMargin; }
  double bottom() const { return doc_.page_height - kFooterSpace; }

  void footer() {
    if (!doc_.page_numbers) return;
    font(false);
    std::string mark = "Halaman " + std::to_string(page_);
    show((doc_.page_width - width_of(mark)) / 2, doc_.page_height - 35, mark);  // 1.25 cm from the edge
  }
  void new_page() {
    footer();
    cairo_show_page(cr_);
    ++page_;
    y_ = kMargin;
  }

  void text_line(const DrawnLine& line) {
    font(line.bold);
    if (line.pieces.size() == 1) {
      for (const std::string& part : wrap(line.pieces[0], usable_width())) {
        if (y_ + line_height_ > bottom()) new_page();
        double x = line.centred ? (doc_.page_width - width_of(part)) / 2 : kMargin;
        show(x, y_, part);
        y_ += line_height_;
      }
    } else {
      if (y_ + line_height_ > bottom()) new_page();
      for (std::size_t i = 0; i < line.pieces.size(); ++i) {
        double tab = i < line.tabs.size() ? line.tabs[i] : usable_width() * static_cast<double>(i) / line.pieces.size();
        show(kMargin + tab, y_, line.pieces[i]);
      }
      y_ += line_height_;
    }
    y_ += 0.3 * line_height_;
  }

  struct Placed {
    const DrawnCell* cell;
    std::size_t row, column;
    double x, width;
  };
  // Where each cell of `rows` stands (columns taken by a cell merged from a row above are skipped).
  std::vector<Placed> place(const DrawnTable& table, const std::vector<DrawnRow>& rows) {
    std::vector<double> left(table.column_widths.size() + 1, kMargin);
    for (std::size_t c = 0; c < table.column_widths.size(); ++c) left[c + 1] = left[c] + table.column_widths[c];
    std::map<std::pair<std::size_t, std::size_t>, bool> taken;
    std::vector<Placed> placed;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      std::size_t c = 0;
      for (const DrawnCell& cell : rows[r]) {
        while (taken.count({r, c})) ++c;
        std::size_t span = static_cast<std::size_t>(std::max(cell.colspan, 1));
        std::size_t end = std::min(c + span, table.column_widths.size());
        if (c >= end) break;
        placed.push_back({&cell, r, c, left[c], left[end] - left[c]});
        for (int down = 0; down < std::max(cell.rowspan, 1); ++down)
          for (std::size_t k = c; k < end; ++k) taken[{r + down, k}] = true;
        c = end;
      }
    }
    return placed;
  }
  // Row heights: the tallest text of the row's own cells; a merged cell that needs more grows its last row.
  std::vector<double> heights(const std::vector<DrawnRow>& rows, const std::vector<Placed>& placed, bool bold) {
    font(bold);
    std::vector<double> height(rows.size(), line_height_ + 2 * kPadding);
    for (const Placed& p : placed) {
      double need = std::max<double>(1, wrap(p.cell->text, p.width - 2 * kPadding).size()) * line_height_ + 2 * kPadding;
      if (p.cell->rowspan <= 1) height[p.row] = std::max(height[p.row], need);
    }
    for (const Placed& p : placed) {
      if (p.cell->rowspan <= 1) continue;
      std::size_t last = std::min(rows.size() - 1, p.row + static_cast<std::size_t>(p.cell->rowspan) - 1);
      double have = std::accumulate(height.begin() + static_cast<std::ptrdiff_t>(p.row), height.begin() + static_cast<std::ptrdiff_t>(last) + 1, 0.0);
      double need = wrap(p.cell->text, p.width - 2 * kPadding).size() * line_height_ + 2 * kPadding;
      if (need > have) height[last] += need - have;
    }
    return height;
  }
  void draw_rows(const std::vector<DrawnRow>& rows, const std::vector<Placed>& placed, const std::vector<double>& height,
                 bool header) {
    std::vector<double> top(rows.size() + 1, y_);
    for (std::size_t r = 0; r < rows.size(); ++r) top[r + 1] = top[r] + height[r];
    font(header);
    cairo_set_line_width(cr_, 0.5);
    for (const Placed& p : placed) {
      std::size_t last = std::min(rows.size(), p.row + static_cast<std::size_t>(std::max(p.cell->rowspan, 1)));
      cairo_rectangle(cr_, p.x, top[p.row], p.width, top[last] - top[p.row]);
      cairo_stroke(cr_);
      double y = top[p.row] + kPadding;
      for (const std::string& part : wrap(p.cell->text, p.width - 2 * kPadding)) {
        double x = p.x + kPadding;
        if (header) x = p.x + (p.width - width_of(part)) / 2;
        else if (p.cell->right) x = p.x + p.width - kPadding - width_of(part);
        show(x, y, part);
        y += line_height_;
      }
    }
    y_ = top.back();
  }
  void draw_table(const DrawnTable& table) {
    std::vector<Placed> head = place(table, table.header);
    std::vector<double> head_height = heights(table.header, head, true);
    double head_total = std::accumulate(head_height.begin(), head_height.end(), 0.0);
    if (y_ + head_total + 3 * line_height_ > bottom()) new_page();
    draw_rows(table.header, head, head_height, true);
    int on_page = 0;
    for (const DrawnRow& row : table.body) {
      std::vector<DrawnRow> one{row};
      std::vector<Placed> cells = place(table, one);
      std::vector<double> height = heights(one, cells, false);
      if (y_ + height[0] > bottom() || (table.rows_per_page > 0 && on_page == table.rows_per_page)) {
        new_page();
        draw_rows(table.header, head, head_height, true);
        on_page = 0;
      }
      draw_rows(one, cells, height, false);
      ++on_page;
    }
    y_ += line_height_;
  }

  const DrawnDocument& doc_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  double line_height_ = 0, y_ = 0;
  int page_ = 1;
};

}  // namespace

std::string draw_table_pdf(const DrawnDocument& document) {
  std::string out;
  {
    Drawer drawer(document, out);
    for (const DrawnBlock& block : document.blocks) drawer.block(block);
  }
  return out;
}

}  // namespace pokin::synthetic
