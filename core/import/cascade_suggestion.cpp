#include "core/import/cascade_suggestion.h"

#include "core/import/text_similarity.h"

namespace pokin::import {

void suggest_cascade(Document& document, ImportReport& report, double threshold) {
  std::map<Id, std::string> text;
  std::map<Id, std::vector<Id>> sasaran_of_unit;
  for (const auto& [id, sasaran] : document.sasaran) {
    text[id] = sasaran.statement;
    sasaran_of_unit[sasaran.unit].push_back(id);
  }
  for (const auto& [id, indikator] : document.indikator) text[indikator.sasaran] += " " + indikator.name;

  SimilarityIndex index;
  std::map<Id, std::vector<std::string>> stems;
  for (const auto& [id, words] : text) {
    stems[id] = content_stems(words);
    index.add(stems[id]);
  }
  std::map<Id, SimilarityIndex::Profile> profiles;
  for (const auto& [id, words] : stems) profiles[id] = index.profile(words);

  bool too_many_noted = false;
  for (auto& [id, sasaran] : document.sasaran) {
    if (sasaran.parent != kNoId) continue;
    const Unit* unit = document.find_unit(sasaran.unit);
    if (!unit || unit->parent == kNoId) continue;
    // The nearest ancestor that owns sasaran (a Bidang without its own table passes to the head).
    const Unit* ancestor = document.find_unit(unit->parent);
    for (int guard = 0; ancestor && !sasaran_of_unit.count(ancestor->id) && guard < 64; ++guard)
      ancestor = document.find_unit(ancestor->parent);
    LinkSuggestion suggestion;
    suggestion.sasaran = id;
    // A unit with hundreds of sasaran is no unit of an agency but a list: comparing with all would be quadratic.
    constexpr std::size_t kMostCandidates = 300;
    if (ancestor && sasaran_of_unit[ancestor->id].size() > kMostCandidates) {
      if (!too_many_noted) {
        report.note({"Unit dengan lebih dari 300 sasaran: tautannya tidak diusulkan; gunakan kolom kode induk.",
                     "Units with more than 300 sasaran: their links are not suggested; use a parent-code column."});
        too_many_noted = true;
      }
      ancestor = nullptr;
    }
    if (ancestor) {
      for (Id candidate : sasaran_of_unit[ancestor->id]) {
        double score = index.similarity(profiles[id], profiles[candidate]);
        if (score > suggestion.score + 1e-9 || suggestion.parent == kNoId) {
          suggestion.score = score;
          suggestion.parent = candidate;
        }
      }
    }
    if (suggestion.parent != kNoId && suggestion.score >= threshold) {
      sasaran.parent = suggestion.parent;
      sasaran.link_origin = LinkOrigin::Suggested;
      sasaran.suggestion_score = suggestion.score;
      suggestion.applied = true;
    }
    report.suggestions.push_back(suggestion);
  }
}

}  // namespace pokin::import
