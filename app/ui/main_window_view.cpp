#include "app/ui/main_window_view.h"

#include <GLFW/glfw3.h>  // key codes only
#include <imgui.h>

#include <algorithm>

#include "app/ui/canvas_toolbar_view.h"
#include "app/ui/canvas_view.h"
#include "app/ui/checks_view.h"
#include "app/ui/history_view.h"
#include "app/ui/inspector_view.h"
#include "app/ui/keyboard_shortcuts.h"
#include "app/ui/meeting_view.h"
#include "app/ui/menu_bar_view.h"
#include "app/ui/outline_view.h"
#include "app/ui/search_view.h"
#include "app/ui/status_bar_view.h"
#include "app/ui/strings.h"

namespace pokin::ui {
namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

void place(const char* name, ImVec2 pos, ImVec2 size, ImGuiWindowFlags extra = 0) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin(name, nullptr, kPanelFlags | extra);
}

}  // namespace

Intents main_window_view(Session& session, const std::vector<std::string>& recent_files) {
  ViewState& view = session.view;
  Intents intents = menu_bar_view(session.editor, view, recent_files);
  const ImGuiIO& io = ImGui::GetIO();
  const float menu_height = ImGui::GetFrameHeight();
  const float status_height = ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y;
  const float font = ImGui::GetFontSize();
  const float left_width = std::min(font * 22, io.DisplaySize.x * 0.28f);
  const float right_width = std::min(font * 25, io.DisplaySize.x * 0.3f);
  const float body_height = io.DisplaySize.y - menu_height - status_height;
  auto append = [&intents](Intents more) {
    for (Intent& intent : more) intents.push_back(std::move(intent));
  };
  const Document& document = session.document();
  const TreeIndex& index = session.index();

  place("##left", ImVec2(0, menu_height), ImVec2(left_width, body_height));
  if (ImGui::BeginTabBar("left_tabs")) {
    auto tab = [&](LeftTab which, const char* key) {
      ImGuiTabItemFlags flags = view.left_tab_switch && view.left_tab == which ? ImGuiTabItemFlags_SetSelected : 0;
      bool open = ImGui::BeginTabItem(tr(key), nullptr, flags);
      if (open && !view.left_tab_switch) view.left_tab = which;
      return open;
    };
    if (tab(LeftTab::Outline, "tab.outline")) {
      append(outline_view(document, index, view));
      ImGui::EndTabItem();
    }
    if (tab(LeftTab::Search, "tab.search")) {
      append(search_view(document, view));
      ImGui::EndTabItem();
    }
    if (tab(LeftTab::Checks, "tab.checks")) {
      append(checks_view(document, session.checks(), view));
      ImGui::EndTabItem();
    }
    if (tab(LeftTab::History, "tab.history")) {
      append(history_view(session.editor));
      ImGui::EndTabItem();
    }
    view.left_tab_switch = false;
    ImGui::EndTabBar();
  }
  ImGui::End();

  place("##inspector", ImVec2(io.DisplaySize.x - right_width, menu_height), ImVec2(right_width, body_height));
  append(inspector_view(document, index, view, session.counts().suggested_links));
  ImGui::End();

  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  place("##canvas", ImVec2(left_width, menu_height), ImVec2(io.DisplaySize.x - left_width - right_width, body_height),
        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x, ImGui::GetStyle().FramePadding.y + 2));
  append(canvas_toolbar_view(document, view));
  ImGui::SetCursorPosX(0);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 2);
  append(canvas_view(CanvasInput{document, index, session.geometry(), session.layout_busy(), session.geometry_view()}, view));
  ImGui::End();

  place("##status", ImVec2(0, io.DisplaySize.y - status_height), ImVec2(io.DisplaySize.x, status_height),
        ImGuiWindowFlags_NoScrollbar);
  status_bar_view(document, session.counts(), session.title(), view);
  ImGui::End();

  append(keyboard_shortcuts(document, index, view));
  return intents;
}

Intents meeting_screen_view(Session& session) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  place("##meeting", ImVec2(0, 0), io.DisplaySize, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  Intents intents = meeting_view(
      MeetingInput{session.document(), session.index(), session.geometry(), session.layout_busy(),
                   session.geometry_view()}, session.view);
  ImGui::End();
  if (ImGui::IsKeyPressed(GLFW_KEY_F11)) intents.push_back(RequestAction{AppAction::ToggleMeeting});
  return intents;
}

}  // namespace pokin::ui
