#pragma once
// The main menu: File, Edit, View (with theme and language). Returns intents; theme, language and panel toggles
// change the view state directly.
#include <string>
#include <vector>

#include "app/ui/intents.h"
#include "app/ui/view_state.h"
#include "core/commands/editor.h"

namespace pokin::ui {

Intents menu_bar_view(const Editor& editor, ViewState& view, const std::vector<std::string>& recent_files);

}  // namespace pokin::ui
