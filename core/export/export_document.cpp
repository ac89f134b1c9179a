#include "core/export/export_document.h"

#include "core/capaian/capaian_decorations.h"
#include "core/capaian/capaian_warning.h"
#include "core/checks/check_document.h"
#include "core/checks/finding_badges.h"
#include "core/export/cascade_table.h"
#include "core/export/csv_export.h"
#include "core/export/docx_figure.h"
#include "core/export/docx_page_geometry.h"
#include "core/export/docx_writer.h"
#include "core/export/dot_export.h"
#include "core/export/export_preview.h"
#include "core/export/figure.h"
#include "core/export/output_file.h"
#include "core/export/pdf_export.h"
#include "core/export/png_export.h"
#include "core/export/svg_export.h"
#include "core/export/xlsx_export.h"
#include "core/layout/layout_service.h"
#include "core/text/bilingual.h"

namespace pokin {

ExportResult export_document(const Document& document, const ExportRequest& request, LayoutService& layout_service) {
  ExportResult result;
  if (request.format == ExportFormat::Csv || request.format == ExportFormat::Xlsx) {
    Table matrix = cascade_matrix(document, request.view);
    Table iku = iku_table(document, request.view);
    if (request.format == ExportFormat::Csv) {
      const Table& table = request.table == ExportTable::Iku ? iku : matrix;
      write_output_file(request.output, table_to_csv(table));
      result.rows = static_cast<int>(table.rows.size());
    } else {
      write_xlsx(request.output, {matrix, iku});
      result.rows = static_cast<int>(matrix.rows.size() + iku.rows.size());
    }
    return result;
  }

  LayoutView view = request.view;
  const Language language = request.figure_language;
  view.fields.language = language;
  if (request.colour == BoxColour::Achievement) {
    if (auto warning = capaian_year_warning(document, request.capaian_year)) result.warnings.push_back(*warning);
    apply_capaian_decorations(view, document, request.capaian_year, language, request.capaian_coverage);
    view.fields.target_year = request.capaian_year;  // target, realisasi and capaian of the same year
    view.fields.realisasi = true;
  }
  if (request.badges) apply_finding_badges(view, document, run_checks(document));
  Geometry geometry = layout_service.layout_now(document, view);
  result.boxes = static_cast<int>(geometry.boxes.size());
  FigureText text = export_figure_text(document, geometry, view, request);
  FigureLayout layout = arrange_figure(text, geometry);
  result.width = layout.width;
  result.height = layout.height;
  if (request.format != ExportFormat::Dot) {
    ExportPreview measured = measure_figure(request, text, geometry, layout);
    result.smallest_text = measured.printed.smallest;
    result.warnings.insert(result.warnings.end(), measured.warnings.begin(), measured.warnings.end());
  }
  switch (request.format) {
    case ExportFormat::Svg: write_output_file(request.output, figure_to_svg(text, geometry)); break;
    case ExportFormat::Dot:
      write_output_file(request.output, geometry_to_dot(geometry, view, text.title + " - " + text.instansi));
      break;
    case ExportFormat::Pdf: {
      PdfPages pdf = write_pdf(request.output, text, geometry, request.page);
      result.pages = pdf.pages;
      result.scale = pdf.scale;
      result.split_boxes = pdf.split_blocks;
      break;
    }
    case ExportFormat::Png: {
      PngSize size = write_png(request.output, text, geometry, request.dpi);
      result.width = size.width;
      result.height = size.height;
      break;
    }
    case ExportFormat::Docx: {
      // One page holding the figure at the page's text width (the figure book will bring one page per branch).
      DocxPage page;
      page.paper = request.page.paper;
      page.orientation = request.page.orientation;
      const bool english = request.language == Language::English;
      DocxDocument word;
      word.title = text.instansi.empty() ? text.title : text.title + " - " + text.instansi;
      word.sections.push_back(figure_pages(
          page, {docx_figure(text, geometry, page, word.title, english ? "Figure" : "Gambar")}));
      write_docx(request.output, word);
      result.scale = figure_extent(page, layout.width, layout.height).scale;
      break;
    }
    default: break;
  }
  return result;
}

ExportResult export_document(const Document& document, const ExportRequest& request) {
  LayoutService layout;
  return export_document(document, request, layout);
}

}  // namespace pokin
