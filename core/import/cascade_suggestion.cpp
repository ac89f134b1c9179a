#include "core/import/cascade_suggestion.h"

#include <algorithm>

#include "core/import/kode_prefix.h"
#include "core/import/text_similarity.h"

namespace pokin::import {
namespace {

// The sasaran's own words (statement and indicators) weigh most; the names of its unit and of the units passed
// on the way up ("Bidang Tenaga Kerja" above a vague "kualitas pencari kerja") add a quarter of their similarity:
// they say which branch it belongs to.
constexpr double kUnitNameWeight = 0.25;
// A code that continues the candidate's code ("1.2.3" under "1.2") or a nomenclature kode that does ("1.02.01.2.02"
// under the program "1.02.01") is written structure: it outweighs any word overlap (words and names give at most
// 1.25), and of two such candidates the longer prefix wins.
constexpr double kPrefixBonus = 1.5;
constexpr double kLongerPrefixBonus = 0.1;
// A unit whose parent unit owns one sasaran has no choice to make: the hierarchy gives the link.
constexpr double kSoleCandidateScore = 0.5;
// A sasaran that shares no word with any candidate follows the parent most of its unit's other sasaran chose (a
// Seksi works for one or two sasaran of its Bidang, not for all of them), with half their mean score.
constexpr double kFollowedShare = 0.5;
// A sasaran of the parent unit that nobody supports takes over a child that scores at least this share of its best
// there, when that child's current parent keeps another child (every sasaran above should be cascaded).
constexpr double kCoverageShare = 0.5;
// A unit with hundreds of sasaran is no unit of an agency but a list: comparing with all would be quadratic.
constexpr std::size_t kMostCandidates = 300;

// The nearest ancestor of `unit` that owns sasaran (a Bidang without its own table passes to the head), and the
// units passed on the way; nullptr when there is none within 64 levels (no agency is that deep; a cycle in a broken
// document ends there too) or when the walk comes back to `unit`.
const Unit* owning_ancestor(const Document& document, const Unit& unit, const std::map<Id, std::vector<Id>>& sasaran_of_unit,
                            std::vector<const Unit*>& passed) {
  const Unit* ancestor = document.find_unit(unit.parent);
  for (std::size_t steps = 0; ancestor && !sasaran_of_unit.count(ancestor->id); ++steps) {
    if (steps >= 64 || ancestor->id == unit.id) return nullptr;
    passed.push_back(ancestor);
    ancestor = document.find_unit(ancestor->parent);
  }
  if (ancestor && ancestor->id == unit.id) return nullptr;
  return ancestor;
}

// Whether linking `child` under `parent` would make `child` its own ancestor. Only a document whose units form a
// cycle (no importer makes one) gets here; a chain longer than 256 levels counts as one too.
bool would_close_a_cycle(const Document& document, Id child, Id parent) {
  const Sasaran* above = document.find_sasaran(parent);
  for (int steps = 0; above; ++steps) {
    if (above->id == child || steps > 256) return true;
    above = document.find_sasaran(above->parent);
  }
  return false;
}

struct Choice {
  Id sasaran = kNoId;
  std::vector<std::pair<Id, double>> scores;  // per candidate, in candidate order
  std::vector<bool> by_code;                  // per candidate: its code or nomenclature kode is a prefix
  std::size_t best = 0;                       // index into scores
  SuggestionBasis basis = SuggestionBasis::Words;
  bool without_evidence = false;  // shares no word with any candidate
};

}  // namespace

void suggest_cascade(Document& document, ImportReport& report, double threshold) {
  // Nothing to suggest when every sasaran below the head has its parent (a matrix, a sheet with kode induk): the
  // word index below would be built for nothing.
  bool unlinked = std::any_of(document.sasaran.begin(), document.sasaran.end(), [&](const auto& entry) {
    const Unit* unit = document.find_unit(entry.second.unit);
    return entry.second.parent == kNoId && unit && unit->parent != kNoId;
  });
  if (!unlinked) return;
  std::map<Id, std::string> text;
  std::map<Id, std::vector<Id>> sasaran_of_unit;    // every statement, in id order
  std::map<Id, std::vector<Id>> candidates_of_unit;  // those a lower sasaran may support: no Tujuan when sasaran exist
  for (const auto& [id, sasaran] : document.sasaran) {
    text[id] = sasaran.statement;
    sasaran_of_unit[sasaran.unit].push_back(id);
    if (sasaran.kind == StatementKind::Sasaran) candidates_of_unit[sasaran.unit].push_back(id);
  }
  for (const auto& [unit, ids] : sasaran_of_unit)
    if (!candidates_of_unit.count(unit)) candidates_of_unit[unit] = ids;
  for (const auto& [id, indikator] : document.indikator) text[indikator.sasaran] += " " + indikator.name;

  SimilarityIndex index;
  std::map<Id, std::vector<std::string>> stems;
  for (const auto& [id, words] : text) {
    stems[id] = content_stems(words);
    index.add(stems[id]);
  }
  std::map<Id, SimilarityIndex::Profile> profiles;
  for (const auto& [id, words] : stems) profiles[id] = index.profile(words);
  std::map<Id, std::vector<int>> codes, nomenclature_codes;
  for (const auto& [id, sasaran] : document.sasaran) {
    codes[id] = code_parts(sasaran.code);
    nomenclature_codes[id] = code_parts(sasaran.nomenclature.kode);
  }

  // Per unit below the head: where its sasaran look for parents, and the words of its name and of the units passed.
  struct UnitContext {
    const Unit* ancestor = nullptr;
    SimilarityIndex::Profile name;
  };
  std::map<Id, UnitContext> contexts;
  auto context_of = [&](const Unit& unit) -> const UnitContext& {
    auto found = contexts.find(unit.id);
    if (found != contexts.end()) return found->second;
    UnitContext context;
    std::vector<const Unit*> passed;
    context.ancestor = owning_ancestor(document, unit, sasaran_of_unit, passed);
    std::vector<std::string> words = unit_name_stems(unit.name);
    for (const Unit* between : passed)
      for (std::string& stem : unit_name_stems(between->name))
        if (std::find(words.begin(), words.end(), stem) == words.end()) words.push_back(std::move(stem));
    context.name = index.profile(words);
    return contexts.emplace(unit.id, std::move(context)).first->second;
  };

  // Pass 1: every unlinked sasaran below the head scores the candidates of its ancestor unit.
  std::vector<Choice> choices;
  std::vector<LinkSuggestion> listed;  // in document.sasaran order, those without a candidate included
  std::map<Id, std::size_t> choice_of;  // sasaran -> index into choices
  bool too_many_noted = false;
  for (const auto& [id, sasaran] : document.sasaran) {
    if (sasaran.parent != kNoId) continue;
    const Unit* unit = document.find_unit(sasaran.unit);
    if (!unit || unit->parent == kNoId) continue;
    const UnitContext& context = context_of(*unit);
    const Unit* ancestor = context.ancestor;
    listed.push_back({id, kNoId, 0, false});
    if (ancestor && candidates_of_unit[ancestor->id].size() > kMostCandidates) {
      if (!too_many_noted) {
        report.note({"Unit dengan lebih dari 300 sasaran: tautannya tidak diusulkan; gunakan kolom kode induk.",
                     "Units with more than 300 sasaran: their links are not suggested; use a parent-code column."});
        too_many_noted = true;
      }
      ancestor = nullptr;
    }
    if (!ancestor) continue;
    Choice choice;
    choice.sasaran = id;
    const std::vector<Id>& candidates = candidates_of_unit[ancestor->id];
    if (candidates.empty()) continue;
    double own_best = 0;  // the words alone say whether there is any evidence
    const SimilarityIndex::Profile& own_profile = profiles.at(id);
    choice.scores.reserve(candidates.size());
    for (Id candidate : candidates) {
      const SimilarityIndex::Profile& candidate_profile = profiles.at(candidate);
      double own = index.similarity(own_profile, candidate_profile);
      double score = own + kUnitNameWeight * index.similarity(context.name, candidate_profile);
      bool by_code = false;
      for (const auto* parts : {&codes, &nomenclature_codes}) {
        const std::vector<int>& child_parts = parts->at(id);
        if (child_parts.empty()) continue;
        if (int covered = code_prefix_length(parts->at(candidate), child_parts)) {
          score += kPrefixBonus + kLongerPrefixBonus * covered / child_parts.size();
          by_code = true;
        }
      }
      choice.by_code.push_back(by_code);
      if (candidates.size() == 1) score = std::max(score, kSoleCandidateScore);
      if (choice.scores.empty() || score > choice.scores[choice.best].second + 1e-9) choice.best = choice.scores.size();
      choice.scores.emplace_back(candidate, score);
      own_best = std::max(own_best, own);
    }
    choice.without_evidence = candidates.size() > 1 && own_best <= 0;
    if (choice.by_code[choice.best]) choice.basis = SuggestionBasis::Code;
    else if (candidates.size() == 1) choice.basis = SuggestionBasis::SoleCandidate;
    choice_of[id] = choices.size();
    choices.push_back(std::move(choice));
  }

  // Pass 2: a sasaran without evidence of its own follows the parent most of its unit's other sasaran chose.
  struct Votes {
    int count = 0;
    double score = 0;  // sum of the voters' scores
  };
  std::map<Id, std::map<Id, Votes>> votes;  // unit -> parent -> the sasaran with evidence that chose it
  for (const Choice& choice : choices) {
    if (choice.without_evidence) continue;
    Votes& vote = votes[document.sasaran.at(choice.sasaran).unit][choice.scores[choice.best].first];
    ++vote.count;
    vote.score += choice.scores[choice.best].second;
  }
  for (Choice& choice : choices) {
    if (!choice.without_evidence) continue;
    Id leader = kNoId;
    Votes most;
    bool tied = false;
    for (const auto& [parent, vote] : votes[document.sasaran.at(choice.sasaran).unit]) {
      if (vote.count > most.count) leader = parent, most = vote, tied = false;
      else if (vote.count == most.count) tied = true;
    }
    if (leader == kNoId || tied) continue;
    for (std::size_t i = 0; i < choice.scores.size(); ++i)
      if (choice.scores[i].first == leader) {
        choice.best = i;
        choice.basis = SuggestionBasis::Siblings;
        choice.scores[i].second = std::max(choice.scores[i].second, kFollowedShare * most.score / most.count);
      }
  }

  // Pass 3: a candidate nobody chose takes the child that fits it well enough, if that child's parent keeps another.
  std::map<Id, int> children;
  for (const Choice& choice : choices) ++children[choice.scores[choice.best].first];
  std::map<Id, std::vector<std::size_t>> choices_by_candidate;  // candidate -> choices that scored it
  for (std::size_t c = 0; c < choices.size(); ++c)
    for (std::size_t i = 0; i < choices[c].scores.size(); ++i)
      if (choices[c].scores.size() > 1) choices_by_candidate[choices[c].scores[i].first].push_back(c);
  for (const auto& [candidate, scored_by] : choices_by_candidate) {
    if (children[candidate] > 0) continue;
    // The child that fits the candidate best.
    std::size_t taker = choices.size(), taker_index = 0;
    double taker_score = 0;
    for (std::size_t c : scored_by) {
      const Choice& choice = choices[c];
      Id current = choice.scores[choice.best].first;
      if (children[current] < 2) continue;
      for (std::size_t i = 0; i < choice.scores.size(); ++i) {
        double score = choice.scores[i].second;
        if (choice.scores[i].first == candidate && score > taker_score &&
            score >= kCoverageShare * choice.scores[choice.best].second)
          taker = c, taker_index = i, taker_score = score;
      }
    }
    if (taker == choices.size()) continue;
    --children[choices[taker].scores[choices[taker].best].first];
    choices[taker].best = taker_index;
    choices[taker].basis = SuggestionBasis::Coverage;
    ++children[candidate];
  }

  for (LinkSuggestion& suggestion : listed) {
    auto found = choice_of.find(suggestion.sasaran);
    if (found != choice_of.end()) {
      const Choice& choice = choices[found->second];
      suggestion.parent = choice.scores[choice.best].first;
      suggestion.score = std::min(choice.scores[choice.best].second, 1.0);  // a score, 0..1, for the report
      suggestion.basis = choice.basis;
    }
    if (suggestion.parent != kNoId && suggestion.score >= threshold &&
        !would_close_a_cycle(document, suggestion.sasaran, suggestion.parent)) {
      Sasaran& sasaran = document.sasaran.at(suggestion.sasaran);
      sasaran.parent = suggestion.parent;
      sasaran.link_origin = LinkOrigin::Suggested;
      sasaran.suggestion_score = suggestion.score;
      suggestion.applied = true;
    }
    report.suggestions.push_back(suggestion);
  }
}

}  // namespace pokin::import
