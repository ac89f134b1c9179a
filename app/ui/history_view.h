#pragma once
// The undo history as a list: redoable steps greyed above, done steps below, the current state marked.
// A click on an entry undoes or redoes up to it.
#include "app/ui/intents.h"
#include "core/commands/editor.h"

namespace pokin::ui {

Intents history_view(const Editor& editor);

}  // namespace pokin::ui
