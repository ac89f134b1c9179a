#include "app/ui/pemda_scope.h"

#include <algorithm>

#include "app/ui/outline_view.h"
#include "app/ui/strings.h"
#include "core/model/pemda_structure.h"

namespace pokin::ui {

void apply_pemda_scope(const Document& document, PemdaScopeChoice choice, ViewState& view) {
  LayoutView& layout = view.layout;
  layout.granularity = Granularity::Sasaran;
  layout.collapsed.clear();
  layout.branch_supported = false;
  switch (choice.scope) {
    case PemdaScope::Whole:
    case PemdaScope::Other:
      // Readable on one screen: the boxes without their indicators, the tree shaped like the canvas.
      layout.branch = kNoId;
      layout.max_levels = kPemdaOverviewLevels;
      layout.fields.indikator = false;
      layout.style = LayoutStyle::Fitted;
      layout.fit = {std::max(view.canvas.width, 1.0), std::max(view.canvas.height, 1.0)};
      view.canvas.fit_pending = true;
      return;
    case PemdaScope::Opd:
      layout.branch = document.units.count(choice.id) ? choice.id : kNoId;
      layout.branch_supported = true;
      break;
    case PemdaScope::SasaranRpjmd:
      layout.branch = document.sasaran.count(choice.id) ? choice.id : kNoId;
      break;
  }
  layout.max_levels = 0;
  layout.fields.indikator = true;
  if (layout.style == LayoutStyle::Fitted) layout.style = LayoutStyle::Compact;
  view.canvas.open_pending = true;
  view.canvas.fit_pending = false;  // a part opens readable, on its top (opening_camera.h), not shrunk to fit
}

PemdaScopeChoice pemda_scope_of(const Document& document, const LayoutView& layout) {
  if (layout.granularity != Granularity::Sasaran) return {PemdaScope::Other, kNoId};
  if (layout.branch == kNoId)
    return {layout.max_levels == kPemdaOverviewLevels ? PemdaScope::Whole : PemdaScope::Other, kNoId};
  if (layout.branch_supported && document.parts.count(layout.branch) && !document.parts.at(layout.branch).rpjmd)
    return {PemdaScope::Opd, layout.branch};
  const Sasaran* sasaran = document.find_sasaran(layout.branch);
  if (sasaran && sasaran->unit == pemda_unit(document) && layout.max_levels == 0)
    return {PemdaScope::SasaranRpjmd, layout.branch};
  return {PemdaScope::Other, kNoId};
}

void open_pemda_overview(const Document& document, ViewState& view) {
  if (!is_pemda_document(document)) return;
  apply_pemda_scope(document, {PemdaScope::Whole, kNoId}, view);
  view.canvas.open_pending = false;
}

std::vector<PemdaScopeEntry> pemda_scope_entries(const Document& document) {
  std::vector<PemdaScopeEntry> entries;
  entries.push_back({{PemdaScope::Whole, kNoId}, tr("pemda.scope_whole")});
  const Id pemda = pemda_unit(document);
  std::vector<PemdaScopeEntry> sasaran;
  for (const auto& [id, s] : document.sasaran)
    if (s.unit == pemda && pemda != kNoId && s.kind == StatementKind::Sasaran)
      sasaran.push_back({{PemdaScope::SasaranRpjmd, id}, sasaran_label(s, 60)});
  std::stable_sort(sasaran.begin(), sasaran.end(), [&](const PemdaScopeEntry& a, const PemdaScopeEntry& b) {
    return document.sasaran.at(a.choice.id).code < document.sasaran.at(b.choice.id).code;
  });
  std::vector<PemdaScopeEntry> opd;
  for (const auto& [unit, part] : document.parts)
    if (!part.rpjmd && document.units.count(unit)) opd.push_back({{PemdaScope::Opd, unit}, opd_name(document, unit)});
  std::sort(opd.begin(), opd.end(), [](const PemdaScopeEntry& a, const PemdaScopeEntry& b) { return a.label < b.label; });
  entries.insert(entries.end(), opd.begin(), opd.end());
  entries.insert(entries.end(), sasaran.begin(), sasaran.end());
  return entries;
}

std::string pemda_scope_label(const Document& document, PemdaScopeChoice choice) {
  switch (choice.scope) {
    case PemdaScope::Whole: return tr("pemda.scope_whole");
    case PemdaScope::Opd: return opd_name(document, choice.id);
    case PemdaScope::SasaranRpjmd: {
      const Sasaran* sasaran = document.find_sasaran(choice.id);
      return sasaran ? sasaran_label(*sasaran, 40) : std::string(tr("pemda.scope_other"));
    }
    case PemdaScope::Other: break;
  }
  return tr("pemda.scope_other");
}

}  // namespace pokin::ui
