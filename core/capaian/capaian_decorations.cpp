#include "core/capaian/capaian_decorations.h"

#include "core/capaian/capaian_band.h"
#include "core/model/tree_index.h"

namespace pokin {
namespace {

// "Capaian 2025: 97,5% ▲▲ Sangat baik": the year travels with the figure, so a box cut out of a tiled page or
// pasted into a report still says which year it is.
NodeDecoration banded(double percent, const Bilingual& prefix, int year, Language language) {
  BandStyle style = band_style(band_of(percent));
  NodeDecoration decoration;
  decoration.fill = style.colour;
  decoration.label = prefix.in(language) + " " + std::to_string(year) + ": " + format_percent(percent, language) + " " +
                     style.symbol + " " + style.label.in(language);
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

}  // namespace

std::unordered_map<Id, NodeDecoration> capaian_decorations(const Document& document, const CapaianYear& capaian,
                                                           Language language) {
  TreeIndex index(document);
  std::unordered_map<Id, NodeDecoration> decorations;
  for (const auto& [id, sasaran] : document.sasaran) {
    const RolledCapaian& own = capaian.sasaran.at(id);
    const RolledCapaian& branch = capaian.branch.at(id);
    if (own.percent)
      decorations[id] = banded(*own.percent, kOwn, capaian.year, language);
    else if (branch.percent)
      decorations[id] = banded(*branch.percent, kBranch, capaian.year, language);
    else
      decorations[id] = not_computable(sasaran_reason(capaian, index, id), capaian.year, language);
  }
  for (const auto& [id, unit] : document.units) {
    if (index.unit_sasaran(id).empty()) continue;
    const RolledCapaian& rolled = capaian.unit.at(id);
    decorations[id] = rolled.percent ? banded(*rolled.percent, kUnit, capaian.year, language)
                                     : not_computable({"belum dapat dihitung", "not computable"}, capaian.year,
                                                      language);
  }
  return decorations;
}

std::unordered_map<Id, NodeDecoration> capaian_decorations(const Document& document, int year, Language language) {
  return capaian_decorations(document, compute_capaian_year(document, year), language);
}

void apply_capaian_decorations(LayoutView& view, const Document& document, int year, Language language) {
  for (auto& [id, decoration] : capaian_decorations(document, year, language)) {
    NodeDecoration& target = view.decorations[id];
    target.fill = decoration.fill;
    target.label = std::move(decoration.label);
  }
}

std::string capaian_legend_title(int year, Language language) {
  return (language == Language::English ? "Capaian (achievement) " : "Capaian ") + std::to_string(year);
}

std::vector<LegendEntry> capaian_legend(Language language) {
  std::vector<LegendEntry> entries;
  for (CapaianBand band : all_bands()) {
    BandStyle style = band_style(band);
    entries.push_back({style.colour, style.symbol, style.label.in(language) + " (" + style.range.in(language) + ")"});
  }
  entries.push_back(
      {kCapaianNotComputableColour, {}, language == Language::English ? "Not computable" : "Tidak dapat dihitung"});
  return entries;
}

}  // namespace pokin
