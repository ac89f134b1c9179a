#pragma once
// What the canvas shows of a Pemda document (core/model/pemda_structure.h): the whole Pemda as a readable overview
// (RPJMD tujuan and sasaran and the OPD Sasaran Strategis, everything deeper as "+N" stubs), one OPD under the RPJMD
// sasaran it serves, or one RPJMD sasaran with everything under it across OPD. The scope lives in the LayoutView
// (branch, branch_supported, max_levels), so it is read back from there and needs no state of its own.
#include <string>
#include <vector>

#include "app/ui/view_state.h"
#include "core/model/document.h"

namespace pokin::ui {

enum class PemdaScope {
  Whole,         // the overview
  Opd,           // one OPD (id: its head unit)
  SasaranRpjmd,  // one sasaran of the Pemda unit (id: the sasaran)
  Other,         // a view the planner made otherwise (a branch picked elsewhere, more levels)
};

struct PemdaScopeChoice {
  PemdaScope scope = PemdaScope::Whole;
  Id id = kNoId;
  bool operator==(const PemdaScopeChoice&) const = default;
};

// The overview's levels below its top: tujuan RPJMD, sasaran RPJMD, OPD Sasaran Strategis.
inline constexpr int kPemdaOverviewLevels = 3;

// Sets the layout view (and asks the canvas to frame the result: the overview fitted, a part at a readable zoom).
// The overview is drawn without indicators and in the fitted style shaped like the canvas, so it reads on one
// screen; one OPD or one sasaran RPJMD shows the indicators again (compact when the overview's style was fitted).
void apply_pemda_scope(const Document& document, PemdaScopeChoice choice, ViewState& view);
PemdaScopeChoice pemda_scope_of(const Document& document, const LayoutView& layout);

// The scope a Pemda document opens with (the overview); nothing for any other document.
void open_pemda_overview(const Document& document, ViewState& view);

// The choices the scope picker lists: the OPD by name, the RPJMD sasaran by code, each with its label.
struct PemdaScopeEntry {
  PemdaScopeChoice choice;
  std::string label;
};
std::vector<PemdaScopeEntry> pemda_scope_entries(const Document& document);
std::string pemda_scope_label(const Document& document, PemdaScopeChoice choice);

}  // namespace pokin::ui
