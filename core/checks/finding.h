#pragma once
// One problem the desk review found: what the Checks panel lists and `pokin check` prints. Plain data, built by
// the rules (core/checks/review.h, one file per concern) from a const Document; nothing here changes it.
#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/checks/rule.h"
#include "core/model/ids.h"
#include "core/text/bilingual.h"

namespace pokin {

struct Finding {
  Rule rule = Rule::BrokenReference;
  Severity severity = Severity::Warning;  // the rule's severity (rule_severity(rule))
  Id node = kNoId;  // the unit, sasaran or indikator at fault (crosscutting: the sasaran helped; the link is
                    // related[0])
  std::vector<Id> related;                // other nodes involved (the parent, the duplicate, the copied unit)
  Bilingual message;                      // what is wrong, naming the node ("Sasaran SS1 ... has no indicator")
  Bilingual fix;                          // what the planner can do about it
  Id opd = kNoId;  // on a Pemda document the OPD the node belongs to (its head unit); kNoId for the Pemda's own
                   // nodes and on every other document
};

// Findings per node (the outline); finding_badges.h moves them onto the boxes of the canvas.
struct NodeFindings {
  std::size_t count = 0;
  Severity worst = Severity::Info;
};
std::unordered_map<Id, NodeFindings> findings_by_node(const std::vector<Finding>& findings);

std::size_t count_severity(const std::vector<Finding>& findings, Severity severity);
bool has_errors(const std::vector<Finding>& findings);

}  // namespace pokin
