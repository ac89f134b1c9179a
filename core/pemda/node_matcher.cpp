#include "core/pemda/node_matcher.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_set>

#include "core/import/text_similarity.h"
#include "core/text/ascii_text.h"

namespace pokin::pemda {
namespace {

// Larger groups are matched by origin and exact text only: a pathological file must not take quadratic time.
constexpr std::size_t kMostScoredPairs = 4'000'000;

std::string same_text_key(const std::string& text) { return lower_ascii(trimmed(text)); }

}  // namespace

std::unordered_map<Id, Id> match_nodes(const std::vector<MatchItem>& old_items, const std::vector<MatchItem>& new_items) {
  std::unordered_map<Id, Id> matches;
  std::unordered_set<Id> old_taken;
  import::SimilarityIndex index;
  std::vector<std::vector<std::string>> old_stems, new_stems;
  for (const MatchItem& item : old_items) index.add(old_stems.emplace_back(import::content_stems(item.text)));
  for (const MatchItem& item : new_items) index.add(new_stems.emplace_back(import::content_stems(item.text)));
  auto same_code = [](const MatchItem& a, const MatchItem& b) { return !a.code.empty() && a.code == b.code; };

  std::unordered_map<Id, std::size_t> old_by_origin;
  for (std::size_t k = 0; k < old_items.size(); ++k)
    if (old_items[k].origin != kNoId) old_by_origin.emplace(old_items[k].origin, k);
  for (std::size_t n = 0; n < new_items.size(); ++n) {
    auto found = old_by_origin.find(new_items[n].id);
    if (found == old_by_origin.end()) continue;
    const MatchItem& old = old_items[found->second];
    if (old.group != new_items[n].group || old_taken.count(old.id)) continue;
    bool agrees = same_code(old, new_items[n]) || same_text_key(old.text) == same_text_key(new_items[n].text) ||
                  index.similarity(old_stems[found->second], new_stems[n]) >= 0.5;
    if (agrees) matches.emplace(new_items[n].id, old.id), old_taken.insert(old.id);
  }

  std::map<std::pair<std::int64_t, std::string>, std::vector<std::size_t>> old_by_text;
  for (std::size_t k = 0; k < old_items.size(); ++k)
    if (!old_taken.count(old_items[k].id))
      old_by_text[{old_items[k].group, same_text_key(old_items[k].text)}].push_back(k);
  for (std::size_t n = 0; n < new_items.size(); ++n) {
    if (matches.count(new_items[n].id)) continue;
    auto found = old_by_text.find({new_items[n].group, same_text_key(new_items[n].text)});
    if (found == old_by_text.end()) continue;
    for (std::size_t k : found->second)
      if (!old_taken.count(old_items[k].id) && (old_items[k].code.empty() || new_items[n].code.empty() ||
                                                same_code(old_items[k], new_items[n]))) {
        matches.emplace(new_items[n].id, old_items[k].id), old_taken.insert(old_items[k].id);
        break;
      }
  }

  std::map<std::int64_t, std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> groups;
  for (std::size_t k = 0; k < old_items.size(); ++k)
    if (!old_taken.count(old_items[k].id)) groups[old_items[k].group].first.push_back(k);
  for (std::size_t n = 0; n < new_items.size(); ++n)
    if (!matches.count(new_items[n].id)) groups[new_items[n].group].second.push_back(n);
  for (const auto& [group, members] : groups) {
    const auto& [olds, news] = members;
    if (olds.empty() || news.empty() || olds.size() * news.size() > kMostScoredPairs) continue;
    std::vector<import::SimilarityIndex::Profile> old_profiles, new_profiles;
    for (std::size_t k : olds) old_profiles.push_back(index.profile(old_stems[k]));
    for (std::size_t n : news) new_profiles.push_back(index.profile(new_stems[n]));
    std::vector<std::tuple<double, std::size_t, std::size_t>> pairs;  // score, old, new (indexes into items)
    for (std::size_t a = 0; a < olds.size(); ++a)
      for (std::size_t b = 0; b < news.size(); ++b) {
        double score = index.similarity(old_profiles[a], new_profiles[b]) +
                       (same_code(old_items[olds[a]], new_items[news[b]]) ? kCodeBonus : 0.0);
        if (score >= kMinMatchScore) pairs.emplace_back(score, olds[a], news[b]);
      }
    // The best pair first; ties by position, so the result does not depend on the sort's whims.
    std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) {
      if (std::get<0>(x) != std::get<0>(y)) return std::get<0>(x) > std::get<0>(y);
      return std::tie(std::get<1>(x), std::get<2>(x)) < std::tie(std::get<1>(y), std::get<2>(y));
    });
    for (const auto& [score, k, n] : pairs) {
      if (old_taken.count(old_items[k].id) || matches.count(new_items[n].id)) continue;
      matches.emplace(new_items[n].id, old_items[k].id), old_taken.insert(old_items[k].id);
    }
  }
  return matches;
}

}  // namespace pokin::pemda
