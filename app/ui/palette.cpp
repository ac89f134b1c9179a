#include "app/ui/palette.h"

#include "core/layout/level_palette.h"

#include <imgui.h>

#include <algorithm>
#include <array>

namespace pokin::ui {
namespace {

constexpr Palette kLight{
    0xF7F8FA, 0xE8EBF0, 0xD5DAE2, pokin::kTextColour, 0xFFFFFF, 0x7C8796, 0x8A5CC2,
    0xE0651B, 0xC62828, 0xD98A00, 0xEEF1F5, 0x4A5563, 0xC62828, 0xFFFFFF,
};
constexpr Palette kDark{
    0x1C1F24, 0x262A31, 0x30353D, 0xE9ECF1, 0xFFFFFF, 0x8C96A5, 0xB48CF0,
    0xFF9A4D, 0xFF6B6B, 0xFFC24D, 0x2B3038, 0xA7B0BE, 0xE53935, 0x23272E,
};

constexpr std::array<LevelColours, 6> kDarkLevels{{
    {0x1E3A5C, 0x6AA7F0},
    {0x1D4430, 0x5CC98A},
    {0x4A3814, 0xF0B347},
    {0x3D2549, 0xC78BDD},
    {0x16414A, 0x4FC3CF},
    {0x33373E, 0xA0A8B4},
}};

ImVec4 vec(std::uint32_t rgb, float alpha = 1) {
  return ImVec4(((rgb >> 16) & 0xFF) / 255.f, ((rgb >> 8) & 0xFF) / 255.f, (rgb & 0xFF) / 255.f, alpha);
}

}  // namespace

const Palette& palette(Theme theme) { return theme == Theme::Dark ? kDark : kLight; }

LevelColours level_colours(Theme theme, int level) {
  if (theme == Theme::Light) {
    // The exports' palette: what the planner sees on screen is what goes into the Renstra.
    pokin::LevelColours shared = pokin::level_colours(level);
    return {shared.fill, shared.stroke};
  }
  return kDarkLevels[std::clamp<int>(level, 0, static_cast<int>(kDarkLevels.size()) - 1)];
}

std::uint32_t im_colour(std::uint32_t rgb, std::uint8_t alpha) {
  return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha);
}

bool is_light(std::uint32_t rgb) {
  double r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
  return 0.299 * r + 0.587 * g + 0.114 * b > 150;
}

void apply_imgui_style(Theme theme, float scale, ImGuiStyle& style) {
  style = ImGuiStyle();
  if (theme == Theme::Dark) {
    ImGui::StyleColorsDark(&style);
    style.Colors[ImGuiCol_WindowBg] = vec(0x22262C);
    style.Colors[ImGuiCol_ChildBg] = vec(0x22262C);
    style.Colors[ImGuiCol_MenuBarBg] = vec(0x1A1D22);
    style.Colors[ImGuiCol_Header] = vec(0x2F5E9E, 0.55f);
    style.Colors[ImGuiCol_HeaderHovered] = vec(0x3A6FB8, 0.7f);
  } else {
    ImGui::StyleColorsLight(&style);
    style.Colors[ImGuiCol_WindowBg] = vec(0xFFFFFF);
    style.Colors[ImGuiCol_ChildBg] = vec(0xFFFFFF);
    style.Colors[ImGuiCol_MenuBarBg] = vec(0xEEF1F5);
    style.Colors[ImGuiCol_FrameBg] = vec(0xF0F2F5);
    style.Colors[ImGuiCol_Header] = vec(0x1F5FA8, 0.18f);
    style.Colors[ImGuiCol_HeaderHovered] = vec(0x1F5FA8, 0.28f);
    style.Colors[ImGuiCol_HeaderActive] = vec(0x1F5FA8, 0.38f);
    style.Colors[ImGuiCol_Border] = vec(0xD5DAE2);
  }
  style.WindowRounding = 0;
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.TabRounding = 4;
  style.WindowBorderSize = 1;
  style.FramePadding = ImVec2(7, 4);
  style.ItemSpacing = ImVec2(8, 6);
  style.ScaleAllSizes(scale);
}

}  // namespace pokin::ui
