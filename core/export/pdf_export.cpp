#include "core/export/pdf_export.h"

#include <cairo-pdf.h>

#include <memory>

#include "core/export/cairo_painter.h"
#include "core/export/cairo_stream.h"
#include "core/layout/level_palette.h"
#include "core/layout/text_metrics.h"

namespace pokin {
namespace {

void paint_page_frame(CairoPainter& painter, const PageSetup& setup, const FigureText& text, int page, int pages,
                      const TileGrid& grid, int row, int column) {
  PageSize size = page_size(setup);
  double left = setup.margin, right = size.width - setup.margin;
  TextPaint small{7.5, false, kDetailColour};
  double header_y = setup.margin + 9;
  painter.text(text.instansi, left, header_y, {7.5, true, kDetailColour});
  std::string title = text.title + (text.period.empty() ? "" : " · " + text.period);
  painter.text(title, right - text_width(title, 7.5), header_y, small);
  painter.line({left, setup.margin + setup.header - 6}, {right, setup.margin + setup.header - 6},
               Paint::stroked(0xCBD2D9, 0.6));
  double footer_y = size.height - setup.margin - 4;
  painter.line({left, footer_y - 12}, {right, footer_y - 12}, Paint::stroked(0xCBD2D9, 0.6));
  painter.text(text.date, left, footer_y, small);
  std::string number = "Halaman " + std::to_string(page) + " dari " + std::to_string(pages);
  if (grid.pages() > 1)
    number += "  (baris " + std::to_string(row + 1) + ", kolom " + std::to_string(column + 1) + ")";
  painter.text(number, right - text_width(number, 7.5), footer_y, small);
}

}  // namespace

int write_pdf(const std::filesystem::path& path, const FigureText& text, const Geometry& geometry,
              const PageSetup& setup) {
  FigureLayout layout = arrange_figure(text, geometry);
  TileGrid grid = tile_grid(setup, layout.width, layout.height);
  PageSize size = page_size(setup);
  Rect area = content_area(setup);

  CairoFileStream stream(path);
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_pdf_surface_create_for_stream(&CairoFileStream::write, &stream, size.width, size.height),
      &cairo_surface_destroy);
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, (text.title + " - " + text.instansi).c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Pokin");
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cairo(cairo_create(surface.get()), &cairo_destroy);
  CairoPainter painter(cairo.get());

  double step_x = area.width - setup.overlap, step_y = area.height - setup.overlap;
  int page = 0;
  for (int row = 0; row < grid.rows; ++row)
    for (int column = 0; column < grid.columns; ++column) {
      ++page;
      paint_page_frame(painter, setup, text, page, grid.pages(), grid, row, column);
      cairo_save(cairo.get());
      cairo_rectangle(cairo.get(), area.x, area.y, area.width, area.height);
      cairo_clip(cairo.get());
      Rect visible;
      if (setup.pages == Pages::Fit) {
        // Centre the scaled figure across the page, close to the header.
        double dx = (area.width - layout.width * grid.scale) / 2, dy = (area.height - layout.height * grid.scale) / 2;
        cairo_translate(cairo.get(), area.x + dx, area.y + std::min(dy, 18.0));
        cairo_scale(cairo.get(), grid.scale, grid.scale);
        visible = {0, 0, layout.width, layout.height};
      } else {
        visible = {column * step_x, row * step_y, area.width, area.height};
        cairo_translate(cairo.get(), area.x - visible.x, area.y - visible.y);
      }
      paint_figure(painter, text, geometry, layout, visible);
      cairo_restore(cairo.get());
      cairo_show_page(cairo.get());
    }
  cairo.reset();
  cairo_surface_finish(surface.get());
  stream.commit(cairo_surface_status(surface.get()), "PDF", "PDF");
  return grid.pages();
}

}  // namespace pokin
