#include "core/export/capaian_legend.h"

#include <unordered_map>

#include "core/capaian/capaian_decorations.h"
#include "core/layout/level_palette.h"

namespace pokin {

void use_capaian_legend(FigureText& text, const Geometry& geometry, int year, Language language, double coverage) {
  std::unordered_map<std::uint32_t, int> boxes_by_fill;
  for (const Box& box : geometry.boxes)
    if (box.kind != BoxKind::CollapsedStub) ++boxes_by_fill[box.fill];
  bool en = language == Language::English;
  text.legend_title = capaian_legend_title(year, language) + ":";
  text.swatches.clear();
  for (const LegendEntry& entry : capaian_legend(language, coverage)) {
    auto found = boxes_by_fill.find(entry.colour);
    int count = found == boxes_by_fill.end() ? 0 : found->second;
    std::string boxes = !en ? " kotak" : count == 1 ? " box" : " boxes";
    text.swatches.push_back({entry.colour, kCascadeEdgeColour, entry.symbol,
                             entry.text + " · " + std::to_string(count) + boxes});
  }
  std::string colouring = en ? "Coloured by capaian " : "Warna menurut capaian ";
  text.period += (text.period.empty() ? "" : " · ") + colouring + std::to_string(year);
}

}  // namespace pokin
