#pragma once
// The status line: document, period, counts, the selected node's path, zoom, and the last message.
#include "app/ui/view_state.h"
#include "core/commands/editor.h"
#include "core/model/document_counts.h"

namespace pokin::ui {

void status_bar_view(const Document& document, const DocumentCounts& counts, const std::string& title,
                     const ViewState& view);

// "Kepala Dinas › SS1 › SP1.2" for the selection: unit of the top sasaran, then the codes down to it.
std::string selection_path(const Document& document, Id selected);

}  // namespace pokin::ui
