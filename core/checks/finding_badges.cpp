#include "core/checks/finding_badges.h"

#include <algorithm>
#include <string>

namespace pokin {

Id box_of(const Document& document, Id node) {
  if (const Indikator* indikator = document.find_indikator(node))
    return document.find_sasaran(indikator->sasaran) ? indikator->sasaran : node;
  if (const CrosscuttingLink* link = document.find_link(node))
    return document.find_sasaran(link->from) ? link->from : node;
  return node;
}

std::unordered_map<Id, NodeFindings> findings_by_box(const Document& document, const std::vector<Finding>& findings) {
  std::unordered_map<Id, NodeFindings> by_box;
  for (const auto& [node, tally] : findings_by_node(findings)) {
    NodeFindings& box = by_box[box_of(document, node)];
    box.worst = box.count == 0 ? tally.worst : std::min(box.worst, tally.worst);
    box.count += tally.count;
  }
  return by_box;
}

void apply_finding_badges(LayoutView& view, const Document& document, const std::vector<Finding>& findings) {
  for (auto& [id, decoration] : view.decorations) decoration.badge.clear();
  for (const auto& [box, tally] : findings_by_box(document, findings))
    view.decorations[box].badge = std::to_string(tally.count);
}

}  // namespace pokin
