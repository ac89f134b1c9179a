#include "core/compare/content_matching.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/checks/comparable_text.h"
#include "core/compare/target_series.h"
#include "core/compare/tree_order.h"
#include "core/import/text_similarity.h"
#include "core/model/enum_names.h"

namespace pokin {
namespace {

using import::SimilarityIndex;

// What the context adds to the words: a pair under matched parents, of matched units, with the same code, is the
// more likely of two equally worded candidates. Small beside the similarity itself, so words still decide.
constexpr double kParentBonus = 0.15;
constexpr double kUnitBonus = 0.1;
constexpr double kCodeBonus = 0.1;
constexpr double kIndikatorCodeBonus = 0.3;
// The same telling run of yearly targets (target_series.h): an indicator reworded in an amendment keeps its numbers.
// Decides between two equally worded candidates, and between sasaran whose indicators kept theirs.
constexpr double kSeriesBonus = 0.3;
// A stem that more than this share of the candidates carry ("tingkat", "layan") finds no candidates on its own:
// it would make the search quadratic and proves little.
constexpr double kCommonStemShare = 0.1;
constexpr std::size_t kFewestPostingLimit = 64;
// Below this many candidates, a text without a rare stem is compared with every one of them.
constexpr std::size_t kCompareAllBelow = 300;
constexpr Id kUnmatchedParent = -1;  // an old parent without a match: never equal to a new parent

struct Candidate {
  Id old_node = kNoId;
  Id new_node = kNoId;
  double similarity = 0;
  double total = 0;
  bool by_code = false;
  bool same_targets = false;  // the targets decided: the words alone were below the bar
};

// The one-to-one assignment: best total first, each node taken once; ties in id order, so the result is stable.
void assign(std::vector<Candidate>& candidates, DiffNodeType type, NodeMatching& matching) {
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.total != b.total) return a.total > b.total;
    if (a.old_node != b.old_node) return a.old_node < b.old_node;
    return a.new_node < b.new_node;
  });
  for (const Candidate& c : candidates)
    matching.add({type, c.old_node, c.new_node, c.by_code ? MatchBasis::Code : MatchBasis::Text, std::min(1.0, c.similarity),
                  c.same_targets});
}

using Profiles = std::unordered_map<Id, SimilarityIndex::Profile>;

// For each old node, the new nodes that share a stem with it that not too many share; with no such stem and few
// new nodes, every new node.
std::vector<std::pair<Id, Id>> sharing_pairs(const std::vector<Id>& olds, const Profiles& old_profiles,
                                             const std::vector<Id>& news, const Profiles& new_profiles) {
  std::unordered_map<int, std::vector<Id>> postings;
  for (Id id : news)
    for (const auto& term : new_profiles.at(id).terms)
      if (term.first >= 0) postings[term.first].push_back(id);
  const std::size_t limit = std::max(kFewestPostingLimit, static_cast<std::size_t>(kCommonStemShare * news.size()));
  std::vector<std::pair<Id, Id>> pairs;
  std::vector<Id> found;
  for (Id old_node : olds) {
    found.clear();
    for (const auto& term : old_profiles.at(old_node).terms) {
      auto posting = postings.find(term.first);
      if (posting == postings.end() || posting->second.size() > limit) continue;
      found.insert(found.end(), posting->second.begin(), posting->second.end());
    }
    if (found.empty() && news.size() < kCompareAllBelow) found = news;
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    for (Id new_node : found) pairs.emplace_back(old_node, new_node);
  }
  return pairs;
}

class ContentMatcher {
 public:
  ContentMatcher(const Document& old_document, const Document& new_document, double min_score,
                 const std::vector<NodePair>& rejected)
      : old_(old_document),
        new_(new_document),
        old_index_(old_document),
        new_index_(new_document),
        twins_(old_document, new_document),
        min_(min_score),
        matching_(rejected) {}

  NodeMatching run() {
    match_units();
    match_sasaran();
    match_indikator();
    match_links();
    return std::move(matching_);
  }

 private:
  Id mapped(Id old_node) const {
    if (old_node == kNoId) return kNoId;
    Id found = matching_.new_of(old_node);
    return found == kNoId ? kUnmatchedParent : found;
  }

