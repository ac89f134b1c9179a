#include "core/checks/finding_groups.h"

#include <algorithm>
#include <cctype>

#include "core/checks/opd_index.h"
#include "core/model/pemda_structure.h"

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

void add_to_groups(std::vector<FindingGroup>& groups, const Finding& finding) {
  auto group = std::find_if(groups.begin(), groups.end(), [&](const FindingGroup& g) { return g.rule == finding.rule; });
  if (group == groups.end()) group = groups.insert(groups.end(), FindingGroup{finding.rule, finding.severity, {}});
  group->findings.push_back(&finding);
}

}  // namespace

std::vector<FindingGroup> group_findings(const std::vector<Finding>& findings, const FindingFilter& filter) {
  std::vector<FindingGroup> groups;
  for (const Finding& finding : findings)
    if (passes(finding, filter)) add_to_groups(groups, finding);
  return groups;
}

std::vector<OpdFindingGroups> group_findings_by_opd(const Document& document, const std::vector<Finding>& findings,
                                                    const FindingFilter& filter) {
  std::vector<OpdFindingGroups> by_opd;
  Id pemda = pemda_unit(document);
  std::string pemda_name = document.find_unit(pemda) ? document.units.at(pemda).name : document.info.pemda;
  by_opd.push_back({kNoId, pemda_name.empty() ? "Pemerintah Daerah" : pemda_name, {}, 0});
  for (Id opd : opds_in_order(document)) by_opd.push_back({opd, opd_name(document, opd), {}, 0});
  for (const Finding& finding : findings) {
    if (!passes(finding, filter)) continue;
    auto owner = std::find_if(by_opd.begin(), by_opd.end(), [&](const OpdFindingGroups& g) { return g.opd == finding.opd; });
    if (owner == by_opd.end()) owner = by_opd.begin();  // an OPD no longer in the document: with the Pemda's own
    add_to_groups(owner->groups, finding);
    ++owner->count;
  }
  by_opd.erase(std::remove_if(by_opd.begin(), by_opd.end(), [](const OpdFindingGroups& g) { return g.count == 0; }),
               by_opd.end());
  return by_opd;
}

}  // namespace pokin
