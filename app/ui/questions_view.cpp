#include "app/ui/questions_view.h"

#include <imgui.h>

#include "app/ui/strings.h"

namespace pokin::ui {
namespace {

// Opens the modal `title` while `asked`; true while it is showing (then the caller fills it and calls EndPopup).
bool begin_question(const std::string& title, bool asked) {
  if (asked && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  return ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize);
}

}  // namespace

Intents questions_view(QuestionsState& state, const std::string& document_title, bool recovery_offered) {
  Intents intents;
  if (begin_question(std::string(tr("question.unsaved_title")) + "###unsaved", state.unsaved_changes)) {
    ImGui::TextUnformatted(format(tr("question.unsaved_text"), {document_title}).c_str());
    ImGui::Spacing();
    const bool save = ImGui::Button(tr("question.save"));
    ImGui::SameLine();
    const bool discard = ImGui::Button(tr("question.discard"));
    ImGui::SameLine();
    const bool cancel = ImGui::Button(tr("dialog.cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    if (save) intents.push_back(RequestAction{AppAction::SaveAndQuit});
    if (discard) intents.push_back(RequestAction{AppAction::QuitWithoutSaving});
    if (save || discard || cancel) {
      state.unsaved_changes = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  if (begin_question(std::string(tr("question.error_title")) + "###file_error", state.error.has_value())) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextUnformatted(state.error ? state.error->in(current_language()).c_str() : "");
    ImGui::PopTextWrapPos();
    if (ImGui::Button("OK")) {
      state.error.reset();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  if (begin_question(std::string(tr("question.recovery_title")) + "###recovery", recovery_offered)) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextUnformatted(tr("question.recovery_text"));
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr("question.recovery_open"))) {
      intents.push_back(RequestAction{AppAction::OpenRecovery});
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("question.recovery_ignore"))) {
      intents.push_back(RequestAction{AppAction::IgnoreRecovery});
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  return intents;
}

}  // namespace pokin::ui
