#pragma once
// PNG at a chosen DPI (cairo). Refuses sizes beyond cairo's 32,767-pixel limit (and beyond a sane memory budget)
// with a message proposing a tiled PDF, a branch or fewer levels.
#include <filesystem>
#include <string>

#include "core/export/figure.h"

namespace pokin {

struct PngSize {
  int width = 0;
  int height = 0;
};

// The pixel size of the figure at `dpi`; throws UserError when it cannot be rendered.
PngSize png_size(const FigureText& text, const Geometry& geometry, int dpi);
PngSize write_png(const std::filesystem::path& path, const FigureText& text, const Geometry& geometry, int dpi);

// The PNG bytes of the figure at `pixels_per_point` (DPI / 72, any value: the Word export sizes its fallback
// picture to the page, not to a DPI); throws UserError when it cannot be rendered.
std::string figure_to_png(const FigureText& text, const Geometry& geometry, double pixels_per_point);

}  // namespace pokin
