#pragma once
// The compiled-in advance widths of Liberation Sans (metric-compatible with Arial), generated once by
// tools/generate_font_metrics.cpp. Sorted by code point.
namespace pokin::font_table {

struct GlyphAdvance {
  unsigned code;
  short regular;  // in font units
  short bold;
};

extern const int kUnitsPerEm;
extern const GlyphAdvance kAdvances[];
extern const int kAdvanceCount;

}  // namespace pokin::font_table
