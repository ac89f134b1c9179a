#pragma once
// How big a figure's text really prints, and a warning when it would print under the smallest readable size.
//
// The figure is drawn in points at 100%; what reaches paper is that times a scale:
//  - PDF, one page: the scale the figure is shrunk by to fit the page (tile_grid); tiled: 1.
//  - SVG and PNG: their natural size (a PNG of `dpi` says so in the file, so Word inserts it at the same size),
//    but Word and Writer shrink a picture wider than the text column to its width. So the size that matters is
//    that of the figure inserted at the text width of an A4 portrait page with Word's default margins
//    (595,3 pt − 2 × 72 pt = 451,3 pt), or its natural size when it is narrower.
// The smallest text is what the painter is asked to draw (box lines, legend, title block), not a guess.
#include <optional>

#include "core/export/export_document.h"
#include "core/export/figure.h"
#include "core/export/page_setup.h"
#include "core/text/bilingual.h"

namespace pokin {

inline constexpr double kDefaultMinText = 7;     // points: the smallest size a printed figure may have
inline constexpr double kA4TextWidth = 451.28;  // points: A4 portrait less Word's default 2,54 cm margins

// The smallest text size (points, at 100%) paint_figure draws for this figure; 0 when it draws no text.
double smallest_painted_text(const FigureText& text, const Geometry& geometry, const FigureLayout& layout);

struct PrintedText {
  double scale = 1;     // figure points -> printed points
  double smallest = 0;  // the smallest text as printed, points
  int pages = 1;        // PDF pages (one page or the tiles); 1 for SVG and PNG
};

// `width` x `height`: the whole figure (FigureLayout) in points; `smallest`: smallest_painted_text.
PrintedText printed_text(ExportFormat format, const PageSetup& page, double width, double height, double smallest);

// "Teks terkecil akan tercetak 0,8 pt ..., di bawah 7 pt. Agar terbaca gunakan --fit A4, --branch ID ..." for
// the command line; nullopt when the text is at least `min_text`.
std::optional<Bilingual> small_text_warning(ExportFormat format, const PageSetup& page, const PrintedText& printed,
                                            double min_text = kDefaultMinText);

// "0,8" / "0.8": a size in points with one decimal, for messages.
std::string format_points(double points, Language language);

}  // namespace pokin
