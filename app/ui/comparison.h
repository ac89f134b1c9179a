#pragma once
// A comparison as the Compare view shows it: the old and the new document, their diff, the tree drawn once from
// it (core/compare/diff_figure.h) and its layout, all made on the shell's background job (make_comparison), then
// only read. The old side may come from any source: a .pokin file (Berkas > Bandingkan dengan…) or a saved
// version of this document; the caller reads it and names it.
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/ui/view_state.h"
#include "core/compare/diff_figure.h"
#include "core/layout/geometry.h"
#include "core/layout/layout_service.h"
#include "core/model/tree_index.h"

namespace pokin::ui {

struct Comparison {
  std::shared_ptr<const Document> old_document;
  std::shared_ptr<const Document> new_document;
  std::string old_name;  // "Renstra 2021.pokin", "Versi: Perubahan 2023"
  std::string new_name;
  DocumentDiff diff;
  std::vector<NodePair> rejected;  // the matches the planner rejected, which the diff was made without
  DiffFigure figure;
  Geometry geometry;             // figure.document laid out for figure.view
  std::optional<TreeIndex> index;  // of figure.document (set once the comparison sits where it stays)
};

// The diff (diff_documents, never matching a `rejected` pair), the figure in `language` for the planner's `view`
// (whole tree, no collapse) and its layout by `layout` (the session's LayoutService: Graphviz stays on its thread).
// Runs on a worker thread; throws UserError as the layout does.
std::shared_ptr<Comparison> make_comparison(std::shared_ptr<const Document> old_document, std::string old_name,
                                            std::shared_ptr<const Document> new_document, std::string new_name,
                                            const LayoutView& view, Language language, LayoutService& layout,
                                            std::vector<NodePair> rejected = {});
// `comparison` made again over the same two documents without the `rejected` matches (the planner's review).
std::shared_ptr<Comparison> remake_comparison(const Comparison& comparison, std::vector<NodePair> rejected,
                                              const LayoutView& view, Language language, LayoutService& layout);
// The same from a diff already made (tests; a diff read elsewhere).
std::shared_ptr<Comparison> comparison_of(std::shared_ptr<const Document> old_document, std::string old_name,
                                          std::shared_ptr<const Document> new_document, std::string new_name,
                                          DocumentDiff diff, const LayoutView& view, Language language,
                                          LayoutService& layout);

// The Compare view's own state: the comparison and how it is being looked at (its own camera and selection;
// the planner's view of the document stays as it was).
struct CompareState {
  std::shared_ptr<const Comparison> comparison;
  ViewState view;
  int chosen_row = -1;  // the row of the matriks perubahan last clicked
  // The planner's review of the matches (like suggested links): "Bukan padanan" adds a pair to `rejected` and asks
  // for the comparison to be made again without it (`remake_wanted`, taken by the shell onto its background job);
  // "Kembalikan" takes it out again. "Padanan benar" puts a pair in `accepted`: reviewed, no longer waiting.
  std::vector<NodePair> rejected;  // in the order rejected
  std::set<NodePair> accepted;
  bool remake_wanted = false;
  // What the view says above its tabs about the review kept from an earlier comparison of the same two documents:
  // restored, or (a warning, something was lost) decisions dropped, a kept file unreadable or not written.
  struct ReviewNote {
    Bilingual text;
    bool warning = false;
  };
  std::vector<ReviewNote> review_notes;
  bool show_matches = false;  // bring the matches' tab to the front on the next frame (tests, --panel matches)
};

// The matches still waiting for the planner's review: those needing review (needs_review) neither accepted nor
// rejected; indices into the comparison's diff.matches.
std::vector<std::size_t> matches_waiting(const CompareState& state);
// Marks the match `pair` reviewed: accepted (it leaves the waiting list) or rejected (the comparison is to be made
// again without it).
void accept_match(CompareState& state, NodePair pair);
void reject_match(CompareState& state, NodePair pair);
// Takes back a review: a rejected pair is matched again if the matcher finds it (the comparison is made again), an
// accepted one waits again.
void restore_match(CompareState& state, NodePair pair);
// Puts the comparison made again (remake_comparison) in place, keeping the camera and the review.
void replace_comparison(CompareState& state, std::shared_ptr<const Comparison> comparison);

// Starts `state` on `comparison`: the view of its figure, opened readable on the first change's box (its row
// chosen), or on the canvas's opening view when nothing changed.
void open_comparison(CompareState& state, std::shared_ptr<const Comparison> comparison, Theme theme);

}  // namespace pokin::ui
