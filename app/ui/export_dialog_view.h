#pragma once
// File > Export: format (SVG, PDF, PNG, DOT, CSV, XLSX), what to export (the whole view or the selected branch),
// paper, orientation, one page or tiled 1:1, the signature block, PNG resolution, and a preview of how the figure
// falls on the pages. The exported view is the canvas's view (levels, fields, collapsed nodes, colours).
#include <optional>

#include "core/export/export_document.h"
#include "core/layout/geometry.h"

namespace pokin::ui {

struct ExportDialogState {
  bool open = false;
  ExportRequest request;
  bool selected_branch_only = false;
};

// Shows the dialog while `state.open`; returns the request (without an output path) when the planner presses
// Export. `figure` is the current geometry, for the tiling preview; `selected` the selected node (for "branch").
std::optional<ExportRequest> export_dialog_view(ExportDialogState& state, const Geometry* figure, Id selected);

// The file extension of a format (".svg", ".pdf", ...).
const char* export_extension(ExportFormat format);

}  // namespace pokin::ui
