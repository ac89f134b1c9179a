#pragma once
// Which node of the old document is which node of the new one: the matches of a comparison, looked up both ways.
// Built by match_by_id or match_by_content, read by list_changes. Units, sasaran, indikator and links share one id
// space in each document, so one map per direction serves them all.
#include <set>
#include <unordered_map>
#include <vector>

#include "core/compare/document_diff.h"

namespace pokin {

class NodeMatching {
 public:
  // `rejected`: pairs the reviewer said are not the same node; add() refuses them.
  explicit NodeMatching(const std::vector<NodePair>& rejected = {}) : rejected_(rejected.begin(), rejected.end()) {}

  // Records a match; a node already matched on either side, or a rejected pair, is left as it was (returns false).
  bool add(const NodeMatch& match);
  bool rejected(Id old_node, Id new_node) const { return rejected_.count({old_node, new_node}) > 0; }

  Id new_of(Id old_node) const;  // kNoId when the old node has no match
  Id old_of(Id new_node) const;  // kNoId when the new node has no match
  bool old_matched(Id old_node) const { return new_of_old_.count(old_node) > 0; }
  bool new_matched(Id new_node) const { return old_of_new_.count(new_node) > 0; }

  const std::vector<NodeMatch>& matches() const { return matches_; }
  std::vector<NodeMatch> take_matches() { return std::move(matches_); }

 private:
  std::vector<NodeMatch> matches_;
  std::unordered_map<Id, Id> new_of_old_;
  std::unordered_map<Id, Id> old_of_new_;
  std::set<NodePair> rejected_;
};

}  // namespace pokin
