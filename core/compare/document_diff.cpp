#include "core/compare/document_diff.h"

#include "core/compare/content_matching.h"
#include "core/compare/id_matching.h"
#include "core/compare/node_changes.h"

namespace pokin {

bool needs_review(const NodeMatch& match) { return match.basis != MatchBasis::SameId && match.score < 1; }

DocumentDiff diff_documents(const Document& old_document, const Document& new_document, const DiffOptions& options) {
  DocumentDiff diff;
  diff.same_lineage = options.matching == DiffMatching::ById ||
                      (options.matching == DiffMatching::Automatic && looks_like_versions(old_document, new_document));
  NodeMatching matching = diff.same_lineage ? match_by_id(old_document, new_document, options.rejected)
                                            : match_by_content(old_document, new_document, options.min_text_score,
                                                               options.rejected);
  diff.changes = list_changes(old_document, new_document, matching);
  diff.matches = matching.take_matches();
  return diff;
}

}  // namespace pokin
