#pragma once
// Findings grouped by rule, as the Checks panel and `pokin check` show them, with the filter a planner sets
// (severities, rules, a search text). The groups point into the list they were made from: keep that list alive
// and unchanged while using them.
#include <set>
#include <string>
#include <vector>

#include "core/checks/finding.h"
#include "core/model/document.h"

namespace pokin {

struct FindingFilter {
  std::set<Severity> severities{Severity::Error, Severity::Warning, Severity::Info};
  std::set<Rule> rules;  // empty = every rule
  std::string text;      // kept when the message or the fix holds it, in either language (ASCII case ignored)
};

struct FindingGroup {
  Rule rule = Rule::BrokenReference;
  Severity severity = Severity::Warning;
  std::vector<const Finding*> findings;
};

// Groups in the order of `findings` as run_checks returns them (most serious first, then rule order).
std::vector<FindingGroup> group_findings(const std::vector<Finding>& findings, const FindingFilter& filter = {});

// A Pemda document's findings by OPD (Finding::opd), each OPD's grouped by rule as above: first the Pemda's own
// (opd kNoId, named after the Pemda unit or the document's pemda), then the OPD in OpdIndex order, each named by
// opd_name. OPD without a finding that passes the filter are left out.
struct OpdFindingGroups {
  Id opd = kNoId;
  std::string name;
  std::vector<FindingGroup> groups;
  std::size_t count = 0;  // findings in all its groups
};
std::vector<OpdFindingGroups> group_findings_by_opd(const Document& document, const std::vector<Finding>& findings,
                                                    const FindingFilter& filter = {});

}  // namespace pokin
