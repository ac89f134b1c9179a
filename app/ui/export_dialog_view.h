#pragma once
// File > Export: a figure or an official form (form_export_options_view.h); for figures the format (SVG, PDF,
// PNG, DOT, CSV, XLSX, DOCX), what to export (the whole view or the selected branch),
// paper, orientation, one page or tiled 1:1, the signature block, PNG resolution, and a preview of how the figure
// falls on the pages. The exported view is the canvas's view (levels, fields, collapsed nodes, colours).
//
// An export is a document, not a screenshot: the figure's language is chosen here (Indonesian by default,
// whatever the interface speaks) and check badges are off unless ticked. For figures the dialog says what will
// really print: the page count of the whole figure (title block, legend and signature included) and the smallest
// text as printed (PDF on its paper, SVG/PNG at A4 text width, core/export/printed_text.h), with a warning and
// what to do when it is under 7 pt, and a warning when the coloured year has no realisasi.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/export/export_document.h"
#include "core/export/export_preview.h"
#include "core/layout/geometry.h"

namespace pokin::ui {

struct ExportDialogState {
  bool open = false;
  ExportRequest request;  // the caller keeps view, colour and year in step with the canvas
  bool selected_branch_only = false;
  // An official form instead of a figure; `form` keeps the form's options while the planner switches.
  bool form_chosen = false;
  FormRequest form;
  // The figure book's real pages (request.fit), planned by the shell on its background job when the planner asks
  // (`book_wanted`): planning a Pemda-size book takes seconds. `book_key` (book_preview_key) names the options they
  // were planned for; other options show the button again.
  bool book_wanted = false;
  bool book_planning = false;
  std::shared_ptr<const BookPreview> book;
  std::string book_key;
  // The preview of the options last shown, measured again only when they change.
  std::string preview_key;
  std::optional<ExportPreview> preview;
  // The lines the dialog showed under the options in its last frame (summary, then warnings), in the interface
  // language: kept so a test can read what the planner read.
  std::vector<std::string> shown;
};

// Shows the dialog while `state.open`; returns the request (without an output path) when the planner presses
// Export. `figure` is the current geometry, for the page count and text size; `selected` the selected node (for
// "branch").
std::optional<ExportRequest> export_dialog_view(ExportDialogState& state, const Document& document,
                                                const Geometry* figure, Id selected);

// "2 halaman A4 · teks terkecil 0,8 pt" / "1 page A4 · smallest text 0.8 pt" (PDF), "21,3 × 9,1 cm · teks
// terkecil 3 pt selebar teks A4" (SVG, PNG): what the dialog shows under the options, in the interface language.
std::string export_print_summary(ExportFormat format, const PageSetup& page, const ExportPreview& preview);

// Everything a figure book's pages depend on: format, paper, orientation, smallest text, branch, levels,
// colouring, badges and the figure's language.
std::string book_preview_key(const ExportRequest& request);

// The file extension of a format (".svg", ".pdf", ...).
const char* export_extension(ExportFormat format);

}  // namespace pokin::ui
