#pragma once
// SVG that Word and LibreOffice accept (see docs: "SVG that survives Word and LibreOffice"): real <text> with the
// font named plus generic fallbacks, presentation attributes only (no CSS, classes, markers, clip paths, use or
// foreignObject), #rrggbb colours with *-opacity, width/height in pt with a viewBox, xmlns and xmlns:xlink,
// every user text XML-escaped. The figure carries a title block with instansi, period, date and legend.
#include <string>

#include "core/export/figure.h"

namespace pokin {

// `scale` sizes the drawing (width and height in points are the figure's times scale; the viewBox stays the
// figure's own), for a page of a figure book that prints smaller or larger than 100%.
std::string figure_to_svg(const FigureText& text, const Geometry& geometry, double scale = 1);

}  // namespace pokin
