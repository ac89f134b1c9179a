#pragma once
// The canvas camera: which point of the layout (in points) sits at the top left of the canvas, and how many
// screen pixels one point takes. Pure arithmetic, tested without a window.
#include "core/layout/geometry.h"

namespace pokin::ui {

struct Camera {
  double origin_x = 0;  // layout point shown at the canvas's top left
  double origin_y = 0;
  double zoom = 1;      // screen pixels per layout point

  static constexpr double kMinZoom = 0.001;
  static constexpr double kMaxZoom = 8;

  Point to_screen(Point world, Point canvas_min) const {
    return {canvas_min.x + (world.x - origin_x) * zoom, canvas_min.y + (world.y - origin_y) * zoom};
  }
  Point to_world(Point screen, Point canvas_min) const {
    return {origin_x + (screen.x - canvas_min.x) / zoom, origin_y + (screen.y - canvas_min.y) / zoom};
  }
  // Zooms by `factor`, keeping the layout point under `screen` where it is.
  void zoom_around(Point screen, Point canvas_min, double factor);
  // Shows all of `world` inside a canvas of the given size, with a margin, centred.
  void fit(const Rect& world, double canvas_width, double canvas_height, double margin_pixels = 24);
  // Puts `world_point` in the middle of the canvas, keeping the zoom.
  void center_on(Point world_point, double canvas_width, double canvas_height);
  // The layout rectangle visible in a canvas of that size.
  Rect visible(double canvas_width, double canvas_height) const {
    return {origin_x, origin_y, canvas_width / zoom, canvas_height / zoom};
  }
};

}  // namespace pokin::ui
