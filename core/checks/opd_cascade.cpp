#include "core/checks/opd_cascade.h"

#include <unordered_map>

#include "core/model/pemda_structure.h"

namespace pokin {

RpjmdSupportReach supported_rpjmd_sasaran(const Document& document, const OpdIndex& opds) {
  RpjmdSupportReach reach;
  std::unordered_set<Id> suggested;
  for (const auto& [id, sasaran] : document.sasaran) {
    if (opds.opd_of_unit(sasaran.unit) == kNoId) continue;
    // Up from each OPD sasaran through the RPJMD's statements; a damaged document's cycle stops at the bound.
    bool through_suggestion = sasaran.link_origin == LinkOrigin::Suggested;
    Id at = sasaran.parent;
    for (std::size_t steps = 0; at != kNoId && steps <= document.sasaran.size() && opds.is_rpjmd(at); ++steps) {
      // Each (statement, through a suggestion or not) is walked up from once.
      if (!(through_suggestion ? suggested : reach.reviewed).insert(at).second) break;
      const Sasaran& above = document.sasaran.at(at);
      through_suggestion = through_suggestion || above.link_origin == LinkOrigin::Suggested;
      at = above.parent;
    }
  }
  for (Id id : suggested)
    if (!reach.reviewed.count(id)) reach.suggested_only.insert(id);
  return reach;
}

PemdaCascade summarize_pemda_cascade(const Document& document) {
  return summarize_pemda_cascade(document, TreeIndex(document), OpdIndex(document));
}

PemdaCascade summarize_pemda_cascade(const Document& document, const TreeIndex& index, const OpdIndex& opds) {
  PemdaCascade cascade;
  const std::vector<Id>& list = opds.opds();
  std::unordered_map<Id, std::size_t> position;
  for (Id opd : list) position.emplace(opd, position.size());
  auto levels = summarize_levels(document, index, list.size(), [&](const Sasaran& s) {
    auto found = position.find(opds.opd_of_unit(s.unit));
    return found == position.end() ? list.size() : found->second;
  });
  for (std::size_t i = 0; i < list.size(); ++i)
    cascade.opds.push_back({list[i], opd_name(document, list[i]), std::move(levels[i])});
  const RpjmdSupportReach reach = supported_rpjmd_sasaran(document, opds);
  RpjmdSupport& rpjmd = cascade.rpjmd;
  for (const auto& [id, sasaran] : document.sasaran) {
    if (sasaran.kind != StatementKind::Sasaran || !opds.is_rpjmd(id)) continue;
    ++rpjmd.sasaran;
    rpjmd.indikator += index.sasaran_indikator(id).size();
    rpjmd.supported += reach.reviewed.count(id);
    rpjmd.suggested_only += reach.suggested_only.count(id);
  }
  if (rpjmd.sasaran > 0)
    rpjmd.supported_share = 100.0 * static_cast<double>(rpjmd.supported) / static_cast<double>(rpjmd.sasaran);
  return cascade;
}

}  // namespace pokin
