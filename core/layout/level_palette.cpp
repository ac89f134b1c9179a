#include "core/layout/level_palette.h"

#include <array>

namespace pokin {
namespace {

constexpr std::array<LevelColours, 5> kPalette{{
    {0xDCE8F5, 0x2F5D8A},  // Sasaran Strategis: blue
    {0xDDF0E2, 0x2F7A4A},  // Sasaran Program: green
    {0xFBEFD5, 0x9A6B12},  // Sasaran Kegiatan: amber
    {0xEEE4F3, 0x6B4C85},  // individu: lilac
    {0xE9ECEF, 0x555F69},  // deeper: grey
}};

}  // namespace

LevelColours level_colours(int level) {
  if (level < 0) level = 0;
  return kPalette[static_cast<std::size_t>(level) < kPalette.size() ? level : kPalette.size() - 1];
}

int level_palette_size() { return static_cast<int>(kPalette.size()); }

}  // namespace pokin
