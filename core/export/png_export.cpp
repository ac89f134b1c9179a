#include "core/export/png_export.h"

#include <cmath>
#include <memory>

#include "core/export/cairo_painter.h"
#include "core/export/cairo_stream.h"

namespace pokin {
namespace {

constexpr int kMaxSide = 32767;                 // cairo's image surface limit
constexpr double kMaxPixels = 400.0 * 1000 * 1000;  // 1.6 GB of RGBA: beyond this a planner's PC gives up

using Surface = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

PngSize pixel_size(const FigureLayout& layout, double pixels_per_point) {
  double width = std::ceil(layout.width * pixels_per_point), height = std::ceil(layout.height * pixels_per_point);
  if (width > kMaxSide || height > kMaxSide || width * height > kMaxPixels) {
    std::string size = std::to_string(static_cast<long long>(width)) + " x " + std::to_string(static_cast<long long>(height));
    throw UserError("Gambar PNG akan berukuran " + size + " piksel, melebihi batas 32.767 piksel per sisi. "
                    "Gunakan PDF bertile (-f pdf --pages tile), satu cabang (--branch ID), lebih sedikit level "
                    "(--levels N) atau DPI lebih kecil.",
                    "The PNG would be " + size + " pixels, beyond the limit of 32,767 pixels per side. "
                    "Use a tiled PDF (-f pdf --pages tile), one branch (--branch ID), fewer levels (--levels N) "
                    "or a lower DPI.");
  }
  return {std::max(1, static_cast<int>(width)), std::max(1, static_cast<int>(height))};
}

Surface render(const FigureText& text, const Geometry& geometry, PngSize size, double pixels_per_point) {
  FigureLayout layout = arrange_figure(text, geometry);
  Surface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, size.width, size.height), &cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cairo(cairo_create(surface.get()), &cairo_destroy);
  cairo_set_source_rgb(cairo.get(), 1, 1, 1);
  cairo_paint(cairo.get());
  cairo_scale(cairo.get(), pixels_per_point, pixels_per_point);
  CairoPainter painter(cairo.get());
  paint_figure(painter, text, geometry, layout, {0, 0, layout.width, layout.height});
  return surface;
}

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

PngSize png_size(const FigureText& text, const Geometry& geometry, int dpi) {
  if (dpi < 24 || dpi > 2400)
    throw UserError("DPI " + std::to_string(dpi) + " di luar batas 24-2400.", "DPI " + std::to_string(dpi) + " is outside 24-2400.");
  return pixel_size(arrange_figure(text, geometry), dpi / 72.0);
}

PngSize write_png(const std::filesystem::path& path, const FigureText& text, const Geometry& geometry, int dpi) {
  PngSize size = png_size(text, geometry, dpi);
  Surface surface = render(text, geometry, size, dpi / 72.0);
  CairoFileStream stream(path);
  cairo_status_t status = cairo_surface_write_to_png_stream(surface.get(), &CairoFileStream::write, &stream);
  stream.commit(status, "PNG", "PNG");
  return size;
}

std::string figure_to_png(const FigureText& text, const Geometry& geometry, double pixels_per_point) {
  PngSize size = pixel_size(arrange_figure(text, geometry), pixels_per_point);
  Surface surface = render(text, geometry, size, pixels_per_point);
  std::string bytes;
  cairo_status_t status = cairo_surface_write_to_png_stream(surface.get(), &append_to_string, &bytes);
  if (status != CAIRO_STATUS_SUCCESS)
    throw UserError(std::string("PNG gagal disusun: ") + cairo_status_to_string(status),
                    std::string("Rendering the PNG failed: ") + cairo_status_to_string(status));
  return bytes;
}

}  // namespace pokin
