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
                                            const LayoutView& view, Language language, LayoutService& layout) {
  DocumentDiff diff = diff_documents(*old_document, *new_document);
  return comparison_of(std::move(old_document), std::move(old_name), std::move(new_document), std::move(new_name),
                       std::move(diff), view, language, layout);
}

void open_comparison(CompareState& state, std::shared_ptr<const Comparison> comparison, Theme theme) {
  state = CompareState{};
  state.view.theme = theme;
  state.view.layout = comparison->figure.view;
  state.view.finding_badges = false;
  // Opens readable (the canvas's opening view), on the first change's box, with its row chosen: a whole
  // Renstra fitted on the screen is too small to read a mark.
  state.view.canvas.open_pending = true;
  state.view.canvas.minimap = true;
  const auto& boxes = comparison->figure.change_boxes;
  auto first = std::find_if(boxes.begin(), boxes.end(), [](Id box) { return box != kNoId; });
  if (first != boxes.end()) {
    state.chosen_row = static_cast<int>(first - boxes.begin());
    state.view.selected = *first;
    state.view.canvas.center_pending = *first;
  }
  state.comparison = std::move(comparison);
}

}  // namespace pokin::ui
