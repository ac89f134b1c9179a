#pragma once
// "Colour by achievement for year Y": capaian turned into LayoutView decorations, so the canvas and every export
// colour the same nodes the same way, plus the legend that goes with them.
//
// Each sasaran gets its own capaian (its indicators); a sasaran without its own figure but with one from the
// branch below gets the branch figure, labelled as such. Each unit that owns sasaran gets the unit figure
// (core/capaian/capaian_rollup.h). A node with nothing computable gets the neutral grey and the reason
// ("Capaian 2025: belum ada realisasi"). The label ("Capaian 2025: 97,5% ▲▲ Sangat baik") always carries the
// band's symbol and name as well as the figure, so the colour is never the only cue.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/capaian/capaian_rollup.h"
#include "core/text/bilingual.h"
#include "core/view/layout_view.h"

namespace pokin {

std::unordered_map<Id, NodeDecoration> capaian_decorations(const Document& document, const CapaianYear& capaian,
                                                           Language language);
std::unordered_map<Id, NodeDecoration> capaian_decorations(const Document& document, int year, Language language);

// Sets fill and label of `view.decorations` for year `year`, keeping any badge already there (findings).
void apply_capaian_decorations(LayoutView& view, const Document& document, int year, Language language);

struct LegendEntry {
  std::uint32_t colour = 0;  // 0xRRGGBB
  std::string symbol;        // "▲▲"; empty for "not computable"
  std::string text;          // "Sangat baik (≥ 91%)"
};
// The title ("Capaian 2025") and one entry per band, best first, then "not computable".
std::string capaian_legend_title(int year, Language language);
std::vector<LegendEntry> capaian_legend(Language language);

}  // namespace pokin
