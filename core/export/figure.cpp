#include "core/export/figure.h"

#include <algorithm>
#include <array>
#include <cmath>
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

// The legend entries in drawing order, each with its place. Entries flow left to right and wrap (under the legend
// title, if any) before they would pass `right`, so a legend stays inside its figure and its page at any width: a
// narrow branch gets a legend of several rows instead of a figure widened by one long row.
struct LegendItem {
  enum Kind { Title, Swatch, Badge, Crosscutting, Unlinked, Note } kind;
  std::size_t swatch = 0;  // for Swatch: index into FigureText::swatches; for Note: into FigureText::notes
  double width = 0;
  Point at;                // top-left of the entry's row, at its x
};

constexpr double kLegendTop = 74;
constexpr double kLegendRow = 16;
constexpr double kLegendLeft = 24;

std::vector<LegendItem> legend_entries(const FigureText& text) {
  std::vector<LegendItem> items;
  if (!text.legend_title.empty()) items.push_back({LegendItem::Title, 0, legend_title_width(text.legend_title), {}});
  for (std::size_t i = 0; i < text.swatches.size(); ++i)
    items.push_back({LegendItem::Swatch, i, swatch_width(text.swatches[i]), {}});
  if (!text.badge_label.empty()) items.push_back({LegendItem::Badge, 0, badge_entry_width(text.badge_label), {}});
  if (text.crosscutting) items.push_back({LegendItem::Crosscutting, 0, 110, {}});
  if (text.unlinked) items.push_back({LegendItem::Unlinked, 0, 120, {}});
  for (std::size_t i = 0; i < text.notes.size(); ++i)
    items.push_back({LegendItem::Note, i, text_width(text.notes[i], kSmall) + 14, {}});
  return items;
}

std::vector<LegendItem> place_legend(const FigureText& text, double right) {
  std::vector<LegendItem> items = legend_entries(text);
  double left = kLegendLeft + legend_title_width(text.legend_title);
  Point at{kLegendLeft, kLegendTop};
  for (LegendItem& item : items) {
    const bool own_row = item.kind == LegendItem::Note;
    if (item.kind != LegendItem::Title && at.x > left && (own_row || at.x + item.width > right))
      at = {left, at.y + kLegendRow};
    item.at = at;
    at.x += item.width;
  }
  return items;
}

// The narrowest the legend can be: its title and its widest entry on one row.
double legend_min_width(const FigureText& text) {
  double widest = 0;
  for (const LegendItem& item : legend_entries(text))
    if (item.kind != LegendItem::Title) widest = std::max(widest, item.width);
  return 2 * kLegendLeft + legend_title_width(text.legend_title) + widest;
}

double legend_bottom(const std::vector<LegendItem>& items) {
  return items.empty() ? kLegendTop + kLegendRow : items.back().at.y + kLegendRow;
}

