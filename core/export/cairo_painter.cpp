#include "core/export/cairo_painter.h"

#include <algorithm>
#include <cmath>

#include "core/export/xml_text.h"
#include "core/layout/text_metrics.h"

namespace pokin {
namespace {

void set_colour(cairo_t* cairo, std::uint32_t colour, double opacity) {
  cairo_set_source_rgba(cairo, ((colour >> 16) & 0xFF) / 255.0, ((colour >> 8) & 0xFF) / 255.0, (colour & 0xFF) / 255.0,
                        opacity);
}

}  // namespace

void CairoPainter::finish(const Paint& paint) {
  if (paint.fill) {
    set_colour(cairo_, paint.fill_colour, paint.fill_opacity);
    if (paint.stroke) cairo_fill_preserve(cairo_);
    else cairo_fill(cairo_);
  }
  if (paint.stroke) {
    set_colour(cairo_, paint.stroke_colour, paint.stroke_opacity);
    cairo_set_line_width(cairo_, paint.stroke_width);
    cairo_set_dash(cairo_, paint.dash.empty() ? nullptr : paint.dash.data(), static_cast<int>(paint.dash.size()), 0);
    cairo_stroke(cairo_);
  }
  cairo_new_path(cairo_);
}

void CairoPainter::rect(const Rect& r, double radius, const Paint& paint) {
  if (radius <= 0) {
    cairo_rectangle(cairo_, r.x, r.y, r.width, r.height);
  } else {
    radius = std::min({radius, r.width / 2, r.height / 2});
    cairo_new_sub_path(cairo_);
    cairo_arc(cairo_, r.right() - radius, r.y + radius, radius, -M_PI / 2, 0);
    cairo_arc(cairo_, r.right() - radius, r.bottom() - radius, radius, 0, M_PI / 2);
    cairo_arc(cairo_, r.x + radius, r.bottom() - radius, radius, M_PI / 2, M_PI);
    cairo_arc(cairo_, r.x + radius, r.y + radius, radius, M_PI, 3 * M_PI / 2);
    cairo_close_path(cairo_);
  }
  finish(paint);
}

void CairoPainter::line(Point from, Point to, const Paint& paint) {
  cairo_move_to(cairo_, from.x, from.y);
  cairo_line_to(cairo_, to.x, to.y);
  finish(paint);
}

void CairoPainter::curve(const std::vector<Point>& points, const Paint& paint) {
  if (points.empty()) return;
  cairo_move_to(cairo_, points[0].x, points[0].y);
  for (std::size_t i = 1; i + 2 < points.size(); i += 3)
    cairo_curve_to(cairo_, points[i].x, points[i].y, points[i + 1].x, points[i + 1].y, points[i + 2].x, points[i + 2].y);
  finish(paint);
}

void CairoPainter::polygon(const std::vector<Point>& points, const Paint& paint) {
  if (points.empty()) return;
  cairo_move_to(cairo_, points[0].x, points[0].y);
  for (std::size_t i = 1; i < points.size(); ++i) cairo_line_to(cairo_, points[i].x, points[i].y);
  cairo_close_path(cairo_);
  finish(paint);
}

void CairoPainter::text(const std::string& text, double x, double baseline, const TextPaint& paint) {
  if (text.empty()) return;
  cairo_select_font_face(cairo_, kFontFamily, CAIRO_FONT_SLANT_NORMAL,
                         paint.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cairo_, paint.size);
  set_colour(cairo_, paint.colour, 1);
  cairo_move_to(cairo_, x, baseline);
  cairo_show_text(cairo_, valid_utf8(text).c_str());
  cairo_new_path(cairo_);
}

}  // namespace pokin
