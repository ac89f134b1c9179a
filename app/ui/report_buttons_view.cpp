#include "app/ui/report_buttons_view.h"

#include <imgui.h>

#include "app/ui/strings.h"

namespace pokin::ui {

bool report_buttons(const std::function<std::string()>& copy_text, const char* review_key, ViewState& view) {
  if (ImGui::Button(tr("import.copy"))) ImGui::SetClipboardText(copy_text().c_str());
  bool close = false;
  ImGui::SameLine();
  if (ImGui::Button(tr(review_key))) {
    view.left_tab = LeftTab::Checks;
    view.left_tab_switch = true;
    close = true;
  }
  ImGui::SameLine();
  if (ImGui::Button("OK")) close = true;
  if (close) ImGui::CloseCurrentPopup();
  return close;
}

}  // namespace pokin::ui
