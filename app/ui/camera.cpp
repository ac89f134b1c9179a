#include "app/ui/camera.h"

#include <algorithm>

namespace pokin::ui {

void Camera::zoom_around(Point screen, Point canvas_min, double factor) {
  Point anchor = to_world(screen, canvas_min);
  zoom = std::clamp(zoom * factor, kMinZoom, kMaxZoom);
  origin_x = anchor.x - (screen.x - canvas_min.x) / zoom;
  origin_y = anchor.y - (screen.y - canvas_min.y) / zoom;
}

void Camera::fit(const Rect& world, double canvas_width, double canvas_height, double margin_pixels) {
  double usable_width = std::max(1.0, canvas_width - 2 * margin_pixels);
  double usable_height = std::max(1.0, canvas_height - 2 * margin_pixels);
  double width = std::max(world.width, 1.0), height = std::max(world.height, 1.0);
  zoom = std::clamp(std::min(usable_width / width, usable_height / height), kMinZoom, 2.0);
  center_on({world.x + world.width / 2, world.y + world.height / 2}, canvas_width, canvas_height);
}

void Camera::center_on(Point world_point, double canvas_width, double canvas_height) {
  origin_x = world_point.x - canvas_width / 2 / zoom;
  origin_y = world_point.y - canvas_height / 2 / zoom;
}

}  // namespace pokin::ui