  void match_units() {
    std::unordered_map<std::string, std::vector<Id>> new_by_name;
    std::vector<Id> new_order = units_in_tree_order(new_, new_index_);
    for (Id id : new_order) new_by_name[comparable_text(new_.units.at(id).name)].push_back(id);
    std::vector<Id> old_order = units_in_tree_order(old_, old_index_);
    std::unordered_map<std::string, int> old_copies;
    for (Id id : old_order) ++old_copies[comparable_text(old_.units.at(id).name)];
    for (Id id : old_order) {
      const Unit& unit = old_.units.at(id);
      std::string key = comparable_text(unit.name);
      if (key.empty()) continue;
      auto found = new_by_name.find(key);
      if (found == new_by_name.end()) continue;
      // A name several units carry ("Sub Bagian Keuangan" in every OPD) goes to the one under the matched parent.
      Id best = kNoId;
      for (Id candidate : found->second)
        if (!matching_.new_matched(candidate) && !matching_.rejected(id, candidate) &&
            new_.units.at(candidate).parent == mapped(unit.parent)) {
          best = candidate;
          break;
        }
      if (best == kNoId && old_copies[key] == 1 && found->second.size() == 1 && !matching_.new_matched(found->second[0]))
        best = found->second[0];
      if (best != kNoId) matching_.add({DiffNodeType::Unit, id, best, MatchBasis::Text, 1});
    }
    // Renamed units: similar names, the words every unit name carries left out.
    SimilarityIndex index;
    std::unordered_map<Id, std::vector<std::string>> old_stems, new_stems;
    for (const auto& [id, unit] : old_.units) index.add(old_stems[id] = import::unit_name_stems(unit.name));
    for (const auto& [id, unit] : new_.units) index.add(new_stems[id] = import::unit_name_stems(unit.name));
    std::vector<Id> olds, news;
    Profiles old_profiles, new_profiles;
    for (Id id : old_order)
      if (!matching_.old_matched(id)) olds.push_back(id), old_profiles[id] = index.profile(old_stems[id]);
    for (Id id : new_order)
      if (!matching_.new_matched(id)) news.push_back(id), new_profiles[id] = index.profile(new_stems[id]);
    std::vector<Candidate> candidates;
    for (auto [old_node, new_node] : sharing_pairs(olds, old_profiles, news, new_profiles)) {
      double similarity = index.similarity(old_profiles[old_node], new_profiles[new_node]);
      if (similarity < min_) continue;
      bool under_parent = new_.units.at(new_node).parent == mapped(old_.units.at(old_node).parent);
      candidates.push_back({old_node, new_node, similarity, similarity + (under_parent ? kParentBonus : 0), false});
    }
    assign(candidates, DiffNodeType::Unit, matching_);
  }

  void match_sasaran() {
    // Profiles of statement and indicator names: a sasaran reworded but keeping its indicators still resembles
    // itself.
    SimilarityIndex index;
    std::unordered_map<Id, std::vector<std::string>> old_stems, new_stems;
    auto stems_of = [](const Document& document, const TreeIndex& tree, Id id) {
      std::string text = document.sasaran.at(id).statement;
      for (Id indikator : tree.sasaran_indikator(id)) text += " " + document.indikator.at(indikator).name;
      return import::content_stems(text);
    };
    for (const auto& entry : old_.sasaran) index.add(old_stems[entry.first] = stems_of(old_, old_index_, entry.first));
    for (const auto& entry : new_.sasaran) index.add(new_stems[entry.first] = stems_of(new_, new_index_, entry.first));

    // The same statement: most of an amendment.
    std::vector<Id> new_order = sasaran_in_tree_order(new_, new_index_);
    std::unordered_map<std::string, std::vector<Id>> new_by_text;
    auto text_key = [](const Sasaran& sasaran) {
      std::string text = comparable_text(sasaran.statement);
      return text.empty() ? text : std::string(to_word(sasaran.kind)) + "|" + text;
    };
    for (Id id : new_order) new_by_text[text_key(new_.sasaran.at(id))].push_back(id);
    std::vector<Id> old_order = sasaran_in_tree_order(old_, old_index_);
    std::unordered_map<std::string, int> old_copies;
    for (Id id : old_order) ++old_copies[text_key(old_.sasaran.at(id))];
    for (Id id : old_order) {
      const Sasaran& sasaran = old_.sasaran.at(id);
      std::string key = text_key(sasaran);
      if (key.empty()) continue;
      auto found = new_by_text.find(key);
      if (found == new_by_text.end()) continue;
      // A statement written several times (copy-pasted seksi) goes to the copy under the matched parent or of the
      // matched unit; without either, the choice is left to the similarity pass, where the context decides.
      const bool unique = old_copies[key] == 1 && found->second.size() == 1;
      Id best = kNoId;
      double best_context = -1;
      for (Id candidate : found->second) {
        if (matching_.new_matched(candidate) || matching_.rejected(id, candidate)) continue;
        const Sasaran& other = new_.sasaran.at(candidate);
        double context = 2.0 * (other.parent == mapped(sasaran.parent)) + 1.0 * (other.unit == mapped(sasaran.unit)) +
                         0.5 * same_code(sasaran.code, other.code);
        if (context > best_context) best = candidate, best_context = context;
      }
      if (best != kNoId && (unique || best_context >= 1))
        matching_.add({DiffNodeType::Sasaran, id, best,
                       same_code(sasaran.code, new_.sasaran.at(best).code) ? MatchBasis::Code : MatchBasis::Text, 1});
    }

    // Similar statements, level by level from the top (a matched parent helps its children), then across levels.
    std::set<int> levels;
    for (const auto& entry : old_.sasaran) levels.insert(entry.second.level);
    for (int level : levels) match_similar_sasaran(index, old_stems, new_stems, old_order, new_order, &level);
    match_similar_sasaran(index, old_stems, new_stems, old_order, new_order, nullptr);
  }

