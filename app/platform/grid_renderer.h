#pragma once
// Paints the canvas background grid with the GLSL of shaders/grid.{vert,frag} through an ImDrawList callback,
// so a full-window grid costs one quad instead of hundreds of ImGui lines.
#include <imgui.h>

#include "app/ui/canvas_environment.h"

namespace pokin::platform {

class GridRenderer {
 public:
  // Needs a current OpenGL 3.3 context. `ok()` is false when the shaders do not compile (the canvas then falls
  // back to ImDrawList lines).
  GridRenderer();
  ~GridRenderer();
  GridRenderer(const GridRenderer&) = delete;
  GridRenderer& operator=(const GridRenderer&) = delete;

  bool ok() const { return program_ != 0; }
  // Call at the start of each frame: drops the previous frame's requests.
  void begin_frame();
  void paint(ImDrawList* draw_list, const ui::GridRequest& request);

 private:
  static void draw_callback(const ImDrawList* list, const ImDrawCmd* command);

  unsigned program_ = 0;
  unsigned vertex_array_ = 0;
};

}  // namespace pokin::platform
