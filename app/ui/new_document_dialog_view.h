#pragma once
// File > New: the instansi, pemda, Renstra period and the head unit's name of a new document. The document itself
// is built by commands::new_document, the same function `pokin new` calls.
#include <optional>

#include "core/commands/new_document.h"

namespace pokin::ui {

struct NewDocumentDialogState {
  bool open = false;
  commands::NewDocumentOptions options;
};

// Opens the dialog with the usual starting choices (the period 2025-2029).
void open_new_document_dialog(NewDocumentDialogState& state);

// Shows the dialog while `state.open`; returns the choices once the planner presses Create, then
// closes. Create stays disabled while the instansi or the head unit is empty or the period is not plausible.
std::optional<commands::NewDocumentOptions> new_document_dialog_view(NewDocumentDialogState& state);

}  // namespace pokin::ui
