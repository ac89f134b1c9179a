#include "core/export/pdf_export.h"

#include <cairo-pdf.h>

#include <algorithm>
#include <memory>

#include "core/export/cairo_painter.h"
#include "core/export/cairo_stream.h"
#include "core/export/tile_marks.h"
#include "core/export/tile_plan.h"
#include "core/layout/level_palette.h"
#include "core/layout/text_metrics.h"

namespace pokin {
namespace {

// Header and footer; `piece` names the poster piece ("B2") and `map` is where the assembly map goes (empty for
// a fitted page).
void paint_page_frame(CairoPainter& painter, const PageSetup& setup, const FigureText& text, int page, int pages,
                      const std::string& piece, Rect* map) {
  PageSize size = page_size(setup);
  double left = setup.margin, right = size.width - setup.margin;
  TextPaint small{7.5, false, kDetailColour};
  double header_y = setup.margin + 9;
  std::string title = text.title + (text.period.empty() ? "" : " · " + text.period);
  // On a narrow page the instansi gives way to the title: shortened at a word, with an ellipsis.
  std::string instansi = text.instansi;
  double room = right - left - text_width(title, 7.5) - 12;
  if (text_width(instansi, 7.5, true) > room) {
    while (!instansi.empty() && text_width(instansi + " …", 7.5, true) > room) {
      std::size_t space = instansi.find_last_of(' ');
      instansi.resize(space == std::string::npos ? 0 : space);
    }
    if (!instansi.empty()) instansi += " …";
  }
  painter.text(instansi, left, header_y, {7.5, true, kDetailColour});
  painter.text(title, right - text_width(title, 7.5), header_y, small);
  painter.line({left, setup.margin + setup.header - 6}, {right, setup.margin + setup.header - 6},
               Paint::stroked(0xCBD2D9, 0.6));
  double footer_y = size.height - setup.margin - 4;
  painter.line({left, footer_y - 12}, {right, footer_y - 12}, Paint::stroked(0xCBD2D9, 0.6));
  painter.text(text.date, left, footer_y, small);
  std::string number = "Halaman " + std::to_string(page) + " dari " + std::to_string(pages);
  if (!piece.empty()) number += " · potongan " + piece;
  painter.text(number, right - text_width(number, 7.5), footer_y, small);
  if (map) {
    double from = left + text_width(text.date, 7.5) + 16, to = right - text_width(number, 7.5) - 16;
    double width = std::min(180.0, to - from);
    *map = {(from + to - width) / 2, footer_y - 9, width, 18};
  }
}

struct PdfSurface {
  PdfSurface(const std::filesystem::path& path, const FigureText& text, PageSize size)
      : stream(path),
        surface(cairo_pdf_surface_create_for_stream(&CairoFileStream::write, &stream, size.width, size.height),
                &cairo_surface_destroy) {
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, (text.title + " - " + text.instansi).c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Pokin");
    cairo.reset(cairo_create(surface.get()));
  }
  void finish() {
    cairo.reset();
    cairo_surface_finish(surface.get());
    stream.commit(cairo_surface_status(surface.get()), "PDF", "PDF");
  }
  CairoFileStream stream;
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface;
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cairo{nullptr, &cairo_destroy};
};

PdfPages write_fitted(const std::filesystem::path& path, const FigureText& text, const Geometry& geometry,
                      const PageSetup& setup) {
  FigureLayout layout = arrange_figure(text, geometry);
  TileGrid grid = tile_grid(setup, layout.width, layout.height);
  Rect area = content_area(setup);
  PdfSurface pdf(path, text, page_size(setup));
  CairoPainter painter(pdf.cairo.get());
  paint_page_frame(painter, setup, text, 1, 1, "", nullptr);
  cairo_t* cairo = pdf.cairo.get();
  cairo_save(cairo);
  cairo_rectangle(cairo, area.x, area.y, area.width, area.height);
  cairo_clip(cairo);
  // Centre the scaled figure across the page, close to the header.
  double dx = (area.width - layout.width * grid.scale) / 2, dy = (area.height - layout.height * grid.scale) / 2;
  cairo_translate(cairo, area.x + dx, area.y + std::min(dy, 18.0));
  cairo_scale(cairo, grid.scale, grid.scale);
  paint_figure(painter, text, geometry, layout, {0, 0, layout.width, layout.height});
  cairo_restore(cairo);
  cairo_show_page(cairo);
  pdf.finish();
  return {1, grid.scale, 0};
}

PdfPages write_poster(const std::filesystem::path& path, const FigureText& figure_text, const Geometry& geometry,
                      const PageSetup& setup) {
  Rect area = content_area(setup);
  FigureText text = poster_text(figure_text, setup);
  // The legend wraps to one page's width, so it is read on the first page instead of across several.
  FigureLayout layout = arrange_figure(text, geometry, area.width);
  TilePlan plan = plan_tiles(setup, text, geometry, layout);
  PdfSurface pdf(path, figure_text, page_size(setup));
  CairoPainter painter(pdf.cairo.get());
  cairo_t* cairo = pdf.cairo.get();
  int pages = static_cast<int>(plan.tiles.size());
  for (int i = 0; i < pages; ++i) {
    const Tile& tile = plan.tiles[i];
    bool poster = pages > 1;
    Rect map;
    paint_page_frame(painter, setup, figure_text, i + 1, pages, poster ? tile.label() : "", poster ? &map : nullptr);
    if (poster) paint_glue_bands(painter, setup, plan, i);
    cairo_save(cairo);
    cairo_rectangle(cairo, area.x, area.y, tile.window.width, tile.window.height);
    cairo_clip(cairo);
    cairo_translate(cairo, area.x - tile.window.x, area.y - tile.window.y);
    paint_figure(painter, text, geometry, layout, tile.window);
    cairo_restore(cairo);
    if (poster) {
      paint_cut_marks(painter, setup, plan, i);
      paint_assembly_map(painter, plan, i, map);
      if (i == 0) painter.text(assembly_instructions(), area.x, area.y + tile.window.height + setup.marks - 3,
                               {6, false, kDetailColour});
    }
    cairo_show_page(cairo);
  }
  pdf.finish();
  return {pages, 1, plan.split_blocks};
}

}  // namespace

PdfPages write_pdf(const std::filesystem::path& path, const FigureText& text, const Geometry& geometry,
                   const PageSetup& setup) {
  return setup.pages == Pages::Tile ? write_poster(path, text, geometry, setup)
                                    : write_fitted(path, text, geometry, setup);
}

}  // namespace pokin
