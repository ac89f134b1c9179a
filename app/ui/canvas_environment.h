#pragma once
// What the canvas needs from the platform: the fonts baked for canvas text and a painter for the background
// grid (a GLSL shader in the real window). Tests leave both empty: the canvas then uses ImGui's default font and
// draws the grid with ImDrawList lines.
#include <functional>
#include <vector>

#include "app/ui/camera.h"

struct ImFont;
struct ImDrawList;

namespace pokin::ui {

struct GridRequest {
  float min_x, min_y, max_x, max_y;  // canvas rectangle, screen pixels
  Camera camera;
  float spacing;                     // layout points between minor lines
  unsigned minor_colour, major_colour, background;  // 0xRRGGBB
};

struct CanvasEnvironment {
  // Canvas fonts in ascending baked size; each vector may be empty.
  std::vector<ImFont*> regular;
  std::vector<ImFont*> bold;
  // ImGui font size (ascent - descent) per em of the canvas font: the layout measures in em points.
  double em_ratio = 1.117;
  std::function<void(ImDrawList*, const GridRequest&)> paint_grid;
  // A large UI font for meeting mode's title block; null: the default font, scaled.
  ImFont* title_font = nullptr;
};

// The one environment of this process (set by the platform at start).
CanvasEnvironment& canvas_environment();

}  // namespace pokin::ui
