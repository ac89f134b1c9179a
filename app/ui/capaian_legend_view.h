#pragma once
// The legend of "colour by achievement": title, then a swatch, the band's symbol and its name and range per band
// (so colour is never the only cue), drawn over the canvas.
#include <imgui.h>

#include <cstdint>

namespace pokin::ui {

// Draws the legend with its top-left (or bottom-left when `from_bottom`) corner at `corner`; returns its size.
ImVec2 draw_capaian_legend(ImDrawList* draw_list, ImVec2 corner, int year, bool from_bottom, ImFont* font = nullptr,
                           float font_size = 0);

// The "data belum lengkap" hatching (core/capaian/capaian_band.h: kCapaianIncompleteColour) inside a..b, lines
// `spacing` pixels apart, as the printed figure draws it.
void draw_incomplete_hatching(ImDrawList* draw_list, ImVec2 a, ImVec2 b, float spacing, std::uint8_t alpha = 255);

}  // namespace pokin::ui
