#include "core/pemda/rpjmd_suggestion.h"

#include <map>
#include <set>

#include "core/import/text_similarity.h"
#include "core/model/pemda_structure.h"

namespace pokin::pemda {

void suggest_rpjmd_links(Document& pemda, Id pemda_unit, const std::vector<Id>& parts, double threshold, MergeReport& report) {
  std::vector<Id> candidates, statements;
  const std::set<Id> wanted(parts.begin(), parts.end());
  for (const auto& [id, sasaran] : pemda.sasaran) {
    if (sasaran.unit == pemda_unit) {
      if (sasaran.kind == StatementKind::Sasaran) candidates.push_back(id);
    } else if (sasaran.level == 1 && sasaran.parent == kNoId && wanted.count(opd_of_unit(pemda, sasaran.unit))) {
      statements.push_back(id);
    }
  }
  if (candidates.empty() || statements.empty()) return;
  std::map<Id, std::string> texts;  // statement and its indikator names
  for (const std::vector<Id>* ids : {&candidates, &statements})
    for (Id id : *ids) texts[id] = pemda.sasaran.at(id).statement;
  for (const auto& [id, indikator] : pemda.indikator)
    if (auto owner = texts.find(indikator.sasaran); owner != texts.end()) owner->second += " " + indikator.name;
  import::SimilarityIndex index;
  std::map<Id, std::vector<std::string>> stems;
  for (const std::vector<Id>* ids : {&candidates, &statements})
    for (Id id : *ids) index.add(stems[id] = import::content_stems(texts[id]));
  std::vector<import::SimilarityIndex::Profile> candidate_profiles;
  for (Id id : candidates) candidate_profiles.push_back(index.profile(stems[id]));
  for (Id id : statements) {
    import::SimilarityIndex::Profile profile = index.profile(stems[id]);
    double best = 0;
    Id chosen = kNoId;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
      double score = index.similarity(profile, candidate_profiles[k]);
      if (score > best) best = score, chosen = candidates[k];
    }
    if (chosen == kNoId || best < threshold) continue;
    Sasaran& sasaran = pemda.sasaran.at(id);
    sasaran.parent = chosen;
    sasaran.link_origin = LinkOrigin::Suggested;
    sasaran.suggestion_score = best;
    const Sasaran& rpjmd = pemda.sasaran.at(chosen);
    report.suggested.push_back({id, chosen, best, opd_name(pemda, opd_of_unit(pemda, sasaran.unit)), sasaran.code,
                                sasaran.statement, rpjmd.code, rpjmd.statement});
  }
}

}  // namespace pokin::pemda
