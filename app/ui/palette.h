#pragma once
// Colours of the canvas and the ImGui style, for the light and the dark theme. Level colours are chosen to stay
// distinct on a washed-out projector and for colour-blind viewers (hue and lightness both differ).
#include <cstdint>

#include "app/ui/view_state.h"

struct ImGuiStyle;

namespace pokin::ui {

struct LevelColours {
  std::uint32_t fill;    // 0xRRGGBB
  std::uint32_t border;
};

struct Palette {
  std::uint32_t background;
  std::uint32_t grid_minor;
  std::uint32_t grid_major;
  std::uint32_t text;
  std::uint32_t text_on_dark;
  std::uint32_t edge;
  std::uint32_t edge_crosscutting;
  std::uint32_t highlight;     // selection and alignment path
  std::uint32_t unlinked;      // a sasaran not linked to a parent yet
  std::uint32_t suggested;     // a link waiting for review
  std::uint32_t unit_fill;
  std::uint32_t unit_border;
  std::uint32_t badge;
  std::uint32_t minimap_fill;
};

const Palette& palette(Theme theme);
LevelColours level_colours(Theme theme, int level);

// ImGui colours are ABGR packed; these take 0xRRGGBB.
std::uint32_t im_colour(std::uint32_t rgb, std::uint8_t alpha = 255);
// Whether dark text reads better than light text on `rgb`.
bool is_light(std::uint32_t rgb);

void apply_imgui_style(Theme theme, float scale, ImGuiStyle& style);

}  // namespace pokin::ui