  static bool same_code(const std::string& a, const std::string& b) {
    return !a.empty() && comparable_text(a) == comparable_text(b);
  }

  void match_similar_sasaran(const SimilarityIndex& index, std::unordered_map<Id, std::vector<std::string>>& old_stems,
                             std::unordered_map<Id, std::vector<std::string>>& new_stems, const std::vector<Id>& old_order,
                             const std::vector<Id>& new_order, const int* level) {
    std::vector<Id> olds, news;
    Profiles old_profiles, new_profiles;
    for (Id id : old_order)
      if (!matching_.old_matched(id) && (!level || old_.sasaran.at(id).level == *level))
        olds.push_back(id), old_profiles[id] = index.profile(old_stems[id]);
    for (Id id : new_order)
      if (!matching_.new_matched(id) && (!level || new_.sasaran.at(id).level == *level))
        news.push_back(id), new_profiles[id] = index.profile(new_stems[id]);
    if (olds.empty() || news.empty()) return;
    std::vector<std::pair<Id, Id>> pairs = sharing_pairs(olds, old_profiles, news, new_profiles);
    // An equal code is a candidate even without a shared word.
    std::unordered_map<std::string, std::vector<Id>> new_by_code;
    for (Id id : news)
      if (!new_.sasaran.at(id).code.empty()) new_by_code[comparable_text(new_.sasaran.at(id).code)].push_back(id);
    for (Id id : olds) {
      auto found = new_by_code.find(comparable_text(old_.sasaran.at(id).code));
      if (found != new_by_code.end() && !old_.sasaran.at(id).code.empty())
        for (Id candidate : found->second) pairs.emplace_back(id, candidate);
    }
    // So is the sasaran of an indikator's target twin.
    std::unordered_set<Id> open(news.begin(), news.end());
    for (Id id : olds)
      for (Id indikator : old_index_.sasaran_indikator(id)) {
        Id twin = twins_.new_twin(indikator);
        if (twin != kNoId && open.count(new_.indikator.at(twin).sasaran)) pairs.emplace_back(id, new_.indikator.at(twin).sasaran);
      }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    std::vector<Candidate> candidates;
    for (auto [old_node, new_node] : pairs) {
      const Sasaran& a = old_.sasaran.at(old_node);
      const Sasaran& b = new_.sasaran.at(new_node);
      if (a.kind != b.kind) continue;
      double similarity = index.similarity(old_profiles[old_node], new_profiles[new_node]);
      bool under_parent = b.parent == mapped(a.parent);
      bool of_unit = b.unit == mapped(a.unit);
      // Two top sasaran are both "under no parent": only a matched owner unit makes their equal codes evidence.
      bool by_code = same_code(a.code, b.code) && ((a.parent != kNoId && under_parent) || of_unit);
      bool series = share_target_series(old_node, new_node);
      // An indikator's unchanged targets are the stronger evidence: its sasaran need share only a few words.
      if (similarity < min_ && !(by_code && similarity >= min_ / 2) && !(series && similarity >= min_ / 4)) continue;
      double total = similarity + kParentBonus * under_parent + kUnitBonus * of_unit + kCodeBonus * by_code +
                     kSeriesBonus * series;
      candidates.push_back({old_node, new_node, similarity, total, by_code, series && similarity < min_});
    }
    assign(candidates, DiffNodeType::Sasaran, matching_);
  }

