#include "app/ui/capaian_legend_view.h"

#include <algorithm>
#include <string>

#include "app/ui/palette.h"
#include "app/ui/strings.h"
#include "core/capaian/capaian_band.h"
#include "core/capaian/capaian_decorations.h"

namespace pokin::ui {

ImVec2 draw_capaian_legend(ImDrawList* draw_list, ImVec2 corner, int year, bool from_bottom, ImFont* font,
                           float font_size) {
  if (!font) font = ImGui::GetFont();
  if (font_size <= 0) font_size = ImGui::GetFontSize();
  const Language language = current_language();
  const std::string title = capaian_legend_title(year, language);
  const std::vector<LegendEntry> entries = capaian_legend(language);
  const float line = font_size * 1.45f, swatch = font_size * 1.1f, padding = font_size * 0.6f;
  float width = font->CalcTextSizeA(font_size, 1e9f, 0, title.c_str()).x;
  for (const LegendEntry& entry : entries)
    width = std::max(width, swatch * 2.6f + font->CalcTextSizeA(font_size, 1e9f, 0, entry.text.c_str()).x);
  const ImVec2 size(width + padding * 2, line * (entries.size() + 1) + padding * 2);
  ImVec2 min = from_bottom ? ImVec2(corner.x, corner.y - size.y) : corner;
  draw_list->AddRectFilled(min, ImVec2(min.x + size.x, min.y + size.y), IM_COL32(255, 255, 255, 240), 6);
  draw_list->AddRect(min, ImVec2(min.x + size.x, min.y + size.y), IM_COL32(120, 128, 140, 255), 6);
  ImVec2 cursor(min.x + padding, min.y + padding);
  const ImU32 text = IM_COL32(25, 30, 36, 255);
  draw_list->AddText(font, font_size, cursor, text, title.c_str());
  for (const LegendEntry& entry : entries) {
    cursor.y += line;
    draw_list->AddRectFilled(cursor, ImVec2(cursor.x + swatch, cursor.y + swatch), im_colour(entry.colour), 3);
    if (entry.colour == kCapaianIncompleteColour)
      draw_incomplete_hatching(draw_list, cursor, ImVec2(cursor.x + swatch, cursor.y + swatch), swatch / 3);
    draw_list->AddRect(cursor, ImVec2(cursor.x + swatch, cursor.y + swatch), IM_COL32(60, 60, 60, 255), 3);
    draw_list->AddText(font, font_size * 0.85f, ImVec2(cursor.x + swatch * 1.25f, cursor.y), text, entry.symbol.c_str());
    draw_list->AddText(font, font_size, ImVec2(cursor.x + swatch * 2.6f, cursor.y), text, entry.text.c_str());
  }
  return size;
}

void draw_incomplete_hatching(ImDrawList* draw_list, ImVec2 a, ImVec2 b, float spacing, std::uint8_t alpha) {
  if (spacing < 2) spacing = 2;
  const ImU32 colour = im_colour(kCapaianIncompleteHatchColour, static_cast<std::uint8_t>(alpha * 0.6f));
  const float width = b.x - a.x, height = b.y - a.y;
  // The lines x + y = k (box coordinates) between the box's edges, as core/export/figure.cpp draws them.
  for (float k = spacing; k < width + height; k += spacing) {
    float x1 = std::max(0.f, k - height), x2 = std::min(width, k);
    draw_list->AddLine(ImVec2(a.x + x1, a.y + k - x1), ImVec2(a.x + x2, a.y + k - x2), colour, 1.f);
  }
}

}  // namespace pokin::ui
