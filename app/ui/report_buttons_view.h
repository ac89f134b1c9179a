#pragma once
// The buttons under a report window (the import's, the merge's): Copy, "Review in the Checks panel" and OK.
#include <functional>
#include <string>

#include "app/ui/view_state.h"

namespace pokin::ui {

// Copy puts copy_text() on the clipboard; the button tr(review_key) opens the Checks panel; it and OK close the
// popup. Returns true when the report is to be cleared (the popup is closed).
bool report_buttons(const std::function<std::string()>& copy_text, const char* review_key, ViewState& view);

}  // namespace pokin::ui
