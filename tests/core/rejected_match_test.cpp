// diff_documents with the reviewer's rejected matches (DiffOptions::rejected, "Bukan padanan"): the pair is not
// matched, so its nodes become a removal and an addition; the other matches stay as they were.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/compare/document_diff.h"
#include "hand_built_document.h"

using namespace pokin;

namespace {

// Kepala Dinas (1) -> Bidang Pelayanan Perizinan (2) -> Seksi Proses Perizinan (3); SS1 (4) <- SP1 (5) <- SK1 (6);
// indikator 7 on SS1, 8 on SP1, 9 on SK1. The new side is a copy compared by content (as two imports are).
struct RejectionPair {
  testing::CleanCascade before;
  Document& old_document = before.document;
  Document new_document = before.document;
};

DiffOptions by_content(std::vector<NodePair> rejected = {}) {
  DiffOptions options;
  options.matching = DiffMatching::ByContent;
  options.rejected = std::move(rejected);
  return options;
}

bool has_change(const DocumentDiff& diff, ChangeKind kind, DiffNodeType type, Id old_node, Id new_node) {
  return std::any_of(diff.changes.begin(), diff.changes.end(), [&](const Change& change) {
    return change.kind == kind && change.type == type && change.old_node == old_node && change.new_node == new_node;
  });
}

bool matched(const DocumentDiff& diff, Id old_node, Id new_node) {
  return std::any_of(diff.matches.begin(), diff.matches.end(), [&](const NodeMatch& match) {
    return match.old_node == old_node && match.new_node == new_node;
  });
}

const NodeMatch* match_of_old(const DocumentDiff& diff, Id old_node) {
  for (const NodeMatch& match : diff.matches)
    if (match.old_node == old_node) return &match;
  return nullptr;
}

}  // namespace

TEST_CASE("rejected match: a text match rejected gives Removed and Added instead of Reworded") {
  RejectionPair pair;
  Sasaran& sk = pair.new_document.sasaran.at(6);
  sk.code = "SK1.1";  // another code: matched by text alone
  sk.statement = "Terlaksananya verifikasi berkas permohonan tepat waktu";
  DocumentDiff reviewed = diff_documents(pair.old_document, pair.new_document, by_content());
  const NodeMatch* before = match_of_old(reviewed, 6);
  REQUIRE(before);
  CHECK(before->new_node == 6);
  CHECK(before->basis == MatchBasis::Text);
  CHECK(needs_review(*before));
  CHECK(has_change(reviewed, ChangeKind::Reworded, DiffNodeType::Sasaran, 6, 6));

  DocumentDiff diff = diff_documents(pair.old_document, pair.new_document, by_content({{6, 6}}));
  CHECK_FALSE(matched(diff, 6, 6));
  CHECK(match_of_old(diff, 6) == nullptr);  // nothing else resembles it
  CHECK(has_change(diff, ChangeKind::Removed, DiffNodeType::Sasaran, 6, kNoId));
  CHECK(has_change(diff, ChangeKind::Added, DiffNodeType::Sasaran, kNoId, 6));
  CHECK_FALSE(has_change(diff, ChangeKind::Reworded, DiffNodeType::Sasaran, 6, 6));
  // The other matches are those of the unreviewed diff.
  for (const NodeMatch& match : reviewed.matches)
    if (match.old_node != 6 && match.type != DiffNodeType::Indikator) CHECK(matched(diff, match.old_node, match.new_node));
  CHECK(matched(diff, 7, 7));
  CHECK(matched(diff, 8, 8));
}

TEST_CASE("rejected match: a code match rejected gives Removed and Added instead of Reworded") {
  RejectionPair pair;
  pair.new_document.sasaran.at(5).statement = "Meningkatnya kecepatan dan ketepatan penerbitan izin usaha";
  DocumentDiff reviewed = diff_documents(pair.old_document, pair.new_document, by_content());
  const NodeMatch* before = match_of_old(reviewed, 5);
  REQUIRE(before);
  CHECK(before->basis == MatchBasis::Code);
  CHECK(needs_review(*before));
  REQUIRE(reviewed.changes.size() == 1);
  CHECK(reviewed.changes[0].kind == ChangeKind::Reworded);

  DocumentDiff diff = diff_documents(pair.old_document, pair.new_document, by_content({{5, 5}}));
  CHECK(match_of_old(diff, 5) == nullptr);
  CHECK(has_change(diff, ChangeKind::Removed, DiffNodeType::Sasaran, 5, kNoId));
  CHECK(has_change(diff, ChangeKind::Added, DiffNodeType::Sasaran, kNoId, 5));
  CHECK_FALSE(has_change(diff, ChangeKind::Reworded, DiffNodeType::Sasaran, 5, 5));
  // Units, SS1 and SK1 (the same statement) still match themselves.
  for (Id id : {1, 2, 3, 4, 6, 7}) CHECK(matched(diff, id, id));
}

TEST_CASE("rejected match: the old node may still match another node the matcher finds") {
  RejectionPair pair;
  Sasaran other = pair.new_document.sasaran.at(6);
  other.id = 50;
  other.code = "SK2";
  other.order = 1;
  other.statement = "Terlaksananya verifikasi dokumen perizinan tepat waktu";
  pair.new_document.sasaran[50] = other;
  DocumentDiff reviewed = diff_documents(pair.old_document, pair.new_document, by_content());
  CHECK(matched(reviewed, 6, 6));  // the same statement
  DocumentDiff diff = diff_documents(pair.old_document, pair.new_document, by_content({{6, 6}}));
  CHECK(matched(diff, 6, 50));
  CHECK(has_change(diff, ChangeKind::Added, DiffNodeType::Sasaran, kNoId, 6));
  CHECK(has_change(diff, ChangeKind::Reworded, DiffNodeType::Sasaran, 6, 50));
}

TEST_CASE("rejected match: versions matched by id leave a rejected pair unmatched too") {
  RejectionPair pair;
  DiffOptions options;
  options.rejected = {{5, 5}};
  DocumentDiff diff = diff_documents(pair.old_document, pair.new_document, options);
  CHECK(diff.same_lineage);
  CHECK_FALSE(matched(diff, 5, 5));
  CHECK(matched(diff, 4, 4));
  CHECK(has_change(diff, ChangeKind::Removed, DiffNodeType::Sasaran, 5, kNoId));
  CHECK(has_change(diff, ChangeKind::Added, DiffNodeType::Sasaran, kNoId, 5));
}

TEST_CASE("rejected match: needs_review asks for text and code matches below 1 only") {
  CHECK(needs_review({DiffNodeType::Sasaran, 1, 2, MatchBasis::Text, 0.8}));
  CHECK(needs_review({DiffNodeType::Sasaran, 1, 2, MatchBasis::Code, 0.6}));
  CHECK_FALSE(needs_review({DiffNodeType::Sasaran, 1, 2, MatchBasis::Text, 1}));  // the same statement
  CHECK_FALSE(needs_review({DiffNodeType::Sasaran, 1, 2, MatchBasis::Code, 1}));
  CHECK_FALSE(needs_review({DiffNodeType::Sasaran, 1, 1, MatchBasis::SameId, 1}));
}
