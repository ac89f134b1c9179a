#include "core/export/figure.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/capaian/capaian_band.h"
#include "core/layout/level_palette.h"
#include "core/layout/text_metrics.h"

namespace pokin {
namespace {

constexpr double kTitleSize = 16;
constexpr double kInstansiSize = 11;
constexpr double kSmall = 8;
constexpr double kSignatureWidth = 220;
const std::vector<double> kCrosscuttingDash{5, 3};
const std::vector<double> kUnlinkedDash{1.5, 2.5};

bool intersects(const Rect& a, const Rect& b) {
  return a.x <= b.right() && b.x <= a.right() && a.y <= b.bottom() && b.y <= a.bottom();
}

Rect curve_bounds(const std::vector<Point>& points) {
  double left = 1e300, top = 1e300, right = -1e300, bottom = -1e300;
  for (Point p : points) {
    left = std::min(left, p.x);
    top = std::min(top, p.y);
    right = std::max(right, p.x);
    bottom = std::max(bottom, p.y);
  }
  return {left, top, right - left, bottom - top};
}

// "Data belum lengkap" (core/capaian/capaian_band.h): thin diagonal lines over the near-white fill, so a box
// without a band reads as such in colour, in greyscale and on a washed-out projector. Drawn inside `r`.
void paint_hatching(Painter& painter, const Rect& r, double spacing) {
  Paint hatch = Paint::stroked(kCapaianIncompleteHatchColour, 0.6);
  hatch.stroke_opacity = 0.4;
  for (double k = spacing; k < r.width + r.height; k += spacing) {
    // The line x + y = k (box coordinates) between the box's edges.
    double x1 = std::max(0.0, k - r.height), x2 = std::min(r.width, k);
    painter.line({r.x + x1, r.y + k - x1}, {r.x + x2, r.y + k - x2}, hatch);
  }
}

std::string swatch_text(const FigureText::Swatch& swatch) {
  return swatch.symbol.empty() ? swatch.label : swatch.symbol + " " + swatch.label;
}

std::uint32_t text_colour(const TextLine& line, const LevelColours& colours) {
  switch (line.style) {
    case TextStyle::Code: return colours.stroke;
    case TextStyle::Detail: return kDetailColour;
    default: return kTextColour;
  }
}

std::vector<Point> shifted(const std::vector<Point>& points, Point by) {
  std::vector<Point> out;
  out.reserve(points.size());
  for (Point p : points) out.push_back({p.x + by.x, p.y + by.y});
  return out;
}

Point lerp(Point a, Point b, double t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }

// The part of a cubic chain near `visible`, as one or more chains. A page of a tiled PDF then strokes (and
// dashes) only what it shows: a crosscutting link across a 100,000-point tree would otherwise be dashed in full
// on every page it crosses.
using Cubic = std::array<Point, 4>;

// de Casteljau split of a cubic at t.
std::pair<Cubic, Cubic> split(const Cubic& c, double t) {
  Point a = lerp(c[0], c[1], t), b = lerp(c[1], c[2], t), d = lerp(c[2], c[3], t);
  Point e = lerp(a, b, t), f = lerp(b, d, t), m = lerp(e, f, t);
  return {{c[0], a, e, m}, {m, f, d, c[3]}};
}

std::vector<std::vector<Point>> visible_pieces(const std::vector<Point>& curve, const Rect& visible) {
  Rect near{visible.x - 12, visible.y - 12, visible.width + 24, visible.height + 24};
  std::vector<std::vector<Point>> pieces;
  bool open = false;
  for (std::size_t i = 0; i + 3 < curve.size(); i += 3) {
    Cubic rest{curve[i], curve[i + 1], curve[i + 2], curve[i + 3]};
    double length = std::hypot(rest[1].x - rest[0].x, rest[1].y - rest[0].y) +
                    std::hypot(rest[2].x - rest[1].x, rest[2].y - rest[1].y) +
                    std::hypot(rest[3].x - rest[2].x, rest[3].y - rest[2].y);
    int steps = std::max(1, static_cast<int>(length / 200));
    for (int k = 0; k < steps; ++k) {
      // Peel off 1/(steps-k) of what is left.
      Cubic piece = rest;
      if (k + 1 < steps) std::tie(piece, rest) = split(rest, 1.0 / (steps - k));
      if (!intersects(curve_bounds({piece.begin(), piece.end()}), near)) {
        open = false;
        continue;
      }
      if (!open) pieces.push_back({piece[0]});
      open = true;
      pieces.back().insert(pieces.back().end(), piece.begin() + 1, piece.end());
    }
  }
  return pieces;
}

// The width a legend entry takes, swatch and gap included; arrange_figure and paint_figure agree on it.
double swatch_width(const FigureText::Swatch& swatch) {
  return 22 + text_width(swatch_text(swatch), kSmall) + 14;
}

double badge_entry_width(const std::string& label) { return 22 + text_width(label, kSmall) + 14; }

double legend_title_width(const std::string& title) {
  return title.empty() ? 0 : text_width(title, kSmall, true) + 8;
}

void paint_badge(Painter& painter, const std::string& badge, double right, double top) {
  double width = std::max(14.0, text_width(badge, 7.5, true) + 8);
  Rect pill{right - width * 0.75, top - 7, width, 14};
  painter.rect(pill, 7, Paint::filled(kBadgeFill).with_stroke(0xFFFFFF, 1));
  painter.text(badge, pill.x + (width - text_width(badge, 7.5, true)) / 2, pill.y + 10, {7.5, true, 0xFFFFFF});
}

// The legend entries in drawing order, each with its place. The level legend keeps one row and widens the figure
// (as it always has); a titled legend (the capaian bands) wraps under its title to the figure's width, so that one
// branch exported for a meeting is not shrunk to make room for a long legend.
struct LegendItem {
  enum Kind { Title, Swatch, Badge, Crosscutting, Unlinked } kind;
  std::size_t swatch = 0;  // for Swatch: index into FigureText::swatches
  double width = 0;
  Point at;                // top-left of the entry's row, at its x
};

constexpr double kLegendTop = 74;
constexpr double kLegendRow = 16;

std::vector<LegendItem> place_legend(const FigureText& text, double figure_width) {
  std::vector<LegendItem> items;
  if (!text.legend_title.empty()) items.push_back({LegendItem::Title, 0, legend_title_width(text.legend_title), {}});
  for (std::size_t i = 0; i < text.swatches.size(); ++i)
    items.push_back({LegendItem::Swatch, i, swatch_width(text.swatches[i]), {}});
  if (!text.badge_label.empty()) items.push_back({LegendItem::Badge, 0, badge_entry_width(text.badge_label), {}});
  if (text.crosscutting) items.push_back({LegendItem::Crosscutting, 0, 110, {}});
  if (text.unlinked) items.push_back({LegendItem::Unlinked, 0, 120, {}});
  bool wraps = !text.legend_title.empty();
  double left = 24 + (wraps ? legend_title_width(text.legend_title) : 0);
  Point at{24, kLegendTop};
  for (LegendItem& item : items) {
    if (wraps && item.kind != LegendItem::Title && at.x > left && at.x + item.width > figure_width - 24)
      at = {left, at.y + kLegendRow};
    item.at = at;
    at.x += item.width;
  }
  return items;
}

double legend_bottom(const FigureText& text, double figure_width) {
  auto items = place_legend(text, figure_width);
  return items.empty() ? kLegendTop + kLegendRow : items.back().at.y + kLegendRow;
}

void paint_legend(Painter& painter, const FigureText& text, double figure_width) {
  for (const LegendItem& item : place_legend(text, figure_width)) {
    double lx = item.at.x, ly = item.at.y;
    switch (item.kind) {
      case LegendItem::Title: painter.text(text.legend_title, lx, ly + 8.5, {kSmall, true, kTextColour}); break;
      case LegendItem::Swatch: {
        const FigureText::Swatch& swatch = text.swatches[item.swatch];
        painter.rect({lx, ly, 16, 10}, 2, Paint::filled(swatch.fill).with_stroke(swatch.stroke, 0.8));
        if (swatch.fill == kCapaianIncompleteColour) paint_hatching(painter, {lx, ly, 16, 10}, 3);
        painter.text(swatch_text(swatch), lx + 22, ly + 8.5, {kSmall, false, kTextColour});
        break;
      }
      case LegendItem::Badge:
        paint_badge(painter, "n", lx + 14, ly + 5);
        painter.text(text.badge_label, lx + 22, ly + 8.5, {kSmall, false, kTextColour});
        break;
      case LegendItem::Crosscutting:
        painter.line({lx, ly + 5}, {lx + 22, ly + 5}, Paint::stroked(kCrosscuttingColour, 1.2, kCrosscuttingDash));
        painter.text("Crosscutting", lx + 28, ly + 8.5, {kSmall, false, kTextColour});
        break;
      case LegendItem::Unlinked: {
        Paint dashed = Paint::filled(0xFFFFFF).with_stroke(kUnlinkedColour, 1.2);
        dashed.dash = {3, 2};
        painter.rect({lx, ly, 16, 10}, 2, dashed);
        painter.text("Belum ditautkan", lx + 22, ly + 8.5, {kSmall, false, kTextColour});
        break;
      }
    }
  }
}

void paint_box(Painter& painter, const Box& box, Point o) {
  LevelColours colours = level_colours(box.level);
  Rect r{box.rect.x + o.x, box.rect.y + o.y, box.rect.width, box.rect.height};
  Paint paint = Paint::filled(box.fill != 0 ? box.fill : colours.fill).with_stroke(colours.stroke, 0.9);
  if (box.kind == BoxKind::CollapsedStub) {
    paint = Paint::filled(kStubFill).with_stroke(kCascadeEdgeColour, 0.9);
    paint.dash = {3, 2};
  }
  if (box.unlinked) {
    paint.stroke_colour = kUnlinkedColour;
    paint.stroke_width = 1.4;
    paint.dash = {4, 2};
  }
  painter.begin_group("box-" + std::to_string(box.id));
  painter.rect(r, 4, paint);
  if (box.fill == kCapaianIncompleteColour && box.kind != BoxKind::CollapsedStub) paint_hatching(painter, r, 6);
  for (double y : box.dividers) {
    Paint rule = Paint::stroked(colours.stroke, 0.5);
    rule.stroke_opacity = 0.35;
    painter.line({r.x + 6, y + o.y}, {r.right() - 6, y + o.y}, rule);
  }
  for (const TextLine& line : box.lines) {
    // A decoration fill (capaian band) is chosen for near-black text: grey details and coloured codes would lose
    // contrast on it.
    std::uint32_t colour = box.kind == BoxKind::CollapsedStub ? kDetailColour
                           : box.fill != 0                    ? kTextColour
                                                              : text_colour(line, colours);
    painter.text(line.text, line.x + o.x, line.baseline + o.y, {line.size, line.bold, colour});
  }
  if (!box.badge.empty()) paint_badge(painter, box.badge, r.right(), r.y);
  painter.end_group();
}

}  // namespace

std::string today_indonesian() {
  static constexpr std::array kMonths{"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                      "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  std::time_t now = std::time(nullptr);
  std::tm local = *std::localtime(&now);
  return std::to_string(local.tm_mday) + " " + kMonths[local.tm_mon] + " " + std::to_string(local.tm_year + 1900);
}

FigureText make_figure_text(const Document& document, const Geometry& geometry, const LayoutView& view,
                            const std::string& date, bool signature) {
  FigureText text;
  const DocumentInfo& info = document.info;
  text.title = view.granularity == Granularity::Unit ? "Pohon Kinerja per Unit Kerja" : "Pohon Kinerja";
  text.instansi = info.instansi;
  if (pemda_adds_to_instansi(info)) text.instansi += (text.instansi.empty() ? "" : " · ") + info.pemda;
  if (info.period_start > 0) text.period = "Periode Renstra " + std::to_string(info.period_start) + "–" + std::to_string(info.period_end);
  if (view.fields.target_year > 0)
    text.period += (text.period.empty() ? "" : " · ") + std::string("Target tahun ") + std::to_string(view.fields.target_year);
  text.date = "Dicetak " + date;
  std::set<int> levels;
  for (const Box& box : geometry.boxes) {
    if (box.kind != BoxKind::CollapsedStub) levels.insert(box.level);
    text.unlinked = text.unlinked || box.unlinked;
  }
  for (int level : levels) {
    LevelColours colours = level_colours(level);
    text.swatches.push_back({colours.fill, colours.stroke, {}, level_sasaran_label(info, level)});
  }
  text.crosscutting = std::any_of(geometry.edges.begin(), geometry.edges.end(),
                                  [](const Edge& e) { return e.kind == EdgeKind::Crosscutting; });
  text.signature = signature && !info.penandatangan.nama.empty();
  text.penandatangan = info.penandatangan;
  text.signature_place_date = date;
  return text;
}

FigureLayout arrange_figure(const FigureText& text, const Geometry& geometry) {
  FigureLayout layout;
  double title_width = std::max({text_width(text.title, kTitleSize, true), text_width(text.instansi, kInstansiSize, true),
                                 text_width(text.period + "    " + text.date, kSmall)}) + 48;
  double legend_width = 48;
  for (const LegendItem& item : place_legend(text, 0)) legend_width += item.width;
  // A wrapping legend needs room for its title and its widest entry only.
  if (!text.legend_title.empty()) {
    double widest = 0;
    for (const LegendItem& item : place_legend(text, 0)) widest = std::max(widest, item.width);
    legend_width = 48 + legend_title_width(text.legend_title) + widest;
  }
  layout.width = std::max({geometry.bounds.width, title_width, legend_width});
  // 92 points with one legend row, as before; each further row adds its height.
  layout.title = {0, 0, layout.width, 92 + legend_bottom(text, layout.width) - (kLegendTop + kLegendRow)};
  layout.diagram = {(layout.width - geometry.bounds.width) / 2, layout.title.bottom()};
  layout.height = layout.title.bottom() + geometry.bounds.height;
  if (text.signature) {
    layout.signature = {layout.width - kSignatureWidth - 24, layout.height, kSignatureWidth, 110};
    layout.height += 130;
  }
  return layout;
}

void paint_geometry(Painter& painter, const Geometry& geometry, Point o, const Rect& visible) {
  std::unordered_map<Id, bool> suggested;
  for (const Box& box : geometry.boxes)
    if (box.suggested) suggested[box.id] = true;
  painter.begin_group("edges");
  for (const Edge& edge : geometry.edges) {
    Rect extent = curve_bounds(edge.curve);
    if (!intersects({extent.x + o.x, extent.y + o.y, extent.width, extent.height}, visible)) continue;
    Paint paint = Paint::stroked(kCascadeEdgeColour, 1.1);
    if (edge.kind == EdgeKind::Unlinked) paint = Paint::stroked(kUnlinkedColour, 1.1, kUnlinkedDash);
    if (edge.kind == EdgeKind::Cascade && suggested.count(edge.to)) paint.dash = {4, 3};
    if (edge.kind == EdgeKind::Crosscutting) {
      paint = Paint::stroked(kCrosscuttingColour, 1.2, kCrosscuttingDash);
      if (edge.status == LinkStatus::Usulan) paint.stroke_opacity = 0.6;
    }
    std::vector<Point> curve = shifted(edge.curve, o);
    Rect shown = curve_bounds(curve);
    bool inside = shown.x >= visible.x && shown.y >= visible.y && shown.right() <= visible.right() &&
                  shown.bottom() <= visible.bottom();
    if (inside) painter.curve(curve, paint);
    else
      for (const auto& piece : visible_pieces(curve, visible)) painter.curve(piece, paint);
    if (!edge.arrowhead.empty())
      painter.polygon(shifted(edge.arrowhead, o), Paint::filled(paint.stroke_colour, paint.stroke_opacity));
  }
  painter.end_group();
  painter.begin_group("boxes");
  for (const Box& box : geometry.boxes)
    if (intersects({box.rect.x + o.x - 8, box.rect.y + o.y - 8, box.rect.width + 16, box.rect.height + 16}, visible))
      paint_box(painter, box, o);
  painter.end_group();
}

void paint_figure(Painter& painter, const FigureText& text, const Geometry& geometry, const FigureLayout& layout,
                  const Rect& visible) {
  const Rect& t = layout.title;
  if (intersects(t, visible)) {
    painter.begin_group("title");
    double x = 24;
    painter.text(text.title, x, 32, {kTitleSize, true, kTextColour});
    if (!text.instansi.empty()) painter.text(text.instansi, x, 50, {kInstansiSize, true, kDetailColour});
    std::string meta = text.period + (text.period.empty() ? "" : "    ") + text.date;
    painter.text(meta, x, 64, {kSmall, false, kDetailColour});
    paint_legend(painter, text, layout.width);
    Paint rule = Paint::stroked(0xCBD2D9, 0.8);
    painter.line({x, t.bottom() - 4}, {t.right() - 24, t.bottom() - 4}, rule);
    painter.end_group();
  }
  paint_geometry(painter, geometry, layout.diagram, visible);
  if (text.signature && intersects(layout.signature, visible)) {
    const Rect& s = layout.signature;
    painter.begin_group("signature");
    TextPaint plain{9.5, false, kTextColour};
    painter.text(text.signature_place_date, s.x, s.y + 12, plain);
    painter.text(text.penandatangan.jabatan, s.x, s.y + 26, plain);
    painter.text(text.penandatangan.nama, s.x, s.y + 86, {9.5, true, kTextColour});
    painter.line({s.x, s.y + 89}, {s.x + std::max(120.0, text_width(text.penandatangan.nama, 9.5, true)), s.y + 89},
                 Paint::stroked(kTextColour, 0.6));
    if (!text.penandatangan.nip.empty()) painter.text("NIP. " + text.penandatangan.nip, s.x, s.y + 101, plain);
    painter.end_group();
  }
}

}  // namespace pokin
