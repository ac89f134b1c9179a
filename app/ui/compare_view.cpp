#include "app/ui/compare_view.h"

#include <GLFW/glfw3.h>  // key codes only
#include <imgui.h>
#include <imgui_internal.h>  // PushOverrideID: the review buttons keep one id wherever the table sits

#include <algorithm>
#include <cstdio>
#include <optional>

#include "app/ui/canvas_view.h"
#include "app/ui/palette.h"
#include "app/ui/strings.h"
#include "core/compare/change_text.h"
#include "core/compare/change_words.h"
#include "core/view/change_marks.h"

namespace pokin::ui {
namespace {

// "SP2 Terlaksananya promosi investasi", "IK1.1 Indeks kepuasan", "Bidang Pelayanan"; empty when `id` is none.
std::string node_text(const Document& document, Id id) {
  auto with_code = [](const std::string& code, const std::string& text) { return code.empty() ? text : code + " " + text; };
  if (const Sasaran* sasaran = document.find_sasaran(id)) return with_code(sasaran->code, sasaran->statement);
  if (const Indikator* indikator = document.find_indikator(id)) return with_code(indikator->code, indikator->name);
  if (const Unit* unit = document.find_unit(id)) return unit->name.empty() ? unit->jabatan : unit->name;
  return {};
}

std::string match_side(const Document& document, Id id) {
  std::string text = node_text(document, id);
  if (const CrosscuttingLink* link = document.find_link(id)) text = "Crosscutting " + node_text(document, link->from);
  return text;
}

void frame_box(CompareState& state, Id box) {
  if (box == kNoId) return;
  state.view.selected = box;
  state.view.canvas.center_pending = box;
}

void legend(const Palette& colours) {
  ImGui::TextUnformatted(tr("compare.legend"));
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const float size = ImGui::GetTextLineHeight();
  for (ChangeMark mark : kAllChangeMarks) {
    ChangeMarkStyle style = change_mark_style(mark);
    ImGui::SameLine();
    ImVec2 at = ImGui::GetCursorScreenPos();
    draw_list->AddRectFilled(at, ImVec2(at.x + size * 1.4f, at.y + size), im_colour(style.fill), 2);
    draw_list->AddRect(at, ImVec2(at.x + size * 1.4f, at.y + size), im_colour(colours.edge), 2, 0,
                       style.dashed ? 2.f : 1.f);
    ImGui::Dummy(ImVec2(size * 1.5f, size));
    ImGui::SameLine();
    ImGui::TextUnformatted(style.name.in(current_language()).c_str());
  }
}

void changes_table(CompareState& state) {
  const Comparison& comparison = *state.comparison;
  const auto& changes = comparison.diff.changes;
  if (changes.empty()) {
    ImGui::TextWrapped("%s", tr("compare.no_changes"));
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("changes", 3, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr("compare.kind"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 9);
  ImGui::TableSetupColumn(tr("compare.node"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn(tr("compare.values"), ImGuiTableColumnFlags_WidthStretch, 1.f);
  ImGui::TableHeadersRow();
  const Language language = current_language();
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const Change& change = changes[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(static_cast<int>(i));
    std::string kind = change_kind_label(change.kind).in(language);
    if (change.kind == ChangeKind::TargetChanged && change.year > 0) kind += " " + std::to_string(change.year);
    const bool chosen = state.chosen_row == static_cast<int>(i);
    if (ImGui::Selectable(kind.c_str(), chosen, ImGuiSelectableFlags_SpanAllColumns)) {
      state.chosen_row = static_cast<int>(i);
      frame_box(state, i < comparison.figure.change_boxes.size() ? comparison.figure.change_boxes[i] : kNoId);
    }
    ImGui::PopID();
    ImGui::TableNextColumn();
    const std::string node = node_type_label(change.type).in(language) + ": " + compare_row_node(comparison, i);
    ImGui::TextWrapped("%s", node.c_str());
    ImGui::TableNextColumn();
    const std::string values =
        change.kind == ChangeKind::Added || change.kind == ChangeKind::Removed ? std::string() : change_values(change, language);
    ImGui::TextWrapped("%s", values.c_str());
  }
  ImGui::EndTable();
}

// "(target sama)" under a match made on the same yearly targets, the words too different; the tooltip says why.
void same_targets_mark() {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextUnformatted(tr("compare.same_targets"));
  ImGui::PopStyleColor();
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
    ImGui::TextUnformatted(tr("compare.same_targets_tip"));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

ImGuiID review_seed(NodePair pair) {
  return ImHashData(&pair.new_node, sizeof pair.new_node,
                    ImHashData(&pair.old_node, sizeof pair.old_node, ImHashStr("compare_review")));
}

// A button of the review whose id is review_button_id(pair, suffix) wherever the table sits.
bool review_button(NodePair pair, const char* key, const char* suffix) {
  ImGui::PushOverrideID(review_seed(pair));
  const bool pressed = ImGui::SmallButton((std::string(tr(key)) + suffix).c_str());
  ImGui::PopID();
  return pressed;
}

// Frames the box of the match's new node (an indikator's sasaran, a link's helped sasaran).
void frame_match(CompareState& state, Id new_node) {
  const Document& figure = state.comparison->figure.document;
  Id box = new_node;
  if (const Indikator* indikator = figure.find_indikator(box)) box = indikator->sasaran;
  if (const CrosscuttingLink* link = figure.find_link(box)) box = link->from;
  frame_box(state, box);
}

// The matches waiting for review, each with "Padanan benar" and "Bukan padanan"; then those reviewed, each with
// "Kembalikan". A rejection is taken in by the shell, which makes the comparison again.
void matches_table(CompareState& state) {
  const Comparison& comparison = *state.comparison;
  const std::vector<std::size_t> waiting = matches_waiting(state);
  const bool reviewed_any = !state.accepted.empty() || !state.rejected.empty();
  const char* note = !waiting.empty()                ? "compare.matches_note"
                     : reviewed_any                  ? "compare.all_reviewed"
                     : comparison.diff.same_lineage ? "compare.no_matches"
                                                     : "compare.no_matches_content";
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", tr(note));
  ImGui::PopStyleColor();
  std::optional<NodePair> accepted, rejected, restored;
  bool accept_all = false;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
  if (!waiting.empty()) {
    ImGui::PushOverrideID(ImHashStr("compare_review"));
    accept_all = ImGui::Button((format(tr("compare.accept_all"), {std::to_string(waiting.size())}) + "###accept_all").c_str());
    ImGui::PopID();
    if (ImGui::BeginTable("matches", 3, flags)) {
      ImGui::TableSetupColumn(tr("compare.score"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3.5f);
      ImGui::TableSetupColumn(tr("compare.old"), ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn(tr("compare.new"), ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableHeadersRow();
      for (std::size_t i : waiting) {
        const NodeMatch& match = comparison.diff.matches[i];
        const NodePair pair{match.old_node, match.new_node};
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        char score[16];
        // Rounded down: a match under 1 never reads "100%".
        std::snprintf(score, sizeof score, "%d%%", static_cast<int>(match.score * 100));
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(score, state.view.selected == match.new_node,
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
          frame_match(state, match.new_node);
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", match_side(*comparison.old_document, match.old_node).c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", match_side(*comparison.new_document, match.new_node).c_str());
        if (match.same_targets) same_targets_mark();
        if (review_button(pair, "compare.match_accept", "###accept")) accepted = pair;
        // Side by side when the column is wide enough, else the second under the first (never clipped).
        const ImGuiStyle& style = ImGui::GetStyle();
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(tr("compare.match_reject")).x + style.FramePadding.x * 2)
          ImGui::NewLine();
        if (review_button(pair, "compare.match_reject", "###reject")) rejected = pair;
      }
      ImGui::EndTable();
    }
  }
  if (reviewed_any) {
    ImGui::Spacing();
    const std::size_t count = state.accepted.size() + state.rejected.size();
    ImGui::TextUnformatted(format(tr("compare.reviewed"), {std::to_string(count)}).c_str());
    if (ImGui::BeginTable("reviewed", 3, flags)) {
      ImGui::TableSetupColumn(tr("compare.review"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 7);
      ImGui::TableSetupColumn(tr("compare.old"), ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn(tr("compare.new"), ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableHeadersRow();
      auto row = [&](NodePair pair, const char* verdict) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", tr(verdict));
        if (review_button(pair, "compare.restore", "###restore")) restored = pair;
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", match_side(*comparison.old_document, pair.old_node).c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", match_side(*comparison.new_document, pair.new_node).c_str());
        const NodeMatch* match = find_match(comparison.diff.matches, pair);
        if (match && match->same_targets) same_targets_mark();
      };
      for (auto pair = state.rejected.rbegin(); pair != state.rejected.rend(); ++pair) row(*pair, "compare.rejected");
      for (const NodePair& pair : state.accepted) row(pair, "compare.accepted");
      ImGui::EndTable();
    }
  }
  // Taken in once the tables are drawn: they read the lists these change.
  if (accept_all)
    for (std::size_t i : waiting) accept_match(state, {comparison.diff.matches[i].old_node, comparison.diff.matches[i].new_node});
  if (accepted) accept_match(state, *accepted);
  if (rejected) reject_match(state, *rejected);
  if (restored) restore_match(state, *restored);
}

}  // namespace

unsigned int review_button_id(NodePair pair, const char* suffix) { return ImHashStr(suffix, 0, review_seed(pair)); }

unsigned int accept_all_button_id() { return ImHashStr("###accept_all", 0, ImHashStr("compare_review")); }

std::string compare_row_node(const Comparison& comparison, std::size_t change) {
  const Change& c = comparison.diff.changes.at(change);
  const DiffFigure& figure = comparison.figure;
  Id node = change < figure.change_nodes.size() ? figure.change_nodes[change] : kNoId;
  std::string text = node_text(figure.document, node);
  if (text.empty() && c.type == DiffNodeType::Link) {
    Id box = change < figure.change_boxes.size() ? figure.change_boxes[change] : kNoId;
    text = "→ " + node_text(figure.document, box);
  }
  if (text.empty()) text = node_text(*comparison.new_document, c.new_node);
  if (text.empty()) text = node_text(*comparison.old_document, c.old_node);
  if (text.empty()) text = c.kind == ChangeKind::Removed ? c.old_text : c.new_text;
  return text;
}

Intents compare_view(CompareState& state) {
  Intents intents;
  if (!state.comparison) return intents;
  const Comparison& comparison = *state.comparison;
  const Palette& colours = palette(state.view.theme);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 size = ImGui::GetContentRegionAvail();

  // Top bar: what is compared with what, the marks, and the way out.
  ImGui::SetCursorScreenPos(ImVec2(origin.x + 8, origin.y + 6));
  const std::string title = format(tr("compare.title"), {comparison.old_name, comparison.new_name});
  ImGui::TextUnformatted(title.c_str());
  ImGui::SameLine(0, ImGui::GetFontSize() * 2);
  legend(colours);
  const char* leave = tr("compare.leave");
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), size.x - ImGui::CalcTextSize(leave).x - 24));
  if (ImGui::Button(leave)) intents.push_back(RequestAction{AppAction::LeaveCompare});
  const float bar = ImGui::GetFrameHeightWithSpacing() + 10;

  // The read-only canvas: clicks select and show the path; nothing is dragged, folded or edited.
  const float panel_width = std::min(ImGui::GetFontSize() * 34, size.x * 0.4f);
  const float body_height = std::max(50.f, size.y - bar);
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + bar));
  ImGui::BeginChild("compare_canvas", ImVec2(size.x - panel_width, body_height), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  const TreeIndex& index = *comparison.index;
  Intents canvas = canvas_view(CanvasInput{comparison.figure.document, index, &comparison.geometry, false,
                                           &comparison.figure.view},
                               state.view);
  ImGui::EndChild();
  for (const Intent& intent : canvas)
    if (const auto* select = std::get_if<SelectNode>(&intent)) {
      state.view.selected = select->id;
      state.chosen_row = -1;
      for (std::size_t i = 0; i < comparison.figure.change_boxes.size(); ++i)
        if (select->id != kNoId && comparison.figure.change_boxes[i] == select->id) {
          state.chosen_row = static_cast<int>(i);
          break;
        }
    }
  state.view.canvas.dragging = false;
  state.view.canvas.drag_source = kNoId;

  // The side panel.
  ImGui::SetCursorScreenPos(ImVec2(origin.x + size.x - panel_width, origin.y + bar));
  ImGui::BeginChild("compare_panel", ImVec2(panel_width, body_height), true);
  // What became of the review kept from an earlier comparison of these documents.
  if (!state.review_notes.empty()) {
    for (const CompareState::ReviewNote& note : state.review_notes) {
      if (note.warning) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.80f, 0.36f, 0.0f, 1));  // as a lost part
      ImGui::TextWrapped("%s", note.text.in(current_language()).c_str());
      if (note.warning) ImGui::PopStyleColor();
    }
    ImGui::Separator();
  }
  if (ImGui::BeginTabBar("compare_tabs")) {
    const std::string changes_tab = format(tr("compare.changes_tab"), {std::to_string(comparison.diff.changes.size())}) +
                                    "###changes";
    if (ImGui::BeginTabItem(changes_tab.c_str())) {
      // The changes no box on the canvas carries (a unit without sasaran in the sasaran view): listed below.
      for (const std::string& note : comparison.figure.legend_notes) ImGui::TextWrapped("%s", note.c_str());
      changes_table(state);
      ImGui::EndTabItem();
    }
    const std::string matches_tab =
        format(tr("compare.matches_tab"), {std::to_string(matches_waiting(state).size())}) + "###matches";
    const ImGuiTabItemFlags matches_flags = state.show_matches ? ImGuiTabItemFlags_SetSelected : 0;
    state.show_matches = false;
    if (ImGui::BeginTabItem(matches_tab.c_str(), nullptr, matches_flags)) {
      matches_table(state);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::EndChild();

  if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE) && !ImGui::GetIO().WantTextInput)
    intents.push_back(RequestAction{AppAction::LeaveCompare});
  return intents;
}

Intents compare_screen_view(CompareState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("##compare", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PopStyleVar();
  Intents intents = compare_view(state);
  ImGui::End();
  return intents;
}

}  // namespace pokin::ui
