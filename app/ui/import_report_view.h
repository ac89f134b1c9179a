#pragma once
// The report after an import (what was read, suggested links, lines not understood), with Copy, "Review in the
// Checks panel" and OK. Shown while `report` holds text; closing clears it.
#include <optional>
#include <string>

#include "app/ui/view_state.h"

namespace pokin::ui {

void import_report_view(std::optional<std::string>& report, ViewState& view);

}  // namespace pokin::ui
