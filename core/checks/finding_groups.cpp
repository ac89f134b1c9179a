#include "core/checks/finding_groups.h"

#include <algorithm>
#include <cctype>

namespace pokin {
namespace {

bool contains_ignoring_case(const std::string& text, const std::string& part) {
  auto equal = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  };
  return std::search(text.begin(), text.end(), part.begin(), part.end(), equal) != text.end();
}

bool passes(const Finding& finding, const FindingFilter& filter) {
  if (!filter.severities.count(finding.severity)) return false;
  if (!filter.rules.empty() && !filter.rules.count(finding.rule)) return false;
  if (filter.text.empty()) return true;
  for (const std::string* text : {&finding.message.id, &finding.message.en, &finding.fix.id, &finding.fix.en})
    if (contains_ignoring_case(*text, filter.text)) return true;
  return false;
}

}  // namespace

std::vector<FindingGroup> group_findings(const std::vector<Finding>& findings, const FindingFilter& filter) {
  std::vector<FindingGroup> groups;
  for (const Finding& finding : findings) {
    if (!passes(finding, filter)) continue;
    auto group =
        std::find_if(groups.begin(), groups.end(), [&](const FindingGroup& g) { return g.rule == finding.rule; });
    if (group == groups.end()) group = groups.insert(groups.end(), FindingGroup{finding.rule, finding.severity, {}});
    group->findings.push_back(&finding);
  }
  return groups;
}

}  // namespace pokin