  void match_indikator() {
    SimilarityIndex index;
    Profiles old_profiles, new_profiles;
    {
      std::unordered_map<Id, std::vector<std::string>> old_stems, new_stems;
      for (const auto& [id, indikator] : old_.indikator) index.add(old_stems[id] = import::content_stems(indikator.name));
      for (const auto& [id, indikator] : new_.indikator) index.add(new_stems[id] = import::content_stems(indikator.name));
      for (auto& [id, stems] : old_stems) old_profiles[id] = index.profile(stems);
      for (auto& [id, stems] : new_stems) new_profiles[id] = index.profile(stems);
    }
    auto similarity_of = [&](Id old_node, Id new_node) {
      if (comparable_text(old_.indikator.at(old_node).name) == comparable_text(new_.indikator.at(new_node).name)) return 1.0;
      return index.similarity(old_profiles[old_node], new_profiles[new_node]);
    };
    // Within matched sasaran.
    std::vector<NodeMatch> sasaran_matches;
    for (const NodeMatch& match : matching_.matches())
      if (match.type == DiffNodeType::Sasaran) sasaran_matches.push_back(match);
    for (const NodeMatch& match : sasaran_matches) {
      const std::vector<Id>& olds = old_index_.sasaran_indikator(match.old_node);
      const std::vector<Id>& news = new_index_.sasaran_indikator(match.new_node);
      const bool sole = olds.size() == 1 && news.size() == 1;
      std::vector<Candidate> candidates;
      for (Id old_node : olds)
        for (Id new_node : news) {
          double similarity = similarity_of(old_node, new_node);
          bool by_code = same_code(old_.indikator.at(old_node).code, new_.indikator.at(new_node).code);
          // Under matched sasaran, the same telling run of targets is enough whatever the words.
          bool series = twins_.twins(old_node, new_node);
          if (similarity < min_ && !series && !((by_code || sole) && similarity >= min_ / 2)) continue;
          candidates.push_back({old_node, new_node, similarity,
                                similarity + kIndikatorCodeBonus * by_code + kSeriesBonus * series, by_code,
                                series && similarity < min_});
        }
      assign(candidates, DiffNodeType::Indikator, matching_);
    }
    // Moved to another sasaran: the same name, when only one candidate (or one in the matched unit) has it.
    std::unordered_map<std::string, std::vector<Id>> new_by_name;
    for (const auto& [id, indikator] : new_.indikator)
      if (!matching_.new_matched(id)) new_by_name[comparable_text(indikator.name)].push_back(id);
    for (const auto& [id, indikator] : old_.indikator) {
      if (matching_.old_matched(id)) continue;
      auto found = new_by_name.find(comparable_text(indikator.name));
      if (found == new_by_name.end() || found->first.empty()) continue;
      std::vector<Id> open, in_unit;
      const Sasaran* owner = old_.find_sasaran(indikator.sasaran);
      for (Id candidate : found->second) {
        if (matching_.new_matched(candidate) || matching_.rejected(id, candidate)) continue;
        open.push_back(candidate);
        const Sasaran* other = new_.find_sasaran(new_.indikator.at(candidate).sasaran);
        if (owner && other && other->unit == mapped(owner->unit)) in_unit.push_back(candidate);
      }
      Id chosen = open.size() == 1 ? open[0] : in_unit.size() == 1 ? in_unit[0] : kNoId;
      if (chosen != kNoId) matching_.add({DiffNodeType::Indikator, id, chosen, MatchBasis::Text, 1});
    }
  }

  void match_links() {
    for (const auto& [id, link] : old_.links) {
      Id from = matching_.new_of(link.from);
      if (from == kNoId) continue;
      Id to = link.to == kNoId ? kNoId : matching_.new_of(link.to);
      if (link.to != kNoId && to == kNoId) continue;
      for (Id candidate : new_index_.links_from(from)) {
        const CrosscuttingLink& other = new_.links.at(candidate);
        bool same_end = link.to != kNoId ? other.to == to
                                         : other.to == kNoId && comparable_text(other.partner_name) == comparable_text(link.partner_name);
        if (same_end && matching_.add({DiffNodeType::Link, id, candidate, MatchBasis::Code, 1})) break;
      }
    }
  }

  // True when an indikator of the old sasaran and one of the new carry the same telling run of targets.
  bool share_target_series(Id old_sasaran, Id new_sasaran) const {
    for (Id indikator : old_index_.sasaran_indikator(old_sasaran)) {
      Id twin = twins_.new_twin(indikator);
      if (twin != kNoId && new_.indikator.at(twin).sasaran == new_sasaran) return true;
    }
    return false;
  }

  const Document& old_;
  const Document& new_;
  TreeIndex old_index_;
  TreeIndex new_index_;
  TargetSeriesTwins twins_;
  double min_;
  NodeMatching matching_;
};

}  // namespace

NodeMatching match_by_content(const Document& old_document, const Document& new_document, double min_text_score,
                              const std::vector<NodePair>& rejected) {
  return ContentMatcher(old_document, new_document, min_text_score, rejected).run();
}

}  // namespace pokin
