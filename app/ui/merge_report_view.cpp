#include "app/ui/merge_report_view.h"

#include <imgui.h>

#include <cmath>

#include "app/ui/counted_section_view.h"
#include "app/ui/report_buttons_view.h"
#include "app/ui/strings.h"

namespace pokin::ui {
namespace {

const ImVec4 kLostColour(0.85f, 0.45f, 0.0f, 1);

const char* outcome_key(pemda::PartOutcome outcome) {
  switch (outcome) {
    case pemda::PartOutcome::Added: return "merge.outcome_added";
    case pemda::PartOutcome::Replaced: return "merge.outcome_replaced";
    case pemda::PartOutcome::Unchanged: return "merge.outcome_unchanged";
  }
  return "merge.outcome_added";
}

void parts_table(const pemda::MergeReport& report) {
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("parts", 7, flags)) return;
  ImGui::TableSetupColumn(tr("merge.col_part"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("merge.col_file"));
  ImGui::TableSetupColumn(tr("merge.col_outcome"));
  ImGui::TableSetupColumn("Unit");
  ImGui::TableSetupColumn("Sasaran");
  ImGui::TableSetupColumn(tr("merge.col_indikator"));
  ImGui::TableSetupColumn(tr("merge.col_matched"));
  ImGui::TableHeadersRow();
  for (const pemda::MergedPartLine& part : report.parts) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string name = pemda::part_display_name(part);
    ImGui::TextUnformatted(name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(part.source_file.c_str());
    ImGui::TableNextColumn();
    if (part.outcome == pemda::PartOutcome::Unchanged)
      ImGui::TextDisabled("%s", tr(outcome_key(part.outcome)));
    else
      ImGui::TextUnformatted(tr(outcome_key(part.outcome)));
    for (int value : {part.units, part.sasaran, part.indikator}) {
      ImGui::TableNextColumn();
      ImGui::Text("%d", value);
    }
    ImGui::TableNextColumn();
    if (part.outcome == pemda::PartOutcome::Replaced) ImGui::Text("%d", part.matched);
  }
  ImGui::EndTable();
}

std::string summary(const pemda::MergeReport& report) {
  int taken = 0, unchanged = 0;
  for (const pemda::MergedPartLine& part : report.parts) (part.outcome == pemda::PartOutcome::Unchanged ? unchanged : taken)++;
  return format(tr("merge.summary"), {std::to_string(taken), std::to_string(unchanged), std::to_string(report.kept.size()),
                                      std::to_string(report.lost.size()), std::to_string(report.rpjmd_not_taken.size()),
                                      std::to_string(report.suggested.size())});
}

}  // namespace

void merge_report_view(std::optional<MergeReportShown>& shown, ViewState& view) {
  const std::string title = std::string(tr("merge.report_title")) + "###merge_report";
  if (shown && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 66, ImGui::GetFontSize() * 36), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr)) return;
  if (!shown) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  const pemda::MergeReport& report = shown->report;
  const Language language = current_language();
  if (shown->version.empty())
    ImGui::TextWrapped("%s", format(tr("merge.report_created"), {shown->document}).c_str());
  else
    ImGui::TextWrapped("%s", format(tr("merge.report_updated"), {shown->document, shown->version}).c_str());
  ImGui::TextWrapped("%s", summary(report).c_str());

  ImGui::BeginChild("report", ImVec2(0, -ImGui::GetFrameHeightWithSpacing()), true);
  parts_table(report);
  if (counted_section("merge.section_lost", report.lost.size(), true)) {
    for (const pemda::LostDecision& lost : report.lost) {
      ImGui::PushStyleColor(ImGuiCol_Text, kLostColour);
      bullet_line(lost.opd + ": " + pemda::quoted_statement(lost.code, lost.statement));
      ImGui::PopStyleColor();
      ImGui::Indent();
      ImGui::TextWrapped("%s", lost.what.in(language).c_str());
      ImGui::Unindent();
    }
  }
  if (counted_section("merge.section_kept", report.kept.size()))
    for (const Bilingual& line : report.kept) bullet_line(line.in(language));
  if (counted_section("merge.section_not_taken", report.rpjmd_not_taken.size()))
    for (const pemda::NotTakenRow& row : report.rpjmd_not_taken)
      bullet_line(format(tr("merge.not_taken_line"), {std::to_string(row.level), pemda::quoted_statement(row.code, row.statement),
                                                  std::to_string(row.indikator)}));
  if (counted_section("merge.section_suggested", report.suggested.size()))
    for (const pemda::SuggestedRpjmdLink& link : report.suggested)
      bullet_line(link.opd + ": " + pemda::quoted_statement(link.code, link.statement) + "  \xE2\x86\x92  " +
             pemda::quoted_statement(link.rpjmd_code, link.rpjmd_statement) + "  (" +
             format(tr("merge.score"), {std::to_string(std::lround(link.score * 100))}) + ")");
  if (counted_section("merge.section_crosscutting", report.crosscutting.size()))
    for (const Bilingual& line : report.crosscutting) bullet_line(line.in(language));
  if (counted_section("merge.section_notes", report.notes.size()))
    for (const Bilingual& note : report.notes) bullet_line(note.in(language));
  ImGui::EndChild();

  if (report_buttons([&] { return pemda::render_merge_report(report, language); }, "merge.review", view)) shown.reset();
  ImGui::EndPopup();
}

}  // namespace pokin::ui
