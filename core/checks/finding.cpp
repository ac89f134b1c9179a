#include "core/checks/finding.h"

#include <algorithm>

namespace pokin {

std::unordered_map<Id, NodeFindings> findings_by_node(const std::vector<Finding>& findings) {
  std::unordered_map<Id, NodeFindings> by_node;
  for (const Finding& finding : findings) {
    auto [it, inserted] = by_node.try_emplace(finding.node);
    NodeFindings& tally = it->second;
    // Severity is ordered from the most serious (Error = 0) down.
    tally.worst = tally.count == 0 ? finding.severity : std::min(tally.worst, finding.severity);
    ++tally.count;
  }
  return by_node;
}

std::size_t count_severity(const std::vector<Finding>& findings, Severity severity) {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.severity == severity; }));
}

bool has_errors(const std::vector<Finding>& findings) { return count_severity(findings, Severity::Error) > 0; }

}  // namespace pokin
