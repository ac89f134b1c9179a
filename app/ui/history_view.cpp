#include "app/ui/history_view.h"

#include <imgui.h>

#include "app/ui/strings.h"

namespace pokin::ui {

Intents history_view(const Editor& editor) {
  Intents intents;
  const Language language = current_language();
  std::vector<Bilingual> undo = editor.undo_names();  // most recent first
  std::vector<Bilingual> redo = editor.redo_names();  // next to redo first
  ImGui::BeginChild("history");
  for (int i = static_cast<int>(redo.size()) - 1; i >= 0; --i) {
    ImGui::PushID(1000000 + i);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    if (ImGui::Selectable(redo[i].in(language).c_str())) intents.push_back(HistoryJump{i + 1});
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
  for (int i = 0; i < static_cast<int>(undo.size()); ++i) {
    ImGui::PushID(i);
    if (ImGui::Selectable(undo[i].in(language).c_str(), i == 0)) intents.push_back(HistoryJump{-i});
    ImGui::PopID();
  }
  if (ImGui::Selectable(tr("history.opened"), undo.empty()))
    intents.push_back(HistoryJump{-static_cast<int>(undo.size())});
  ImGui::EndChild();
  return intents;
}

}  // namespace pokin::ui
