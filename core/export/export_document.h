#pragma once
// One entry point for every export, used by `pokin export` and the app's export panel: has the view laid out by
// a LayoutService (the one that owns Graphviz, as for the canvas) and writes the chosen format.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/export/figure_book.h"
#include "core/export/form_csv.h"
#include "core/export/page_setup.h"
#include "core/forms/form_request.h"
#include "core/layout/layout_service.h"
#include "core/model/document.h"
#include "core/text/bilingual.h"
#include "core/view/layout_view.h"

namespace pokin {

enum class ExportFormat { Svg, Pdf, Png, Dot, Csv, Xlsx, Docx };
enum class ExportTable { Matrix, Iku };  // for CSV; XLSX holds both
enum class BoxColour {
  Level,        // each level its own calm colour, with a legend of the levels
  Achievement,  // each box its capaian band of `capaian_year` (rolled up for sasaran), with the band legend
  Changes,      // a comparison (core/compare/diff_figure.h): the view's decorations carry the marks; their legend
};

// A figure that fits real paper (SVG, PDF, PNG): the view laid out with LayoutStyle::Fitted and, when it does
// not fit one page with its text at least min_text points, split into a figure book (figure_book.h) on the
// paper, orientation and margins of ExportRequest::page. PDF: one file, all pages; SVG and PNG: one file per page
// (page_file_names.h).
struct FitRequest {
  double min_text = 7;  // points, as printed
};

struct ExportRequest {
  ExportFormat format = ExportFormat::Svg;
  std::filesystem::path output;
  LayoutView view;
  PageSetup page;
  int dpi = 300;
  bool signature = false;  // PDF/SVG/PNG: the penandatangan block under the figure
  ExportTable table = ExportTable::Matrix;
  std::string date;  // the printed date; empty = today
  // Figures (SVG/PDF/PNG/DOT): colour by level or by achievement (boxes then show each indicator's target,
  // realisasi and capaian of `capaian_year`); the number of check findings on each box.
  BoxColour colour = BoxColour::Level;
  int capaian_year = 0;  // the year for BoxColour::Achievement (a year of the period)
  bool badges = false;  // a document, not a screenshot: no check badges unless asked for
  // The figure is a document for readers, not a copy of the planner's screen: its labels, capaian and legend are
  // in `figure_language` (Indonesian unless asked), whatever language the interface speaks. `language` is the
  // interface's; the figure never uses it.
  Language figure_language = Language::Indonesian;
  Language language = Language::Indonesian;
  // Colour by achievement: a roll-up on less than this share of its indicators gets no band ("data belum
  // lengkap", core/capaian/capaian_rollup.h).
  double capaian_coverage = 0.5;
  std::optional<FitRequest> fit;  // SVG/PDF/PNG only; request.style and request.page.pages are then unused
  // An official form (core/forms) instead of a figure: XLSX, DOCX, PDF or CSV, built by build_forms.
  std::optional<FormRequest> form;
  CsvStyle csv;  // CSV of a form: separator and decimal mark
  // Figures: lines printed after the legend's entries (a comparison: DiffFigure::legend_notes, the changes no box
  // shows), in figure_language.
  std::vector<std::string> legend_notes;
};

struct ExportResult {
  int pages = 1;          // PDF and DOCX pages written
  int boxes = 0;          // boxes drawn
  int rows = 0;           // table rows written (CSV/XLSX)
  // With ExportRequest::fit: the files written in page order (one for PDF); `warnings` then names the pages
  // that could not be made to fit at min_text.
  std::vector<std::filesystem::path> files;
  double width = 0;       // figure size in points (PNG: pixels)
  double height = 0;
  double scale = 1;       // PDF fit, DOCX: how much the figure was scaled to fit the page
  // Figures: the smallest text as printed, in points (printed_text.h: PDF on its page, SVG/PNG inserted at A4
  // text width), and what the planner should know (text under kDefaultMinText, a year without realisasi).
  double smallest_text = 0;
  std::vector<Bilingual> warnings;
  int split_boxes = 0;    // PDF tile: boxes bigger than a page, which a page edge had to cut (warn)
};

// Figures are laid out by `layout` (LayoutService::layout_now, from any thread); the two-argument form starts a
// LayoutService of its own for this export (the command line, tests). Throws UserError for anything the user can
// fix (unknown branch, PNG too large, file not writable).
ExportResult export_document(const Document& document, const ExportRequest& request, LayoutService& layout);
ExportResult export_document(const Document& document, const ExportRequest& request);

// The pages a figure-book export (request.fit) would write, planned exactly as export_document plans them but
// written nowhere: what the export dialog previews. `warnings`: the capaian year's, then the book's.
struct BookPreview {
  FigureBook book;
  std::vector<Bilingual> warnings;
};
BookPreview preview_book(const Document& document, const ExportRequest& request, LayoutService& layout);

}  // namespace pokin
