#pragma once
// A printed figure (figure.h) as a DocxFigure: its SVG, and a PNG fallback rendered at the size it will have on
// `page` (figure_extent), so a 2 m wide tree does not become a 30,000-pixel picture nor a small branch a blurred one.
#include <string>

#include "core/export/docx_document.h"
#include "core/export/figure.h"

namespace pokin {

// `fallback_ppi`: pixels per inch of the printed size for the PNG (200 prints sharp enough and stays small).
// Throws UserError when the PNG cannot be rendered.
DocxFigure docx_figure(const FigureText& text, const Geometry& geometry, const DocxPage& page, std::string caption,
                       std::string caption_label = "Gambar", double fallback_ppi = 200);

}  // namespace pokin
