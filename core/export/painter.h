#pragma once
// The few drawing operations a figure needs, so one piece of code (figure.h) draws the pohon kinerja for SVG,
// PDF and PNG alike. Coordinates in points, y downwards. Implementations: SvgPainter, CairoPainter.
#include <cstdint>
#include <string>
#include <vector>

#include "core/layout/geometry.h"

namespace pokin {

struct Paint {
  bool fill = false;
  std::uint32_t fill_colour = 0;  // 0xRRGGBB
  double fill_opacity = 1;
  bool stroke = false;
  std::uint32_t stroke_colour = 0;
  double stroke_width = 1;
  double stroke_opacity = 1;
  std::vector<double> dash;  // empty = solid

  static Paint filled(std::uint32_t colour, double opacity = 1) {
    Paint p;
    p.fill = true;
    p.fill_colour = colour;
    p.fill_opacity = opacity;
    return p;
  }
  static Paint stroked(std::uint32_t colour, double width, std::vector<double> dash = {}) {
    Paint p;
    p.stroke = true;
    p.stroke_colour = colour;
    p.stroke_width = width;
    p.dash = std::move(dash);
    return p;
  }
  Paint& with_stroke(std::uint32_t colour, double width) {
    stroke = true;
    stroke_colour = colour;
    stroke_width = width;
    return *this;
  }
};

struct TextPaint {
  double size = 10;
  bool bold = false;
  std::uint32_t colour = 0;
};

class Painter {
 public:
  virtual ~Painter() = default;
  virtual void rect(const Rect& rect, double corner_radius, const Paint& paint) = 0;
  virtual void line(Point from, Point to, const Paint& paint) = 0;
  // Cubic Bézier chain: first point, then (control, control, end) triples.
  virtual void curve(const std::vector<Point>& points, const Paint& paint) = 0;
  virtual void polygon(const std::vector<Point>& points, const Paint& paint) = 0;
  // Text with its baseline at y, starting at x (UTF-8, drawn literally).
  virtual void text(const std::string& text, double x, double baseline, const TextPaint& paint) = 0;
  // Groups are a courtesy for editors (Inkscape, Word's "ungroup"); a painter may ignore them.
  virtual void begin_group(const std::string& name) {}
  virtual void end_group() {}
};

}  // namespace pokin
