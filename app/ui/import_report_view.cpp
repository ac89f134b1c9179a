#include "app/ui/import_report_view.h"

#include <imgui.h>

#include "app/ui/report_buttons_view.h"
#include "app/ui/strings.h"

namespace pokin::ui {

void import_report_view(std::optional<std::string>& report, ViewState& view) {
  const std::string title = std::string(tr("import.report_title")) + "###import_report";
  if (report && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 46, ImGui::GetFontSize() * 30), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr)) return;
  ImGui::TextWrapped("%s", tr("import.report_intro"));
  ImGui::BeginChild("report", ImVec2(0, -ImGui::GetFrameHeightWithSpacing()), true,
                    ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::TextUnformatted(report ? report->c_str() : "");
  ImGui::EndChild();
  if (report_buttons([&] { return report ? *report : std::string(); }, "import.review", view)) report.reset();
  ImGui::EndPopup();
}

}  // namespace pokin::ui
