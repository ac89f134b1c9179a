#pragma once
// "Colour by achievement for year Y": capaian turned into LayoutView decorations, so the canvas and every export
// colour the same nodes the same way, plus the legend that goes with them.
//
// Each sasaran gets its own capaian (its indicators); a sasaran without its own figure but with one from the
// branch below gets the branch figure, labelled as such. Each unit that owns sasaran gets the unit figure
// (core/capaian/capaian_rollup.h). A node with nothing computable gets the neutral grey and the reason
// ("Capaian 2025: belum ada realisasi"). The label ("Capaian 2025: 97,5% ▲▲ Sangat baik") always carries the
// band's symbol and name as well as the figure, so the colour is never the only cue.
//
// Every roll-up of several parts says what it rests on ("Capaian cabang 2025: 92,8% ▲▲ Sangat baik · 9 dari 14
// indikator"; a unit counts its sasaran). One that rests on less than `coverage` of its parts
// (capaian_rollup.h, default half) keeps its figure and count but gets no band: the fill
// kCapaianIncompleteColour, drawn hatched, and "data belum lengkap" in the label and the legend.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/capaian/capaian_rollup.h"
#include "core/text/bilingual.h"
#include "core/view/layout_view.h"

namespace pokin {

std::unordered_map<Id, NodeDecoration> capaian_decorations(const Document& document, const CapaianYear& capaian,
                                                           Language language,
                                                           double coverage = kDefaultCapaianCoverage);
std::unordered_map<Id, NodeDecoration> capaian_decorations(const Document& document, int year, Language language,
                                                           double coverage = kDefaultCapaianCoverage);

// Sets fill and label of `view.decorations` for year `year`, keeping any badge already there (findings).
void apply_capaian_decorations(LayoutView& view, const Document& document, int year, Language language,
                               double coverage = kDefaultCapaianCoverage);

struct LegendEntry {
  std::uint32_t colour = 0;  // 0xRRGGBB
  std::string symbol;        // "▲▲"; empty for "not computable"
  std::string text;          // "Sangat baik (≥ 91%)"
};
// The title ("Capaian 2025") and one entry per band, best first, then "data belum lengkap" (with the coverage it
// stands for: "< 50% indikator berealisasi") and "not computable".
std::string capaian_legend_title(int year, Language language);
std::vector<LegendEntry> capaian_legend(Language language, double coverage = kDefaultCapaianCoverage);

}  // namespace pokin
