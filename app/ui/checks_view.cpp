#include "app/ui/checks_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cmath>

#include "app/ui/document_search.h"
#include "app/ui/strings.h"
#include "core/checks/finding_groups.h"
#include "core/model/pemda_structure.h"

namespace pokin::ui {
namespace {

ImVec4 severity_colour(Severity severity) {
  switch (severity) {
    case Severity::Error: return ImVec4(0.80f, 0.16f, 0.16f, 1);
    case Severity::Warning: return ImVec4(0.85f, 0.52f, 0.0f, 1);
    case Severity::Info: return ImVec4(0.25f, 0.47f, 0.75f, 1);
  }
  return ImVec4(0.5f, 0.5f, 0.5f, 1);
}

bool shown(const ViewState::ChecksFilter& filter, const Finding& finding, Language language) {
  if (finding.severity == Severity::Error && !filter.errors) return false;
  if (finding.severity == Severity::Warning && !filter.warnings) return false;
  if (finding.severity == Severity::Info && !filter.infos) return false;
  return contains_folded(finding.message.in(language), filter.text);
}

void level_table(const std::vector<LevelSummary>& levels) {
  if (levels.empty()) return;
  if (!ImGui::BeginTable("levels", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn(tr("checks.level"));
  ImGui::TableSetupColumn(tr("checks.sasaran"));
  ImGui::TableSetupColumn(tr("checks.cascaded"));
  ImGui::TableHeadersRow();
  for (const LevelSummary& level : levels) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(level.label.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%zu", level.sasaran);
    ImGui::TableNextColumn();
    if (level.cascaded_share)
      ImGui::Text("%d%%", static_cast<int>(std::lround(*level.cascaded_share)));
    else
      ImGui::TextDisabled("\xE2\x80\x94");
  }
  ImGui::EndTable();
}

// The findings given, under one collapsing header per rule in rule order.
void rule_groups(const std::vector<const Finding*>& findings, ViewState& view, Language language, Intents& intents) {
  const auto& filter = view.checks_filter;
  for (Rule rule : all_rules()) {
    int count = 0;
    for (const Finding* finding : findings) count += finding->rule == rule && shown(filter, *finding, language);
    if (count == 0) continue;
    ImGui::PushID(static_cast<int>(rule));
    ImGui::PushStyleColor(ImGuiCol_Text, severity_colour(rule_severity(rule)));
    std::string title = rule_title(rule).in(language) + "  (" + std::to_string(count) + ")###rule";
    bool open = ImGui::CollapsingHeader(title.c_str());
    ImGui::PopStyleColor();
    if (open) {
      int index = 0;
      for (const Finding* finding : findings) {
        if (finding->rule != rule || !shown(filter, *finding, language)) continue;
        ImGui::PushID(index++);
        ImGui::PushTextWrapPos(0);
        if (ImGui::Selectable(finding->message.in(language).c_str(), view.selected == finding->node))
          intents.push_back(SelectNode{finding->node, true});
        ImGui::PopTextWrapPos();
        if (ImGui::IsItemHovered() && !finding->fix.empty())
          ImGui::SetTooltip("%s", finding->fix.in(language).c_str());
        ImGui::PopID();
      }
    }
    ImGui::PopID();
  }
}

}  // namespace

Intents checks_view(const Document& document, const CheckReport& report, ViewState& view) {
  Intents intents;
  const Language language = current_language();
  auto& filter = view.checks_filter;
  ImGui::TextColored(severity_colour(Severity::Error), "%s",
                     format(tr("checks.errors"), {std::to_string(count_severity(report.findings, Severity::Error))}).c_str());
  ImGui::SameLine();
  ImGui::TextColored(severity_colour(Severity::Warning), "%s",
                     format(tr("checks.warnings"), {std::to_string(count_severity(report.findings, Severity::Warning))}).c_str());
  ImGui::SameLine();
  ImGui::TextColored(severity_colour(Severity::Info), "%s",
                     format(tr("checks.infos"), {std::to_string(count_severity(report.findings, Severity::Info))}).c_str());
  ImGui::Checkbox(tr("checks.show_errors"), &filter.errors);
  ImGui::SameLine();
  ImGui::Checkbox(tr("checks.show_warnings"), &filter.warnings);
  ImGui::SameLine();
  ImGui::Checkbox(tr("checks.show_infos"), &filter.infos);
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##checks_filter", tr("checks.filter_hint"), &filter.text);
  ImGui::Checkbox(tr("checks.badges"), &view.finding_badges);

  ImGui::BeginChild("findings");
  if (ImGui::CollapsingHeader(tr("checks.per_level"))) level_table(report.levels);
  if (is_pemda_document(document)) {
    // A Pemda document: the findings of each OPD under its name, the Pemda's own first.
    for (const OpdFindingGroups& opd : group_findings_by_opd(document, report.findings)) {
      std::vector<const Finding*> findings;
      for (const FindingGroup& group : opd.groups) findings.insert(findings.end(), group.findings.begin(), group.findings.end());
      int count = 0;
      for (const Finding* finding : findings) count += shown(filter, *finding, language);
      if (count == 0) continue;
      ImGui::PushID(static_cast<int>(opd.opd));
      std::string title = opd.name + "  (" + std::to_string(count) + ")###opd";
      if (ImGui::TreeNodeEx(title.c_str(), ImGuiTreeNodeFlags_Framed)) {
        rule_groups(findings, view, language, intents);
        ImGui::TreePop();
      }
      ImGui::PopID();
    }
  } else {
    std::vector<const Finding*> findings;
    for (const Finding& finding : report.findings) findings.push_back(&finding);
    rule_groups(findings, view, language, intents);
  }
  if (report.findings.empty()) ImGui::TextWrapped("%s", tr("checks.none"));
  ImGui::EndChild();
  return intents;
}

}  // namespace pokin::ui
