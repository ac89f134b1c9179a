#pragma once
// Turns a view's intent into a core command run by the session's Editor, or into a change of the view state.
// An impossible edit (UserError) leaves the document as it was and becomes the session's message.
#include "app/ui/intents.h"
#include "app/ui/session.h"

namespace pokin::ui {

// Returns false for intents the shell must handle (RequestAction, OpenFile); true when applied (or refused
// with a message).
bool apply_intent(Session& session, const Intent& intent);

// Shows `message` in the status bar (and as an error popup when `error`).
void show_message(ViewState& view, Bilingual message, bool error);

}  // namespace pokin::ui
