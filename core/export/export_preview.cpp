#include "core/export/export_preview.h"

#include "core/capaian/capaian_warning.h"
#include "core/export/capaian_legend.h"
#include "core/export/change_legend.h"
#include "core/export/tile_plan.h"

namespace pokin {

FigureText export_figure_text(const Document& document, const Geometry& geometry, const LayoutView& view,
                              const ExportRequest& request) {
  const Language language = request.figure_language;
  std::string date = request.date.empty() ? today_indonesian() : request.date;
  FigureText text = make_figure_text(document, geometry, view, date, request.signature);
  if (request.colour == BoxColour::Achievement)
    use_capaian_legend(text, geometry, request.capaian_year, language, request.capaian_coverage);
  if (request.colour == BoxColour::Changes) use_change_legend(text, geometry, language);
  text.notes.insert(text.notes.end(), request.legend_notes.begin(), request.legend_notes.end());
  if (request.badges)
    text.badge_label = language == Language::English ? "Number of check findings (pokin check)"
                                                     : "Jumlah temuan pemeriksaan (pokin check)";
  return text;
}

ExportPreview preview_export(const Document& document, const ExportRequest& request, const Geometry& geometry) {
  ExportPreview preview;
  LayoutView view = request.view;
  if (request.colour == BoxColour::Achievement) {
    view.fields.target_year = request.capaian_year;
    preview.capaian_warning = capaian_year_warning(document, request.capaian_year);
    if (preview.capaian_warning) preview.warnings.push_back(*preview.capaian_warning);
  }
  FigureText text = export_figure_text(document, geometry, view, request);
  ExportPreview measured = measure_figure(request, text, geometry, arrange_figure(text, geometry));
  if (request.format == ExportFormat::Pdf && request.page.pages == Pages::Tile) {
    // The true count is the poster's plan (cuts between boxes), as write_pdf makes it, not the plain grid. Only
    // the dialog needs it beforehand: an export takes the count from write_pdf.
    FigureText poster = poster_text(text, request.page);
    FigureLayout poster_layout = arrange_figure(poster, geometry, content_area(request.page).width);
    measured.printed.pages = static_cast<int>(plan_tiles(request.page, poster, geometry, poster_layout).tiles.size());
  }
  measured.warnings.insert(measured.warnings.begin(), preview.warnings.begin(), preview.warnings.end());
  measured.capaian_warning = preview.capaian_warning;
  return measured;
}

ExportPreview measure_figure(const ExportRequest& request, const FigureText& text, const Geometry& geometry,
                             const FigureLayout& layout) {
  ExportPreview preview;
  preview.width = layout.width;
  preview.height = layout.height;
  preview.printed = printed_text(request.format, request.page, layout.width, layout.height,
                                 smallest_painted_text(text, geometry, layout));
  if (auto warning = small_text_warning(request.format, request.page, preview.printed))
    preview.warnings.push_back(*warning);
  return preview;
}

}  // namespace pokin
