#include "core/compare/node_matching.h"

namespace pokin {

bool NodeMatching::add(const NodeMatch& match) {
  if (old_matched(match.old_node) || new_matched(match.new_node) || rejected(match.old_node, match.new_node))
    return false;
  new_of_old_.emplace(match.old_node, match.new_node);
  old_of_new_.emplace(match.new_node, match.old_node);
  matches_.push_back(match);
  return true;
}

Id NodeMatching::new_of(Id old_node) const {
  auto found = new_of_old_.find(old_node);
  return found == new_of_old_.end() ? kNoId : found->second;
}

Id NodeMatching::old_of(Id new_node) const {
  auto found = old_of_new_.find(new_node);
  return found == old_of_new_.end() ? kNoId : found->second;
}

}  // namespace pokin
