#pragma once
// Fonts: the UI in DejaVu Sans, canvas text in Liberation Sans (metric-compatible with Arial, the font the
// layout measures with, so text fits its boxes), rasterised by FreeType at a few sizes and the screen's scale.
#include <imgui.h>

namespace pokin::platform {

struct UiFonts {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;
  ImFont* large = nullptr;  // meeting mode title block
};

// Builds the font atlas (call before the renderer creates its texture) and fills ui::canvas_environment().
UiFonts load_fonts(float scale);

}  // namespace pokin::platform
