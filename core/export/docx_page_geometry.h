#pragma once
// Sizes on a Word page in Word's own units: twips (1/20 pt) for the page and margins, EMU (914,400 per inch,
// 12,700 per point) for drawings. Rounded once, here, so the section and the figures agree on the text area.
#include <cstdint>
#include <vector>

#include "core/export/docx_document.h"

namespace pokin {

inline constexpr std::int64_t kEmuPerTwip = 635;
// Height kept free under a figure for its caption (two lines of 10 pt with spacing), in twips.
inline constexpr std::int64_t kCaptionReserveTwips = 1200;

std::int64_t twips_from_mm(double millimetres);

struct DocxPageTwips {
  std::int64_t width = 0, height = 0;               // of the paper, turned for the orientation
  std::int64_t top = 0, bottom = 0, left = 0, right = 0;
  std::int64_t text_width() const { return width - left - right; }
  std::int64_t text_height() const { return height - top - bottom; }
};

DocxPageTwips page_twips(const DocxPage& page);

struct DocxExtent {
  std::int64_t width = 0;   // EMU
  std::int64_t height = 0;
  double scale = 1;         // EMU size / the figure's own size
};

// The size at which a `width` x `height` pt figure is drawn on `page`: scaled (up or down) to the text width, or
// less when it would then be taller than the text height minus the caption's room; aspect kept.
DocxExtent figure_extent(const DocxPage& page, double width, double height);

// `columns` widths in twips in proportion to `given` (millimetres; a column without a usable width, missing, not
// finite or not positive, gets the mean of the others) that add up to `text_width` exactly: each column ends at
// the rounded share of the widths up to it. Every column is at least 1 twip wide.
std::vector<std::int64_t> fitted_column_twips(const std::vector<double>& given, std::size_t columns,
                                              std::int64_t text_width);

}  // namespace pokin
