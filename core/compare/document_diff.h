#pragma once
// What changed between two states of a pohon kinerja: an amended Renstra against the one it amends, this year's
// PK targets against last year's. Two versions of one document (store versions, or a file and its copy) share
// ids and are matched by id; two independent files (two imports of two decrees) are matched by codes and by the
// similarity of their texts, and those matches are shown for review like suggested links.
#include <compare>
#include <string>
#include <vector>

#include "core/model/document.h"

namespace pokin {

enum class DiffNodeType { Unit, Sasaran, Indikator, Link };

enum class MatchBasis {
  SameId,  // versions of one document
  Code,    // the same code ("SS1", "IK1.2") under matched parents
  Text,    // similar statements / names (score below 1 asks for review)
};

struct NodeMatch {
  DiffNodeType type = DiffNodeType::Sasaran;
  Id old_node = kNoId;
  Id new_node = kNoId;
  MatchBasis basis = MatchBasis::SameId;
  double score = 1;  // 0..1; 1 for SameId and exact codes with the same text
  // Paired on an unchanged run of yearly targets (target_series.h) where the words alone were too different: the
  // reviewer is told.
  bool same_targets = false;

  bool operator==(const NodeMatch&) const = default;
};

// A node of the old document and one of the new (a rejected match, a reviewed one): old id, new id.
struct NodePair {
  Id old_node = kNoId;
  Id new_node = kNoId;

  auto operator<=>(const NodePair&) const = default;
};

// Whether a person should confirm `match`: made by similar text, or by code with other text (score below 1). A
// match by id, by the same code and text, or by the same statement or name is certain.
bool needs_review(const NodeMatch& match);

enum class ChangeKind {
  Added,          // only in the new document
  Removed,        // only in the old document
  Moved,          // under another parent: a sasaran under another sasaran, an indikator under another sasaran, a
                  // unit under another unit, a sasaran to another owner unit
  Reworded,       // its statement / name changed
  FieldChanged,   // another field changed (code, formula, satuan, sumber data, penanggung jawab, polarity, ...)
  TargetChanged,  // one year's target of an indikator changed, appeared or was emptied
};

struct Change {
  ChangeKind kind = ChangeKind::Added;
  DiffNodeType type = DiffNodeType::Sasaran;
  Id old_node = kNoId;  // kNoId for Added
  Id new_node = kNoId;  // kNoId for Removed
  std::string field;    // stable key: "statement", "name", "code", "formula", "satuan", "sumber_data",
                        // "penanggung_jawab", "polarity", "unit", "parent", "target", "kondisi_akhir", ...
  std::string old_text;  // the old value as written (Moved: the old parent's code and statement)
  std::string new_text;  // the new value (Moved: the new parent's code and statement)
  int year = 0;          // TargetChanged: the year
  Id old_parent = kNoId;  // Removed and Moved: the parent in the old document
  Id new_parent = kNoId;  // Added and Moved: the parent in the new document

  bool operator==(const Change&) const = default;
};

struct DocumentDiff {
  bool same_lineage = false;       // matched by id
  std::vector<NodeMatch> matches;  // every matched node; those by Text (and Code with other text) for review
  std::vector<Change> changes;     // the new document's tree order; a removal where it stood in the old tree
  // The reviewer's decisions the diff was made with (DiffOptions): the pairs rejected ("Bukan padanan"), in the
  // order given, and those of the matches confirmed ("Padanan benar"), so that what is written from the diff (the
  // JSON, the matriks perubahan) says what the reviewer decided.
  std::vector<NodePair> rejected;
  std::vector<NodePair> accepted;
  bool empty() const { return changes.empty(); }
};

// Whether `match` still waits for a person: needs_review and not among the diff's accepted pairs.
bool waits_for_review(const DocumentDiff& diff, const NodeMatch& match);

// The match of exactly these two nodes, or nullptr.
const NodeMatch* find_match(const std::vector<NodeMatch>& matches, NodePair pair);

enum class DiffMatching {
  Automatic,  // by id when the two are versions of one document (their common ids hold the same things), else
              // by codes and text
  ById,
  ByContent,
};

struct DiffOptions {
  DiffMatching matching = DiffMatching::Automatic;
  double min_text_score = 0.45;  // below this similarity two texts are not the same node
  // Pairs never matched, by id, code or text: each becomes a removal and an addition, unless the matcher finds
  // another partner for either node that it then judges best (a rejected pair says "not these two", not "this
  // node is new"). The reviewer's rejections in the Compare view, `pokin diff --not-same`.
  std::vector<NodePair> rejected = {};
  // Matches the reviewer confirmed ("Padanan benar", `pokin diff --same`): they change no matching; those that are
  // matches of the diff are kept in DocumentDiff::accepted and no longer wait for review.
  std::vector<NodePair> accepted = {};
};

DocumentDiff diff_documents(const Document& old_document, const Document& new_document,
                            const DiffOptions& options = {});

}  // namespace pokin
