#pragma once
// Text measurement without a UI: advance widths of Liberation Sans, which has the metrics of Arial (the font
// Word and LibreOffice find on planners' PCs), compiled in so layouts are deterministic and need no font file.
// Every drawing of the geometry (canvas, SVG, PDF, PNG) must name this family so text fits its box.
#include <string>
#include <string_view>
#include <vector>

namespace pokin {

// For SVG font-family: the measured font first, then metric-compatible ones, then the generic fallback.
inline constexpr const char* kFontFamilyList = "'Liberation Sans', Arial, Helvetica, sans-serif";
// For renderers that take one family name (cairo, the canvas): fontconfig maps it to Liberation Sans or Arial.
inline constexpr const char* kFontFamily = "Liberation Sans";

// Width in points of `text` (UTF-8; each invalid sequence counts as one U+FFFD) at `size` points.
double text_width(std::string_view text, double size, bool bold = false);

// Greedy word wrap at `width` points. Newlines force a break; a word wider than the width is broken between
// characters (never inside a UTF-8 sequence nor before a combining mark). Never returns an empty vector.
std::vector<std::string> wrap_text(std::string_view text, double width, double size, bool bold = false);

}  // namespace pokin
