#pragma once
// The panel layout of the window: menu bar, the left tabs (outline, search, checks, history), the canvas with its
// toolbar, the inspector and the status bar; or, in meeting mode, the tree alone on the whole screen. Returns
// what the panels asked for; the shell runs it.
#include <string>
#include <vector>

#include "app/ui/intents.h"
#include "app/ui/session.h"

namespace pokin::ui {

// Call between ImGui::NewFrame() and ImGui::Render(). `recent_files` fill File > Open recent.
Intents main_window_view(Session& session, const std::vector<std::string>& recent_files);

// Meeting mode: the meeting view over the whole display; F11 asks to leave as Esc does.
Intents meeting_screen_view(Session& session);

}  // namespace pokin::ui
