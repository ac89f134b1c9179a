#include "app/ui/canvas_detail.h"

#include <algorithm>

namespace pokin::ui {

double badge_radius(const Box& box, double zoom, double full_radius) {
  const double box_side = std::min(box.rect.width, box.rect.height) * zoom;
  return std::min({full_radius * zoom, full_radius * 1.5, box_side / 4});
}

}  // namespace pokin::ui
