#include "core/export/tile_marks.h"

#include <algorithm>

#include "core/layout/level_palette.h"
#include "core/layout/text_metrics.h"

namespace pokin {
namespace {

constexpr std::uint32_t kMarkColour = 0x3E4C59;
constexpr std::uint32_t kGlueColour = 0xFFE8A3;  // a pale yellow that photocopies as light grey
constexpr double kLabelSize = 6.5;

struct PageFrame {
  Rect area;    // content area of the page
  Rect window;  // the figure part shown
  double x(double figure_x) const { return area.x + figure_x - window.x; }
  double y(double figure_y) const { return area.y + figure_y - window.y; }
  double right() const { return area.x + window.width; }
  double bottom() const { return area.y + window.height; }
};

PageFrame frame_of(const PageSetup& setup, const Tile& tile) { return {content_area(setup), tile.window}; }

std::string labels(const TilePlan& plan, const std::vector<int>& indices) {
  std::string out;
  for (int i : indices) out += (out.empty() ? "" : ", ") + plan.tiles[i].label();
  return out;
}

// Two of these, one on each page, lie on top of each other when the pages are placed right.
void registration_mark(Painter& painter, Point at) {
  Paint ink = Paint::stroked(kMarkColour, 0.5);
  painter.rect({at.x - 3.5, at.y - 3.5, 7, 7}, 3.5, ink);
  painter.line({at.x - 6, at.y}, {at.x + 6, at.y}, ink);
  painter.line({at.x, at.y - 6}, {at.x, at.y + 6}, ink);
}

// A label on a white ground, so it stays legible over a line of the diagram.
void label(Painter& painter, const std::string& text, double x, double baseline) {
  double width = text_width(text, kLabelSize);
  painter.rect({x - 1.5, baseline - kLabelSize, width + 3, kLabelSize + 2.5}, 1, Paint::filled(0xFFFFFF, 0.9));
  painter.text(text, x, baseline, {kLabelSize, false, kMarkColour});
}

Paint cut_line() { return Paint::stroked(kMarkColour, 0.6, {4, 3}); }

}  // namespace

const char* assembly_instructions() {
  return "Menyusun poster: potong tiap halaman pada garis putus-putus kanan dan bawah, tempel di atas bidang kuning "
         "halaman sebelahnya sampai tanda silang bertumpuk; urutan pada peta di kaki halaman.";
}

void paint_glue_bands(Painter& painter, const PageSetup& setup, const TilePlan& plan, int index) {
  const Tile& tile = plan.tiles[index];
  PageFrame page = frame_of(setup, tile);
  Paint glue = Paint::filled(kGlueColour, 0.55);
  if (!plan.neighbours(index, TileSide::Left).empty() && tile.cut.x > tile.window.x)
    painter.rect({page.area.x, page.area.y, page.x(tile.cut.x) - page.area.x, page.window.height}, 0, glue);
  if (!plan.neighbours(index, TileSide::Top).empty() && tile.cut.y > tile.window.y)
    painter.rect({page.area.x, page.area.y, page.window.width, page.y(tile.cut.y) - page.area.y}, 0, glue);
}

void paint_cut_marks(Painter& painter, const PageSetup& setup, const TilePlan& plan, int index) {
  const Tile& tile = plan.tiles[index];
  PageFrame page = frame_of(setup, tile);
  double top_strip = page.area.y - setup.marks / 2, bottom_strip = page.bottom() + setup.marks / 2;
  double left_margin = page.area.x - 14, right_margin = page.right() + 14;

  if (auto right = plan.neighbours(index, TileSide::Right); !right.empty()) {
    double x = page.x(tile.cut.right());
    painter.line({x, page.area.y}, {x, page.bottom()}, cut_line());
    registration_mark(painter, {x, top_strip});
    registration_mark(painter, {x, bottom_strip});
    std::string text = "potong di sini, tempel ke " + labels(plan, right) + " →";
    label(painter, text, x - 9 - text_width(text, kLabelSize), top_strip + 2.3);
  }
  if (auto left = plan.neighbours(index, TileSide::Left); !left.empty()) {
    double x = page.x(tile.cut.x);
    painter.line({x, page.area.y}, {x, page.bottom()}, Paint::stroked(kMarkColour, 0.3));
    registration_mark(painter, {x, top_strip});
    registration_mark(painter, {x, bottom_strip});
    label(painter, "← tempel " + labels(plan, left) + " di sini", x + 9, top_strip + 2.3);
  }
  if (auto below = plan.neighbours(index, TileSide::Bottom); !below.empty()) {
    double y = page.y(tile.cut.bottom());
    painter.line({page.area.x, y}, {page.right(), y}, cut_line());
    registration_mark(painter, {left_margin, y});
    registration_mark(painter, {right_margin, y});
    std::string text = "potong di sini, tempel ke " + labels(plan, below) + " ↓";
    label(painter, text, page.right() - 4 - text_width(text, kLabelSize), y - 2.5);
  }
  if (auto above = plan.neighbours(index, TileSide::Top); !above.empty()) {
    double y = page.y(tile.cut.y);
    painter.line({page.area.x, y}, {page.right(), y}, Paint::stroked(kMarkColour, 0.3));
    registration_mark(painter, {left_margin, y});
    registration_mark(painter, {right_margin, y});
    label(painter, "↑ tempel " + labels(plan, above) + " di sini", page.area.x + 4, y + 8.5);
  }
}

void paint_assembly_map(Painter& painter, const TilePlan& plan, int index, const Rect& box) {
  double width = 0, height = 0;
  for (const Tile& tile : plan.tiles) {
    width = std::max(width, tile.cut.right());
    height = std::max(height, tile.cut.bottom());
  }
  if (width <= 0 || height <= 0) return;
  double scale = std::min(box.width / width, box.height / height);
  double x0 = box.x + (box.width - width * scale) / 2, y0 = box.y + (box.height - height * scale) / 2;
  for (int i = 0; i < static_cast<int>(plan.tiles.size()); ++i) {
    const Rect& cut = plan.tiles[i].cut;
    Rect cell{x0 + cut.x * scale, y0 + cut.y * scale, cut.width * scale, cut.height * scale};
    bool current = i == index;
    painter.rect(cell, 0, Paint::filled(current ? 0x2F5D8A : 0xFFFFFF).with_stroke(0x7B8794, 0.4));
    std::string name = plan.tiles[i].label();
    double name_width = text_width(name, 4.5, true);
    if (cell.width >= name_width + 2 && cell.height >= 5.5)
      painter.text(name, cell.x + (cell.width - name_width) / 2, cell.y + cell.height / 2 + 1.6,
                   {4.5, true, current ? 0xFFFFFFu : kDetailColour});
  }
}

}  // namespace pokin
