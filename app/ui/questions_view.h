#pragma once
// The shell's modal questions about files: unsaved changes when closing, a failed file operation or background
// job, and the offer of a newer recovery copy. Each answer is an intent (RequestAction) the shell runs; an answer
// that needs no action (Cancel, OK) only closes the question.
#include <optional>
#include <string>

#include "app/ui/intents.h"
#include "core/text/bilingual.h"

namespace pokin::ui {

struct QuestionsState {
  bool unsaved_changes = false;    // the window is closing with unsaved changes
  std::optional<Bilingual> error;  // what failed, until the planner presses OK
};

// `document_title` names the document in the unsaved-changes question; `recovery_offered` shows the recovery
// question. Answers: SaveAndQuit, QuitWithoutSaving, OpenRecovery, IgnoreRecovery.
Intents questions_view(QuestionsState& state, const std::string& document_title, bool recovery_offered);

}  // namespace pokin::ui
