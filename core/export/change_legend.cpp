#include "core/export/change_legend.h"

#include <unordered_map>

#include "core/layout/level_palette.h"
#include "core/view/change_marks.h"

namespace pokin {

void use_change_legend(FigureText& text, const Geometry& geometry, Language language) {
  std::unordered_map<std::uint32_t, int> boxes_by_fill;
  for (const Box& box : geometry.boxes)
    if (box.kind != BoxKind::CollapsedStub) ++boxes_by_fill[box.fill];
  const bool en = language == Language::English;
  text.title = en ? "Pohon Kinerja: changes between two versions" : "Pohon Kinerja: perubahan antarversi";
  text.legend_title = en ? "Changes:" : "Perubahan:";
  text.swatches.clear();
  for (ChangeMark mark : kAllChangeMarks) {
    ChangeMarkStyle style = change_mark_style(mark);
    auto found = boxes_by_fill.find(style.fill);
    int count = found == boxes_by_fill.end() ? 0 : found->second;
    std::string boxes = !en ? " kotak" : count == 1 ? " box" : " boxes";
    FigureText::Swatch swatch{style.fill, style.dashed ? kGhostStrokeColour : kCascadeEdgeColour, {},
                              style.legend.in(language) + " · " + std::to_string(count) + boxes};
    swatch.dashed = style.dashed;
    text.swatches.push_back(std::move(swatch));
  }
}

}  // namespace pokin
