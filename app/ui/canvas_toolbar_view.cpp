#include "app/ui/canvas_toolbar_view.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/ui/pemda_scope.h"
#include "app/ui/strings.h"
#include "core/model/pemda_structure.h"

namespace pokin::ui {
namespace {

// Keeps the next item on this line when it fits, else wraps: the canvas may be narrow.
void flow(float next_width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  float right = ImGui::GetItemRectMax().x + style.ItemSpacing.x + next_width;
  if (right < ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) {
    ImGui::SameLine();
  } else {
    ImGui::SetCursorPosX(style.WindowPadding.x);
  }
}

float button_width(const char* label) {
  return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2;
}

float checkbox_width(const char* label) {
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
}

// What a Pemda document's canvas shows: the whole Pemda, one OPD, one RPJMD sasaran. The OPD and sasaran are
// listed only while the combo is open.
void pemda_scope_combo(const Document& document, ViewState& view, float width) {
  const PemdaScopeChoice current = pemda_scope_of(document, view.layout);
  ImGui::SetNextItemWidth(width);
  if (!ImGui::BeginCombo("##pemda_scope", pemda_scope_label(document, current).c_str(), ImGuiComboFlags_HeightLarge))
    return;
  PemdaScope section = PemdaScope::Whole;
  for (const PemdaScopeEntry& entry : pemda_scope_entries(document)) {
    if (entry.choice.scope != section) {
      section = entry.choice.scope;
      ImGui::Separator();
      ImGui::TextDisabled("%s", tr(section == PemdaScope::Opd ? "pemda.scope_opd" : "pemda.scope_sasaran"));
    }
    ImGui::PushID(static_cast<int>(entry.choice.id));
    if (ImGui::Selectable(entry.label.c_str(), entry.choice == current)) apply_pemda_scope(document, entry.choice, view);
    ImGui::PopID();
  }
  ImGui::EndCombo();
}

}  // namespace

Intents canvas_toolbar_view(const Document& document, ViewState& view) {
  Intents intents;
  LayoutView& layout = view.layout;
  const float unit = ImGui::GetFontSize();
  if (is_pemda_document(document)) {
    pemda_scope_combo(document, view, unit * 14);
    ImGui::SameLine();
  }
  if (ImGui::Button(tr("toolbar.fit"))) intents.push_back(RequestAction{AppAction::FitAll});
  flow(button_width(tr("toolbar.zoom_selection")));
  if (ImGui::Button(tr("toolbar.zoom_selection"))) intents.push_back(RequestAction{AppAction::ZoomToSelection});
  ImGui::SameLine();
  Camera& camera = view.canvas.camera;
  Point centre{view.canvas.width / 2, view.canvas.height / 2};
  if (ImGui::Button(" - ")) camera.zoom_around(centre, {0, 0}, 1 / 1.25);
  flow(button_width(" + "));
  if (ImGui::Button(" + ")) camera.zoom_around(centre, {0, 0}, 1.25);

  flow(unit * 9.5f);
  ImGui::SetNextItemWidth(unit * 9.5f);
  std::string level_label = layout.max_levels == 0 ? std::string(tr("toolbar.all_levels"))
                                                   : format(tr("toolbar.to_level"), {std::to_string(layout.max_levels)});
  if (ImGui::BeginCombo("##levels", level_label.c_str())) {
    if (ImGui::Selectable(tr("toolbar.all_levels"), layout.max_levels == 0)) layout.max_levels = 0;
    for (int level = 1; level <= 6; ++level)
      if (ImGui::Selectable(format(tr("toolbar.to_level"), {std::to_string(level)}).c_str(), layout.max_levels == level))
        layout.max_levels = level;
    ImGui::EndCombo();
  }

  flow(unit * 7.5f);
  const char* granularities[] = {tr("toolbar.view_sasaran"), tr("toolbar.view_unit")};
  int granularity = static_cast<int>(layout.granularity);
  ImGui::SetNextItemWidth(unit * 7.5f);
  if (ImGui::Combo("##granularity", &granularity, granularities, 2)) layout.granularity = static_cast<Granularity>(granularity);

  flow(unit * 7.5f);
  const char* styles[] = {tr("toolbar.style_tree"), tr("toolbar.style_left_right"), tr("toolbar.style_compact"),
                          tr("toolbar.style_fitted")};
  int style = static_cast<int>(layout.style);
  ImGui::SetNextItemWidth(unit * 7.5f);
  if (ImGui::Combo("##style", &style, styles, 4)) layout.style = static_cast<LayoutStyle>(style);

  flow(button_width(tr("toolbar.fields")));
  if (ImGui::Button(tr("toolbar.fields"))) ImGui::OpenPopup("fields");
  if (ImGui::BeginPopup("fields")) {
    ImGui::Checkbox(tr("toolbar.field_indikator"), &layout.fields.indikator);
    ImGui::Checkbox(tr("toolbar.field_owner"), &layout.fields.owner_unit);
    ImGui::Checkbox(tr("toolbar.field_pj"), &layout.fields.penanggung_jawab);
    bool show_target = layout.fields.target_year != 0;
    if (ImGui::Checkbox(tr("toolbar.field_target"), &show_target))
      layout.fields.target_year = show_target ? std::max(document.info.period_start, 1) : 0;
    if (show_target && document.info.period_years() > 0) {
      ImGui::SameLine();
      ImGui::SetNextItemWidth(unit * 6);
      int year = layout.fields.target_year;
      if (ImGui::InputInt("##year", &year))
        layout.fields.target_year = std::clamp(year, document.info.period_start, document.info.period_end);
    }
    ImGui::EndPopup();
  }
  flow(checkbox_width(tr("toolbar.crosscutting")));
  ImGui::Checkbox(tr("toolbar.crosscutting"), &layout.crosscutting);
  flow(unit * 11);
  std::string colour_label = view.achievement_year == 0
                                 ? std::string(tr("toolbar.colour_level"))
                                 : format(tr("toolbar.colour_capaian"), {std::to_string(view.achievement_year)});
  ImGui::SetNextItemWidth(unit * 11);
  if (ImGui::BeginCombo("##colour", colour_label.c_str())) {
    if (ImGui::Selectable(tr("toolbar.colour_level"), view.achievement_year == 0)) view.achievement_year = 0;
    for (int year = document.info.period_start; year > 0 && year <= document.info.period_end; ++year)
      if (ImGui::Selectable(format(tr("toolbar.colour_capaian"), {std::to_string(year)}).c_str(),
                            view.achievement_year == year))
        view.achievement_year = year;
    ImGui::EndCombo();
  }
  if (!layout.collapsed.empty()) {
    flow(button_width(tr("toolbar.expand_all")));
    if (ImGui::Button(tr("toolbar.expand_all"))) layout.collapsed.clear();
  }
  return intents;
}

}  // namespace pokin::ui
