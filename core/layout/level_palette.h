#pragma once
// The colours every drawing of the geometry uses (canvas, SVG, PDF, PNG), so what the planner sees is what they
// export. Calm fills per level with a darker stroke of the same hue; text stays near-black for print.
#include <cstdint>

namespace pokin {

struct LevelColours {
  std::uint32_t fill;    // 0xRRGGBB
  std::uint32_t stroke;  // border and code text
};

// Colours of a sasaran level (0 = Sasaran Strategis); levels beyond the palette repeat its last entry.
LevelColours level_colours(int level);
int level_palette_size();

inline constexpr std::uint32_t kTextColour = 0x1F2933;
inline constexpr std::uint32_t kDetailColour = 0x52606D;
inline constexpr std::uint32_t kCascadeEdgeColour = 0x7B8794;
inline constexpr std::uint32_t kCrosscuttingColour = 0xC05621;   // dashed, orange-brown
inline constexpr std::uint32_t kUnlinkedColour = 0xB83280;       // dotted, magenta: needs a parent
inline constexpr std::uint32_t kUnitFill = 0xF5F7FA;
inline constexpr std::uint32_t kUnitStroke = 0x616E7C;
inline constexpr std::uint32_t kStubFill = 0xFFFFFF;
inline constexpr std::uint32_t kBadgeFill = 0xC53030;
inline constexpr std::uint32_t kGhostStrokeColour = 0x52606D;  // dashed: a removed box put back by a comparison

}  // namespace pokin
