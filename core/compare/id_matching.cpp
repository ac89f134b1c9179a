#include "core/compare/id_matching.h"

#include <algorithm>
#include <optional>
#include <set>
#include <sstream>

#include "core/checks/comparable_text.h"

namespace pokin {
namespace {

// Above this many common ids, every n-th is looked at: the verdict needs a fair sample, not every node.
constexpr std::size_t kMostSampled = 2000;
constexpr double kSameShare = 0.7;
constexpr double kSimilarWords = 0.5;

struct NodeKind {
  DiffNodeType type = DiffNodeType::Unit;
  std::string text;
};

std::optional<NodeKind> node_kind(const Document& document, Id id) {
  if (const Unit* unit = document.find_unit(id)) return NodeKind{DiffNodeType::Unit, unit->name};
  if (const Sasaran* sasaran = document.find_sasaran(id)) return NodeKind{DiffNodeType::Sasaran, sasaran->statement};
  if (const Indikator* indikator = document.find_indikator(id)) return NodeKind{DiffNodeType::Indikator, indikator->name};
  if (const CrosscuttingLink* link = document.find_link(id))
    return NodeKind{DiffNodeType::Link, std::to_string(link->from) + " " + std::to_string(link->to) + " " + link->partner_name};
  return std::nullopt;
}

std::set<std::string> words_of(const std::string& text) {
  std::istringstream in(comparable_text(text));
  std::set<std::string> words;
  for (std::string word; in >> word;) words.insert(word);
  return words;
}

// Dice coefficient of the two word sets; two empty texts are alike.
double word_overlap(const std::string& a, const std::string& b) {
  std::set<std::string> left = words_of(a), right = words_of(b);
  if (left.empty() && right.empty()) return 1;
  std::size_t common = 0;
  for (const std::string& word : left) common += right.count(word);
  return 2.0 * common / (left.size() + right.size());
}

std::vector<Id> ids_of(const Document& document) {
  std::vector<Id> ids;
  ids.reserve(document.units.size() + document.sasaran.size() + document.indikator.size() + document.links.size());
  for (const auto& entry : document.units) ids.push_back(entry.first);
  for (const auto& entry : document.sasaran) ids.push_back(entry.first);
  for (const auto& entry : document.indikator) ids.push_back(entry.first);
  for (const auto& entry : document.links) ids.push_back(entry.first);
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

bool looks_like_versions(const Document& old_document, const Document& new_document) {
  std::vector<Id> common;
  for (Id id : ids_of(old_document))
    if (new_document.find_unit(id) || new_document.find_sasaran(id) || new_document.find_indikator(id) ||
        new_document.find_link(id))
      common.push_back(id);
  if (common.empty()) return false;
  std::size_t step = std::max<std::size_t>(1, common.size() / kMostSampled);
  std::size_t sampled = 0, same = 0;
  for (std::size_t i = 0; i < common.size(); i += step) {
    ++sampled;
    auto old_kind = node_kind(old_document, common[i]);
    auto new_kind = node_kind(new_document, common[i]);
    if (!old_kind || !new_kind || old_kind->type != new_kind->type) continue;
    // A link's text is its ends: they are the same ids only in versions of one document.
    if (old_kind->type == DiffNodeType::Link || word_overlap(old_kind->text, new_kind->text) >= kSimilarWords) ++same;
  }
  return same >= kSameShare * sampled;
}

NodeMatching match_by_id(const Document& old_document, const Document& new_document,
                         const std::vector<NodePair>& rejected) {
  NodeMatching matching(rejected);
  auto match = [&](const auto& old_nodes, const auto& new_nodes, DiffNodeType type) {
    for (const auto& [id, node] : old_nodes)
      if (new_nodes.count(id)) matching.add({type, id, id, MatchBasis::SameId, 1});
  };
  match(old_document.units, new_document.units, DiffNodeType::Unit);
  match(old_document.sasaran, new_document.sasaran, DiffNodeType::Sasaran);
  match(old_document.indikator, new_document.indikator, DiffNodeType::Indikator);
  match(old_document.links, new_document.links, DiffNodeType::Link);
  return matching;
}

}  // namespace pokin