void paint_legend(Painter& painter, const FigureText& text, double right, Point origin) {
  for (const LegendItem& item : place_legend(text, right)) {
    double lx = item.at.x + origin.x, ly = item.at.y + origin.y;
    switch (item.kind) {
      case LegendItem::Title: painter.text(text.legend_title, lx, ly + 8.5, {kSmall, true, kTextColour}); break;
      case LegendItem::Swatch: {
        const FigureText::Swatch& swatch = text.swatches[item.swatch];
        Paint swatch_paint = Paint::filled(swatch.fill).with_stroke(swatch.stroke, swatch.dashed ? 1.1 : 0.8);
        if (swatch.dashed) swatch_paint.dash = {3, 2};
        painter.rect({lx, ly, 16, 10}, 2, swatch_paint);
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
      case LegendItem::Note: painter.text(text.notes[item.swatch], lx, ly + 8.5, {kSmall, false, kTextColour}); break;
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
  if (box.ghost) {  // removed, put back by a comparison: a dashed outline reads as "no longer there" in print
    paint.stroke_colour = kGhostStrokeColour;
    paint.stroke_width = 1.2;
    paint.dash = {5, 3};
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

FigureLayout arrange_figure(const FigureText& text, const Geometry& geometry, double legend_wrap) {
  FigureLayout layout;
  double title_width = std::max({text_width(text.title, kTitleSize, true), text_width(text.instansi, kInstansiSize, true),
                                 text_width(text.period + "    " + text.date, kSmall)}) + 48;
  // The signature block is as wide as its longest line (a long jabatan), at least kSignatureWidth.
  double signature_width = 0;
  if (text.signature)
    signature_width = std::max({kSignatureWidth, text_width(text.signature_place_date, 9.5),
                                text_width(text.penandatangan.jabatan, 9.5), text_width(text.penandatangan.nama, 9.5, true),
                                text_width("NIP. " + text.penandatangan.nip, 9.5)});
  layout.width = std::max({geometry.bounds.width, title_width, legend_min_width(text), signature_width + 48});
  double wrap = legend_wrap > 0 ? std::min(legend_wrap, layout.width) : layout.width;
  layout.legend_right = std::max(wrap - kLegendLeft, legend_min_width(text) - kLegendLeft);
  std::vector<LegendItem> legend = place_legend(text, layout.legend_right);
  if (!legend.empty()) {
    double right = kLegendLeft, bottom = legend_bottom(legend);
    for (const LegendItem& item : legend) right = std::max(right, item.at.x + item.width);
    // An entry's width includes the gap after it, which is not ink.
    layout.legend = {kLegendLeft, kLegendTop, right - 14 - kLegendLeft, bottom - kLegendTop};
  }
  // 92 points with one legend row, as before; each further row adds its height.
  layout.title = {0, 0, layout.width, 92 + legend_bottom(legend) - (kLegendTop + kLegendRow)};
  layout.diagram = {(layout.width - geometry.bounds.width) / 2, layout.title.bottom()};
  layout.height = layout.title.bottom() + geometry.bounds.height;
  if (text.signature) {
    layout.signature = {layout.width - signature_width - 24, layout.height, signature_width, 110};
    layout.height += 130;
  }
  return layout;
}

std::vector<Rect> figure_blocks(const FigureText& text, const Geometry& geometry, const FigureLayout& layout) {
  std::vector<Rect> blocks;
  blocks.reserve(geometry.boxes.size() + 12);
  Point o = layout.diagram;
  for (const Box& box : geometry.boxes) {
    Rect r{box.rect.x + o.x, box.rect.y + o.y, box.rect.width, box.rect.height};
    if (!box.badge.empty()) {
      // paint_badge: a pill 14 high centred on the top edge, reaching a quarter of its width past the right.
      double pill = std::max(14.0, text_width(box.badge, 7.5, true) + 8);
      r = {r.x, r.y - 7, std::max(r.width, r.width + pill * 0.25), r.height + 7};
    }
    blocks.push_back(r);
  }
  // Text rows as paint_figure writes them: baseline minus the font size up to the descenders.
  Point t{layout.title.x, layout.title.y};
  auto line = [&](const std::string& s, double baseline, double size, bool bold) {
    if (!s.empty()) blocks.push_back({t.x + 24, t.y + baseline - size, text_width(s, size, bold), size * 1.3});
  };
  line(text.title, 32, kTitleSize, true);
  line(text.instansi, 50, kInstansiSize, true);
  line(text.period + (text.period.empty() ? "" : "    ") + text.date, 64, kSmall, false);
  for (const LegendItem& item : place_legend(text, layout.legend_right))
    blocks.push_back({t.x + item.at.x, t.y + item.at.y - 2, item.width - 14, 13});
  if (text.signature) blocks.push_back(layout.signature);
  return blocks;
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
    double x = t.x + 24, y = t.y;
    painter.text(text.title, x, y + 32, {kTitleSize, true, kTextColour});
    if (!text.instansi.empty()) painter.text(text.instansi, x, y + 50, {kInstansiSize, true, kDetailColour});
    std::string meta = text.period + (text.period.empty() ? "" : "    ") + text.date;
    painter.text(meta, x, y + 64, {kSmall, false, kDetailColour});
    paint_legend(painter, text, layout.legend_right, {t.x, t.y});
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
