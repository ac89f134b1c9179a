#include "core/compare/document_diff.h"

#include <algorithm>

#include "core/compare/content_matching.h"
#include "core/compare/id_matching.h"
#include "core/compare/node_changes.h"

namespace pokin {

bool needs_review(const NodeMatch& match) { return match.basis != MatchBasis::SameId && match.score < 1; }

bool waits_for_review(const DocumentDiff& diff, const NodeMatch& match) {
  const NodePair pair{match.old_node, match.new_node};
  return needs_review(match) && std::find(diff.accepted.begin(), diff.accepted.end(), pair) == diff.accepted.end();
}

const NodeMatch* find_match(const std::vector<NodeMatch>& matches, NodePair pair) {
  auto found = std::find_if(matches.begin(), matches.end(), [&](const NodeMatch& match) {
    return match.old_node == pair.old_node && match.new_node == pair.new_node;
  });
  return found == matches.end() ? nullptr : &*found;
}

DocumentDiff diff_documents(const Document& old_document, const Document& new_document, const DiffOptions& options) {
  DocumentDiff diff;
  diff.same_lineage = options.matching == DiffMatching::ById ||
                      (options.matching == DiffMatching::Automatic && looks_like_versions(old_document, new_document));
  NodeMatching matching = diff.same_lineage ? match_by_id(old_document, new_document, options.rejected)
                                            : match_by_content(old_document, new_document, options.min_text_score,
                                                               options.rejected);
  diff.changes = list_changes(old_document, new_document, matching);
  diff.matches = matching.take_matches();
  diff.rejected = options.rejected;
  for (const NodePair& pair : options.accepted) {
    if (find_match(diff.matches, pair) && std::find(diff.accepted.begin(), diff.accepted.end(), pair) == diff.accepted.end())
      diff.accepted.push_back(pair);
  }
  return diff;
}

}  // namespace pokin
