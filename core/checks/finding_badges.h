#pragma once
// Findings as badges on the boxes of the canvas and of exports. A box shows a sasaran (with its indicators) or,
// in the unit view, a unit: so a finding on an indicator counts on its sasaran's box, and one on a crosscutting
// link on the sasaran it helps. Findings on units stay on the unit (drawn in the unit view).
#include <unordered_map>
#include <vector>

#include "core/checks/finding.h"
#include "core/model/document.h"
#include "core/view/layout_view.h"

namespace pokin {

// The box a finding on `node` is drawn on.
Id box_of(const Document& document, Id node);

// Findings per box: count and the most serious severity (for the badge's colour).
std::unordered_map<Id, NodeFindings> findings_by_box(const Document& document, const std::vector<Finding>& findings);

// Sets `badge` of `view.decorations` to the number of findings of each box ("3"), keeping fill and label (capaian).
// Badges of boxes that no longer have findings are cleared.
void apply_finding_badges(LayoutView& view, const Document& document, const std::vector<Finding>& findings);

}  // namespace pokin
