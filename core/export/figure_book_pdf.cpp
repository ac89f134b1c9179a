#include "core/export/figure_book_pdf.h"

#include <cairo-pdf.h>

#include <algorithm>
#include <memory>

#include "core/export/cairo_painter.h"
#include "core/export/cairo_stream.h"

namespace pokin {

int write_book_pdf(const std::filesystem::path& path, const FigureBook& book, const PageSetup& setup) {
  PageSize paper = page_size(setup);
  CairoFileStream stream(path);
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_pdf_surface_create_for_stream(&CairoFileStream::write, &stream, paper.width, paper.height),
      &cairo_surface_destroy);
  if (!book.pages.empty()) {
    const FigureText& first = book.pages.front().text;
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE,
                                   (first.title + (first.instansi.empty() ? "" : " - " + first.instansi)).c_str());
  }
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Pokin");
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cairo(cairo_create(surface.get()), &cairo_destroy);
  CairoPainter painter(cairo.get());
  for (const BookPage& page : book.pages) {
    double width = std::max(paper.width, page.width + 2 * setup.margin);
    double height = std::max(paper.height, page.height + 2 * setup.margin);
    cairo_pdf_surface_set_size(surface.get(), width, height);
    cairo_save(cairo.get());
    cairo_translate(cairo.get(), (width - page.width) / 2, setup.margin);
    cairo_scale(cairo.get(), page.scale, page.scale);
    paint_figure(painter, page.text, page.geometry, page.layout, {0, 0, page.layout.width, page.layout.height});
    cairo_restore(cairo.get());
    cairo_show_page(cairo.get());
  }
  cairo.reset();
  cairo_surface_finish(surface.get());
  stream.commit(cairo_surface_status(surface.get()), "PDF", "PDF");
  return static_cast<int>(book.pages.size());
}

}  // namespace pokin
