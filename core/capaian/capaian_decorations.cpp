#include "core/capaian/capaian_decorations.h"

#include "core/capaian/capaian_band.h"
#include "core/model/tree_index.h"

namespace pokin {
namespace {

// What a roll-up rests on: " · 2 dari 14 indikator". A figure of a single part needs no count.
std::string rests_on(const RolledCapaian& rolled, const Bilingual& part, Language language) {
  if (rolled.total <= 1) return {};
  bool en = language == Language::English;
  return " · " + std::to_string(rolled.computed) + (en ? " of " : " dari ") + std::to_string(rolled.total) + " " +
         part.in(language);
}

// "Capaian 2025: 97,5% ▲▲ Sangat baik · 2 dari 3 indikator": the year travels with the figure, so a box cut out
// of a tiled page or pasted into a report still says which year it is. Too little coverage: the figure and its
// count without a band.
NodeDecoration rolled_up(const RolledCapaian& rolled, const Bilingual& prefix, const Bilingual& part, int year,
                         Language language, double coverage) {
  NodeDecoration decoration;
  std::string head = prefix.in(language) + " " + std::to_string(year) + ": " + format_percent(*rolled.percent, language);
  if (!covers_enough(rolled, coverage)) {
    decoration.fill = kCapaianIncompleteColour;
    decoration.label = head + rests_on(rolled, part, language) +
                       (language == Language::English ? " · incomplete data" : " · data belum lengkap");
    return decoration;
  }
  BandStyle style = band_style(band_of(*rolled.percent));
  decoration.fill = style.colour;
  decoration.label = head + " " + style.symbol + " " + style.label.in(language) + rests_on(rolled, part, language);
  return decoration;
}

NodeDecoration not_computable(const Bilingual& reason, int year, Language language) {
  NodeDecoration decoration;
  decoration.fill = kCapaianNotComputableColour;
  decoration.label = "Capaian " + std::to_string(year) + ": " + reason.in(language);
  return decoration;
}

// Why a sasaran has no figure: the reason of its first indicator, or that it has none.
Bilingual sasaran_reason(const CapaianYear& capaian, const TreeIndex& index, Id sasaran) {
  const auto& indikator = index.sasaran_indikator(sasaran);
  if (indikator.empty()) return {"tanpa indikator", "no indicator"};
  Bilingual reason = describe(capaian.indikator.at(indikator.front()).status);
  // The sentence starts a label after "Capaian 2025: ", so it reads on in lower case.
  for (std::string* text : {&reason.id, &reason.en})
    if (!text->empty() && text->front() >= 'A' && text->front() <= 'Z')
      text->front() = static_cast<char>(text->front() - 'A' + 'a');
  return reason;
}

const Bilingual kOwn{"Capaian", "Capaian"};
const Bilingual kBranch{"Capaian cabang", "Branch capaian"};
const Bilingual kUnit{"Capaian unit", "Unit capaian"};
const Bilingual kIndicators{"indikator", "indicators"};
const Bilingual kSasaran{"sasaran", "sasaran"};

// "50%" for the legend, without decimals a planner did not ask for.
std::string coverage_percent(double coverage) { return std::to_string(static_cast<int>(coverage * 100 + 0.5)) + "%"; }

}  // namespace

std::unordered_map<Id, NodeDecoration> capaian_decorations(const Document& document, const CapaianYear& capaian,
                                                           Language language, double coverage) {
  TreeIndex index(document);
  std::unordered_map<Id, NodeDecoration> decorations;
  for (const auto& [id, sasaran] : document.sasaran) {
    const RolledCapaian& own = capaian.sasaran.at(id);
    const RolledCapaian& branch = capaian.branch.at(id);
    if (own.percent)
      decorations[id] = rolled_up(own, kOwn, kIndicators, capaian.year, language, coverage);
    else if (branch.percent)
      decorations[id] = rolled_up(branch, kBranch, kIndicators, capaian.year, language, coverage);
    else
      decorations[id] = not_computable(sasaran_reason(capaian, index, id), capaian.year, language);
  }
  for (const auto& [id, unit] : document.units) {
    if (index.unit_sasaran(id).empty()) continue;
    const RolledCapaian& rolled = capaian.unit.at(id);
    decorations[id] = rolled.percent ? rolled_up(rolled, kUnit, kSasaran, capaian.year, language, coverage)
                                     : not_computable({"belum dapat dihitung", "not computable"}, capaian.year,
                                                      language);
  }
  return decorations;
}

std::unordered_map<Id, NodeDecoration> capaian_decorations(const Document& document, int year, Language language,
                                                           double coverage) {
  return capaian_decorations(document, compute_capaian_year(document, year), language, coverage);
}

void apply_capaian_decorations(LayoutView& view, const Document& document, int year, Language language,
                               double coverage) {
  for (auto& [id, decoration] : capaian_decorations(document, year, language, coverage)) {
    NodeDecoration& target = view.decorations[id];
    target.fill = decoration.fill;
    target.label = std::move(decoration.label);
  }
}

std::string capaian_legend_title(int year, Language language) {
  return (language == Language::English ? "Capaian (achievement) " : "Capaian ") + std::to_string(year);
}

std::vector<LegendEntry> capaian_legend(Language language, double coverage) {
  std::vector<LegendEntry> entries;
  for (CapaianBand band : all_bands()) {
    BandStyle style = band_style(band);
    entries.push_back({style.colour, style.symbol, style.label.in(language) + " (" + style.range.in(language) + ")"});
  }
  entries.push_back({kCapaianIncompleteColour, {},
                     language == Language::English
                         ? "Incomplete data (< " + coverage_percent(coverage) + " of indicators realised)"
                         : "Data belum lengkap (< " + coverage_percent(coverage) + " indikator berealisasi)"});
  entries.push_back(
      {kCapaianNotComputableColour, {}, language == Language::English ? "Not computable" : "Tidak dapat dihitung"});
  return entries;
}

}  // namespace pokin
