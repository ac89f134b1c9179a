#include "app/ui/minimap_view.h"

#include <imgui.h>

#include <algorithm>
#include <vector>

#include "app/ui/palette.h"

namespace pokin::ui {

bool minimap_view(ImDrawList* draw_list, const Geometry& geometry, CanvasState& canvas, Theme theme,
                  float canvas_min_x, float canvas_min_y, float canvas_width, float canvas_height) {
  const Rect& bounds = geometry.bounds;
  if (bounds.width <= 0 || bounds.height <= 0 || canvas_width < 300 || canvas_height < 240) return false;
  const float scale_unit = ImGui::GetFontSize() / 16.f;
  const float max_width = 220 * scale_unit, max_height = 150 * scale_unit, margin = 12 * scale_unit;
  const double scale = std::min(max_width / bounds.width, max_height / bounds.height);
  const float width = static_cast<float>(bounds.width * scale), height = static_cast<float>(bounds.height * scale);
  const ImVec2 min(canvas_min_x + canvas_width - width - margin, canvas_min_y + canvas_height - height - margin);
  const ImVec2 max(min.x + width, min.y + height);
  const Palette& colours = palette(theme);

  draw_list->AddRectFilled(ImVec2(min.x - 4, min.y - 4), ImVec2(max.x + 4, max.y + 4),
                           im_colour(colours.minimap_fill, 235), 4);
  draw_list->AddRect(ImVec2(min.x - 4, min.y - 4), ImVec2(max.x + 4, max.y + 4), im_colour(colours.grid_major), 4);
  auto to_map = [&](double x, double y) {
    return ImVec2(min.x + static_cast<float>((x - bounds.x) * scale), min.y + static_cast<float>((y - bounds.y) * scale));
  };
  // Thousands of boxes fall on the same few hundred minimap pixels: draw each pixel once.
  const int columns = static_cast<int>(width) + 2, rows = static_cast<int>(height) + 2;
  std::vector<bool> drawn(static_cast<std::size_t>(columns) * rows, false);
  for (const Box& box : geometry.boxes) {
    ImVec2 a = to_map(box.rect.x, box.rect.y), b = to_map(box.rect.right(), box.rect.bottom());
    if (b.x - a.x < 2 && b.y - a.y < 2) {
      int column = std::clamp(static_cast<int>(a.x - min.x), 0, columns - 1);
      int row = std::clamp(static_cast<int>(a.y - min.y), 0, rows - 1);
      std::vector<bool>::reference cell = drawn[static_cast<std::size_t>(row) * columns + column];
      if (cell) continue;
      cell = true;
      a = ImVec2(min.x + column, min.y + row);
      b = ImVec2(a.x + 1.5f, a.y + 1.5f);
    }
    draw_list->AddRectFilled(a, b, im_colour(level_colours(theme, box.level).border, 200));
  }
  Rect visible = canvas.camera.visible(canvas_width, canvas_height);
  ImVec2 frame_min = to_map(visible.x, visible.y), frame_max = to_map(visible.right(), visible.bottom());
  frame_min = ImVec2(std::max(frame_min.x, min.x - 4), std::max(frame_min.y, min.y - 4));
  frame_max = ImVec2(std::min(frame_max.x, max.x + 4), std::min(frame_max.y, max.y + 4));
  draw_list->AddRect(frame_min, frame_max, im_colour(colours.highlight), 0, 0, 2);

  const ImVec2 mouse = ImGui::GetIO().MousePos;
  bool hovered = mouse.x >= min.x - 4 && mouse.x <= max.x + 4 && mouse.y >= min.y - 4 && mouse.y <= max.y + 4;
  if (hovered && ImGui::IsMouseDown(ImGuiMouseButton_Left) && !canvas.dragging && canvas.drag_source == kNoId) {
    double world_x = bounds.x + (mouse.x - min.x) / scale, world_y = bounds.y + (mouse.y - min.y) / scale;
    canvas.camera.center_on({world_x, world_y}, canvas_width, canvas_height);
  }
  return hovered;
}

}  // namespace pokin::ui
