#include "app/ui/comparison.h"

#include <algorithm>

namespace pokin::ui {

std::shared_ptr<Comparison> comparison_of(std::shared_ptr<const Document> old_document, std::string old_name,
                                          std::shared_ptr<const Document> new_document, std::string new_name,
                                          DocumentDiff diff, const LayoutView& view, Language language,
                                          LayoutService& layout) {
  auto comparison = std::make_shared<Comparison>();
  comparison->old_document = std::move(old_document);
  comparison->new_document = std::move(new_document);
  comparison->old_name = std::move(old_name);
  comparison->new_name = std::move(new_name);
  comparison->diff = std::move(diff);
  // The whole tree, unfolded: a change hidden in a collapsed branch or another branch would not be seen.
  LayoutView shown = view;
  shown.branch = kNoId;
  shown.max_levels = 0;
  shown.collapsed.clear();
  shown.style = view.style == LayoutStyle::Fitted ? LayoutStyle::TopDown : view.style;
  comparison->figure = diff_figure(*comparison->old_document, *comparison->new_document, comparison->diff, shown,
                                   language);
  comparison->geometry = layout.layout_now(comparison->figure.document, comparison->figure.view);
  if (comparison->geometry.generation == 0) comparison->geometry.generation = 1;  // the canvas draws it as current
  comparison->index.emplace(comparison->figure.document);
  return comparison;
}

std::shared_ptr<Comparison> make_comparison(std::shared_ptr<const Document> old_document, std::string old_name,
                                            std::shared_ptr<const Document> new_document, std::string new_name,
                                            const LayoutView& view, Language language, LayoutService& layout,
                                            std::vector<NodePair> rejected) {
  DiffOptions options;
  options.rejected = rejected;
  DocumentDiff diff = diff_documents(*old_document, *new_document, options);
  auto comparison = comparison_of(std::move(old_document), std::move(old_name), std::move(new_document),
                                  std::move(new_name), std::move(diff), view, language, layout);
  comparison->rejected = std::move(rejected);
  return comparison;
}

std::shared_ptr<Comparison> remake_comparison(const Comparison& comparison, std::vector<NodePair> rejected,
                                              const LayoutView& view, Language language, LayoutService& layout) {
  return make_comparison(comparison.old_document, comparison.old_name, comparison.new_document, comparison.new_name,
                         view, language, layout, std::move(rejected));
}

void open_comparison(CompareState& state, std::shared_ptr<const Comparison> comparison, Theme theme) {
  state = CompareState{};
  state.rejected = comparison->rejected;
  state.view.theme = theme;
  state.view.layout = comparison->figure.view;
  state.view.finding_badges = false;
  // Opens readable (the canvas's opening view: the whole tree when it reads fitted, as a small amendment does),
  // the first change's row chosen and its box brought to the middle when that view does not show it: a whole
  // Renstra fitted on the screen is too small to read a mark.
  state.view.canvas.open_pending = true;
  state.view.canvas.minimap = true;
  const auto& boxes = comparison->figure.change_boxes;
  auto first = std::find_if(boxes.begin(), boxes.end(), [](Id box) { return box != kNoId; });
  if (first != boxes.end()) {
    state.chosen_row = static_cast<int>(first - boxes.begin());
    state.view.selected = *first;
    state.view.canvas.center_pending = *first;
    state.view.canvas.center_only_if_hidden = true;
  }
  state.comparison = std::move(comparison);
}

std::vector<std::size_t> matches_waiting(const CompareState& state) {
  std::vector<std::size_t> waiting;
  if (!state.comparison) return waiting;
  const std::vector<NodeMatch>& matches = state.comparison->diff.matches;
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const NodePair pair{matches[i].old_node, matches[i].new_node};
    if (needs_review(matches[i]) && !state.accepted.count(pair) &&
        std::find(state.rejected.begin(), state.rejected.end(), pair) == state.rejected.end())
      waiting.push_back(i);
  }
  return waiting;
}

void accept_match(CompareState& state, NodePair pair) { state.accepted.insert(pair); }

void reject_match(CompareState& state, NodePair pair) {
  state.accepted.erase(pair);
  if (std::find(state.rejected.begin(), state.rejected.end(), pair) != state.rejected.end()) return;
  state.rejected.push_back(pair);
  state.remake_wanted = true;
}

void restore_match(CompareState& state, NodePair pair) {
  auto rejected = std::find(state.rejected.begin(), state.rejected.end(), pair);
  if (rejected != state.rejected.end()) {
    state.rejected.erase(rejected);
    state.remake_wanted = true;
  }
  state.accepted.erase(pair);
}

void replace_comparison(CompareState& state, std::shared_ptr<const Comparison> comparison) {
  // The camera stays where the planner looked; the rows are new, and a selected box may be gone.
  state.view.layout = comparison->figure.view;
  state.chosen_row = -1;
  const Document& shown = comparison->figure.document;
  if (!shown.find_sasaran(state.view.selected) && !shown.find_unit(state.view.selected)) state.view.selected = kNoId;
  state.comparison = std::move(comparison);
}

}  // namespace pokin::ui
