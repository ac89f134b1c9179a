#include "app/ui/book_preview_view.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/ui/strings.h"

namespace pokin::ui {

void book_preview_view(const FigureBook& book, int max_pages) {
  if (book.pages.empty() || book.sheet.width <= 0 || book.sheet.height <= 0) return;
  const float thumb_height = ImGui::GetFontSize() * 6;
  const float scale = thumb_height / static_cast<float>(book.sheet.height);
  const float thumb_width = static_cast<float>(book.sheet.width) * scale;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float available = ImGui::GetContentRegionAvail().x;
  const int per_row = std::max(1, static_cast<int>((available + gap) / (thumb_width + gap)));
  const int shown = std::min<int>(max_pages, static_cast<int>(book.pages.size()));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  const float label_height = ImGui::GetTextLineHeight();
  for (int i = 0; i < shown; ++i) {
    const BookPage& page = book.pages[i];
    const float x = origin.x + static_cast<float>(i % per_row) * (thumb_width + gap);
    const float y = origin.y + static_cast<float>(i / per_row) * (thumb_height + label_height + gap);
    const ImVec2 a(x, y), b(x + thumb_width, y + thumb_height);
    draw->AddRectFilled(a, b, IM_COL32(255, 255, 255, 255));
    draw->AddRect(a, b, page.fits ? IM_COL32(90, 100, 115, 255) : IM_COL32(200, 60, 20, 255));
    // The figure on the page: scaled by the page's own scale, centred as the page is printed.
    const float figure_scale = static_cast<float>(page.scale) * scale;
    const float left = x + (thumb_width - static_cast<float>(page.layout.width) * figure_scale) / 2;
    const float top = y + (thumb_height - static_cast<float>(page.layout.height) * figure_scale) / 2;
    draw->PushClipRect(a, b, true);
    const Rect& title = page.layout.title;
    draw->AddRectFilled(ImVec2(left + static_cast<float>(title.x) * figure_scale, top + static_cast<float>(title.y) * figure_scale),
                        ImVec2(left + static_cast<float>(title.x + title.width) * figure_scale,
                               top + static_cast<float>(title.y + std::min(title.height, 14.0)) * figure_scale),
                        IM_COL32(180, 188, 200, 255));
    const float dx = left + static_cast<float>(page.layout.diagram.x) * figure_scale;
    const float dy = top + static_cast<float>(page.layout.diagram.y) * figure_scale;
    for (const Box& box : page.geometry.boxes) {
      ImVec2 p(dx + static_cast<float>(box.rect.x) * figure_scale, dy + static_cast<float>(box.rect.y) * figure_scale);
      ImVec2 q(p.x + std::max(1.0f, static_cast<float>(box.rect.width) * figure_scale),
               p.y + std::max(1.0f, static_cast<float>(box.rect.height) * figure_scale));
      draw->AddRectFilled(p, q, IM_COL32(47, 93, 138, 150));
    }
    draw->PopClipRect();
    const std::string number = std::to_string(page.number);
    draw->AddText(ImVec2(x, y + thumb_height + 1), ImGui::GetColorU32(ImGuiCol_Text), number.c_str());
  }
  const int rows = (shown + per_row - 1) / per_row;
  ImGui::Dummy(ImVec2(available, static_cast<float>(rows) * (thumb_height + label_height + gap)));
  if (static_cast<int>(book.pages.size()) > shown)
    ImGui::TextUnformatted(format(tr("export.more_pages"), {std::to_string(book.pages.size() - shown)}).c_str());
}

}  // namespace pokin::ui
