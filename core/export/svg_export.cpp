#include "core/export/svg_export.h"

#include <cstdio>

#include "core/export/xml_text.h"
#include "core/layout/text_metrics.h"

namespace pokin {
namespace {

void append_number(std::string& out, double value) {
  char buffer[32];
  int length = std::snprintf(buffer, sizeof buffer, "%.2f", value);
  while (length > 0 && buffer[length - 1] == '0') --length;
  if (length > 0 && buffer[length - 1] == '.') --length;
  if (length == 2 && buffer[0] == '-' && buffer[1] == '0') {
    buffer[0] = '0';
    length = 1;
  }
  out.append(buffer, length);
}

// ` name="value"` (value as a short decimal, `unit` appended).
void append_attribute(std::string& out, const char* name, double value, const char* unit = "") {
  out += ' ';
  out += name;
  out += "=\"";
  append_number(out, value);
  out += unit;
  out += '"';
}

void append_colour(std::string& out, std::uint32_t colour) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%06x", colour & 0xFFFFFF);
  out += buffer;
}

class SvgPainter : public Painter {
 public:
  explicit SvgPainter(std::string& out) : out_(out) {}

  void rect(const Rect& r, double radius, const Paint& paint) override {
    out_ += "<rect";
    append_attribute(out_, "x", r.x);
    append_attribute(out_, "y", r.y);
    append_attribute(out_, "width", r.width);
    append_attribute(out_, "height", r.height);
    if (radius > 0) {
      append_attribute(out_, "rx", radius);
      append_attribute(out_, "ry", radius);
    }
    attributes(paint);
    out_ += "/>\n";
  }

  void line(Point a, Point b, const Paint& paint) override {
    out_ += "<line";
    append_attribute(out_, "x1", a.x);
    append_attribute(out_, "y1", a.y);
    append_attribute(out_, "x2", b.x);
    append_attribute(out_, "y2", b.y);
    attributes(paint);
    out_ += "/>\n";
  }

  void curve(const std::vector<Point>& points, const Paint& paint) override {
    if (points.empty()) return;
    out_ += "<path d=\"M";
    point(points[0]);
    for (std::size_t i = 1; i + 2 < points.size(); i += 3) {
      out_ += " C";
      point(points[i]);
      out_ += ' ';
      point(points[i + 1]);
      out_ += ' ';
      point(points[i + 2]);
    }
    out_ += '"';
    attributes(paint);
    out_ += "/>\n";
  }

  void polygon(const std::vector<Point>& points, const Paint& paint) override {
    out_ += "<polygon points=\"";
    for (std::size_t i = 0; i < points.size(); ++i) {
      if (i) out_ += ' ';
      point(points[i]);
    }
    out_ += '"';
    attributes(paint);
    out_ += "/>\n";
  }

  void text(const std::string& text, double x, double baseline, const TextPaint& paint) override {
    if (text.empty()) return;
    out_ += "<text";
    append_attribute(out_, "x", x);
    append_attribute(out_, "y", baseline);
    out_ += " font-family=\"";
    out_ += kFontFamilyList;
    out_ += '"';
    append_attribute(out_, "font-size", paint.size);
    if (paint.bold) out_ += " font-weight=\"bold\"";
    out_ += " fill=\"";
    append_colour(out_, paint.colour);
    out_ += "\">";
    append_xml_escaped(out_, text);
    out_ += "</text>\n";
  }

  void begin_group(const std::string& name) override {
    out_ += "<g id=\"";
    append_xml_escaped(out_, name);
    out_ += "\">\n";
  }
  void end_group() override { out_ += "</g>\n"; }

 private:
  void point(Point p) {
    append_number(out_, p.x);
    out_ += ',';
    append_number(out_, p.y);
  }

  void attributes(const Paint& paint) {
    out_ += " fill=\"";
    if (paint.fill) append_colour(out_, paint.fill_colour);
    else out_ += "none";
    out_ += '"';
    if (paint.fill && paint.fill_opacity < 1) append_attribute(out_, "fill-opacity", paint.fill_opacity);
    if (!paint.stroke) {
      out_ += " stroke=\"none\"";
      return;
    }
    out_ += " stroke=\"";
    append_colour(out_, paint.stroke_colour);
    out_ += '"';
    append_attribute(out_, "stroke-width", paint.stroke_width);
    if (paint.stroke_opacity < 1) append_attribute(out_, "stroke-opacity", paint.stroke_opacity);
    if (!paint.dash.empty()) {
      out_ += " stroke-dasharray=\"";
      for (std::size_t i = 0; i < paint.dash.size(); ++i) {
        if (i) out_ += ',';
        append_number(out_, paint.dash[i]);
      }
      out_ += '"';
    }
  }

  std::string& out_;
};

}  // namespace

std::string figure_to_svg(const FigureText& text, const Geometry& geometry, double scale) {
  FigureLayout layout = arrange_figure(text, geometry);
  std::string out;
  out.reserve(1024 + geometry.boxes.size() * 1500);
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n";
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"";
  append_attribute(out, "width", layout.width * scale, "pt");
  append_attribute(out, "height", layout.height * scale, "pt");
  out += " viewBox=\"0 0 ";
  append_number(out, layout.width);
  out += ' ';
  append_number(out, layout.height);
  out += "\" xml:space=\"preserve\">\n<title>";
  append_xml_escaped(out, text.title + (text.instansi.empty() ? "" : " - " + text.instansi));
  out += "</title>\n";
  SvgPainter painter(out);
  painter.rect({0, 0, layout.width, layout.height}, 0, Paint::filled(0xFFFFFF));
  paint_figure(painter, text, geometry, layout, {0, 0, layout.width, layout.height});
  out += "</svg>\n";
  return out;
}

}  // namespace pokin
