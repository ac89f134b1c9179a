#pragma once
// The Checks panel: the desk review's findings grouped by rule (on a Pemda document first by OPD), filterable by
// severity and text, with the cascade share per level as the evaluators ask for it. A click selects the node (its
// box) and centres it.
#include "app/ui/intents.h"
#include "app/ui/view_state.h"
#include "core/checks/check_document.h"

namespace pokin::ui {

Intents checks_view(const Document& document, const CheckReport& report, ViewState& view);

}  // namespace pokin::ui
