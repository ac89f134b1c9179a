#pragma once
// The import preview: a large modal showing (a) the table as read, with the header rows highlighted, each
// column's role in a drop-down above it, the number of header rows, and what each row became; (b) the resulting
// units and sasaran tree; (c) the problems (lines not understood, notes, cells left out). Choosing a role or a
// number of header rows changes `preview.options` and asks for a new run (the shell runs it on the background
// job, so the dialog stays live). Long tables, trees and problem lists are clipped to what is on screen.
#include <string>

#include "app/ui/import_preview.h"
#include "core/model/ids.h"

namespace pokin::ui {

enum class ImportPreviewAnswer { None, Apply, Cancel, SaveProfile, LoadProfile };

// Draws the dialog while `preview.shown`; returns the planner's answer ("Terapkan" only when preview.ready()).
// SaveProfile and LoadProfile leave the dialog open: the shell asks for the profile file.
ImportPreviewAnswer import_preview_view(ImportPreview& preview);

// The ImGui id of column `column`'s role drop-down (0-based source column): the same wherever the table sits, so
// a test can find it on screen.
unsigned int column_role_widget_id(int column);

}  // namespace pokin::ui
