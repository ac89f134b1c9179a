#pragma once
// The planner's review of a comparison's matches ("Padanan benar", "Bukan padanan"), kept when the Compare view
// closes so that comparing the same two documents again brings it back.
//
// Where: a small text file per compared pair in the app's per-user folder (ShellPaths::config_dir, beside
// settings.ini and recovery/), under compare_reviews/. Not inside the .pokin: reviewing reads the two documents and
// must not make the open one dirty, an old file compared against may be read-only or someone else's, and the review
// is the planner's working note, not part of the decree. Keyed by both sides' identity (the open document's file,
// the other file or the version inside the open one); the file also holds both documents' content fingerprints, and
// each decision the texts of its two nodes, so that a document changed since keeps the decisions still true of it.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/compare/document_diff.h"

namespace pokin::ui {

// What is compared with what: the open document's file, and the old side ("file:" and its absolute path, or
// "version:" and a version's name inside the open document's file).
struct ComparedSides {
  std::string document;
  std::string old_side;
};
ComparedSides sides_with_file(const std::filesystem::path& document, const std::filesystem::path& old_file);
ComparedSides sides_with_version(const std::filesystem::path& document, const std::string& version);

struct KeptDecision {
  NodePair pair;
  std::string old_text;  // node_text of each node when decided
  std::string new_text;
};

struct KeptReview {
  std::string old_fingerprint;  // pemda::document_fingerprint of each document when decided
  std::string new_fingerprint;
  std::vector<KeptDecision> rejected;  // in the order rejected
  std::vector<KeptDecision> accepted;
};

// The file that keeps the review of `sides` under `config_dir`.
std::filesystem::path kept_review_file(const std::filesystem::path& config_dir, const ComparedSides& sides);
// The review kept in `file` for `sides`; nullopt when there is none (no file, or a file of other sides). Throws
// UserError (bilingual, naming the file) when it cannot be read or is not a kept review.
std::optional<KeptReview> read_kept_review(const std::filesystem::path& file, const ComparedSides& sides);
// Writes the review (replacing the file at once, never half). Throws UserError when it cannot be written.
void write_kept_review(const std::filesystem::path& file, const ComparedSides& sides, const KeptReview& review);

// The review of `rejected` and `accepted` as kept: with the two documents' fingerprints and the nodes' texts.
KeptReview review_to_keep(const Document& old_document, const std::string& old_fingerprint,
                          const Document& new_document, const std::string& new_fingerprint,
                          const std::vector<NodePair>& rejected, const std::set<NodePair>& accepted);

struct RestoredReview {
  std::vector<NodePair> rejected;
  std::set<NodePair> accepted;
  std::size_t dropped = 0;  // decisions whose nodes are gone or whose texts changed
};
// The kept review brought back over the documents as they are now: all of it when both fingerprints are the same,
// else the decisions whose two nodes still exist with the same texts.
RestoredReview restore_review(const KeptReview& kept, const Document& old_document, const std::string& old_fingerprint,
                              const Document& new_document, const std::string& new_fingerprint);

}  // namespace pokin::ui
