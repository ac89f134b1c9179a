#pragma once
// Draws figures with cairo (PDF and PNG surfaces). Text uses cairo's font selection of kFontFamily, which
// fontconfig resolves to Liberation Sans or Arial: the metrics the layout measured with.
#include <cairo.h>

#include "core/export/painter.h"

namespace pokin {

class CairoPainter : public Painter {
 public:
  explicit CairoPainter(cairo_t* cairo) : cairo_(cairo) {}
  void rect(const Rect& rect, double corner_radius, const Paint& paint) override;
  void line(Point from, Point to, const Paint& paint) override;
  void curve(const std::vector<Point>& points, const Paint& paint) override;
  void polygon(const std::vector<Point>& points, const Paint& paint) override;
  void text(const std::string& text, double x, double baseline, const TextPaint& paint) override;

 private:
  void finish(const Paint& paint);
  cairo_t* cairo_;
};

}  // namespace pokin
