#include "core/export/docx_figure.h"

#include <algorithm>
#include <utility>

#include "core/export/docx_page_geometry.h"
#include "core/export/png_export.h"
#include "core/export/svg_export.h"

namespace pokin {

DocxFigure docx_figure(const FigureText& text, const Geometry& geometry, const DocxPage& page, std::string caption,
                       std::string caption_label, double fallback_ppi) {
  FigureLayout layout = arrange_figure(text, geometry);
  DocxFigure figure;
  figure.width = layout.width;
  figure.height = layout.height;
  figure.caption = std::move(caption);
  figure.caption_label = std::move(caption_label);
  figure.svg = figure_to_svg(text, geometry);
  // A small figure enlarged to the page needs no more than 4 pixels per point of its own (288 DPI) to stay sharp.
  const double pixels_per_point = std::min(4.0, figure_extent(page, layout.width, layout.height).scale * fallback_ppi / 72.0);
  figure.png = figure_to_png(text, geometry, pixels_per_point);
  return figure;
}

}  // namespace pokin
