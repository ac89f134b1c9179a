#pragma once
// What an export will print, known before it is written: the figure text (title block, legend) exactly as
// export_document builds it, and from it the true page count and the smallest text as printed, with the
// warnings the export would give. The app's export dialog shows these as the planner changes the options.
//
// The preview measures around a geometry the caller already has (the canvas's), so it costs no layout; the
// export lays the view out again in the figure's language, so box sizes can differ by a word's width.
#include <optional>
#include <vector>

#include "core/export/export_document.h"
#include "core/export/figure.h"
#include "core/export/printed_text.h"

namespace pokin {

// The title block and legend of an exported figure: level swatches or the capaian bands of the request's year,
// the badge entry when badges are asked for, all in request.figure_language.
FigureText export_figure_text(const Document& document, const Geometry& geometry, const LayoutView& view,
                              const ExportRequest& request);

struct ExportPreview {
  PrintedText printed;  // scale, smallest text as printed, pages
  double width = 0;     // the whole figure at 100%, points
  double height = 0;
  std::vector<Bilingual> warnings;  // as ExportResult::warnings
  std::optional<Bilingual> capaian_warning;  // the one of them about the coloured year (capaian_warning.h)
};

ExportPreview preview_export(const Document& document, const ExportRequest& request, const Geometry& geometry);

// The part both the preview and the export measure: a figure already composed (text and geometry) on the
// request's format and paper, with the small-text warning.
ExportPreview measure_figure(const ExportRequest& request, const FigureText& text, const Geometry& geometry,
                             const FigureLayout& layout);

}  // namespace pokin
