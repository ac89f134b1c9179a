#pragma once
// A plain ImGui context for view tests: no window, no GL. Feeds mouse and keys, runs one frame around a view
// inside a full-size window, and hands back what the view returned.
#include <GLFW/glfw3.h>  // key codes only
#include <imgui.h>
#include <imgui_internal.h>  // the windows and hovered item, to find a widget by its label

#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include "tests/scratch_path.h"
#include "app/ui/intents.h"
#include "core/model/document.h"

namespace pokin::test {

// The id of the sasaran with `code` in the small test documents; kNoId when none.
inline Id sasaran_id(const Document& document, const std::string& code) {
  for (const auto& [id, sasaran] : document.sasaran)
    if (sasaran.code == code) return id;
  return kNoId;
}

// An empty folder under the system's temporary directory.
inline std::filesystem::path scratch_dir(const char* name) {
  auto path = test::scratch_path(name);
  std::filesystem::remove_all(path);
  std::filesystem::create_directories(path);
  return path;
}

class UiHarness {
 public:
  UiHarness() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60;
    io.IniFilename = nullptr;
    unsigned char* pixels;
    int width, height;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    // The key map the GLFW backend installs, so ImGui's own widgets react to the same codes.
    io.KeyMap[ImGuiKey_Tab] = GLFW_KEY_TAB;
    io.KeyMap[ImGuiKey_LeftArrow] = GLFW_KEY_LEFT;
    io.KeyMap[ImGuiKey_RightArrow] = GLFW_KEY_RIGHT;
    io.KeyMap[ImGuiKey_UpArrow] = GLFW_KEY_UP;
    io.KeyMap[ImGuiKey_DownArrow] = GLFW_KEY_DOWN;
    io.KeyMap[ImGuiKey_Delete] = GLFW_KEY_DELETE;
    io.KeyMap[ImGuiKey_Backspace] = GLFW_KEY_BACKSPACE;
    io.KeyMap[ImGuiKey_Enter] = GLFW_KEY_ENTER;
    io.KeyMap[ImGuiKey_Escape] = GLFW_KEY_ESCAPE;
    io.KeyMap[ImGuiKey_A] = GLFW_KEY_A;
    io.KeyMap[ImGuiKey_Z] = GLFW_KEY_Z;
  }
  ~UiHarness() { ImGui::DestroyContext(); }
  UiHarness(const UiHarness&) = delete;
  UiHarness& operator=(const UiHarness&) = delete;

  // Runs one frame with `view` called inside a window covering the display.
  template <class View>
  auto frame(View&& view) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    auto result = view();
    ImGui::End();
    ImGui::Render();
    clear_one_frame_input();
    return result;
  }

  void mouse(float x, float y) { ImGui::GetIO().MousePos = ImVec2(x, y); }
  void button(bool down) { ImGui::GetIO().MouseDown[0] = down; }
  void key(int code, bool down) { ImGui::GetIO().KeysDown[code] = down; }
  void ctrl(bool down) { ImGui::GetIO().KeyCtrl = down; }
  void shift(bool down) { ImGui::GetIO().KeyShift = down; }
  void type(const std::string& text) { ImGui::GetIO().AddInputCharactersUTF8(text.c_str()); }

  // Clicks the widget labelled `label` (as passed to ImGui::Button, RadioButton, InputText ...) placed directly in
  // the window `window` ("###delete" for a modal titled "Hapus###delete"), as a person would: the mouse sweeps the
  // window until ImGui reports that widget under it, then presses and releases. `frame` runs one frame (through
  // this harness) and returns a container; what every frame returned is collected. False when not found.
  template <class Frame, class Collected>
  bool click(const char* window, const char* label, Frame&& frame, Collected& collected) {
    ImGuiWindow* target = ImGui::FindWindowByName(window);
    if (!target) return false;
    const ImGuiID id = ImHashStr(label, 0, target->ID);
    // Column by column from the left, where most widgets start, so few frames are needed.
    return sweep_and_click(target->Rect(), id, false, frame, collected);
  }

  // Clicks down a column of rows (the outline) from the top: the mouse at x, every 3 points from y = 4 to `bottom`,
  // presses and releases over each, and returns what the clicks selected, in order (a row selected by several
  // clicks in a row counted once). `view` is called inside each frame and returns its intents; `each` sees every
  // SelectNode (to check how a row selects).
  template <class View, class Each>
  std::vector<Id> click_down_rows(float x, float bottom, View&& view, Each&& each) {
    std::vector<Id> selected;
    for (float y = 4; y < bottom; y += 3) {
      mouse(x, y);
      auto intents = frame(view);
      button(true);
      for (auto& intent : frame(view)) intents.push_back(intent);
      button(false);
      for (auto& intent : frame(view)) intents.push_back(intent);
      for (const auto& intent : intents)
        if (const auto* select = std::get_if<ui::SelectNode>(&intent)) {
          each(*select);
          if (selected.empty() || selected.back() != select->id) selected.push_back(select->id);
        }
    }
    return selected;
  }
  template <class View>
  std::vector<Id> click_down_rows(float x, float bottom, View&& view) {
    return click_down_rows(x, bottom, view, [](const ui::SelectNode&) {});
  }

  // Clicks the widget whose ImGui id is `id` wherever it is (a view that gives its widgets fixed ids says how to
  // compute them): the mouse sweeps the display row by row from the top until ImGui reports that widget under it.
  template <class Frame, class Collected>
  bool click_id(ImGuiID id, Frame&& frame, Collected& collected) {
    return sweep_and_click(ImRect(ImVec2(0, 0), ImGui::GetIO().DisplaySize), id, true, frame, collected);
  }

 private:
  // Moves the mouse over `rect` (by rows or by columns), one frame per step, until widget `id` is hovered; then
  // presses and releases.
  template <class Frame, class Collected>
  bool sweep_and_click(const ImRect& rect, ImGuiID id, bool rows_first, Frame&& frame, Collected& collected) {
    auto step = [&] {
      for (auto& item : frame()) collected.push_back(item);
    };
    const int columns = static_cast<int>((rect.GetWidth() - 4) / 12) + 1;
    const int rows = static_cast<int>((rect.GetHeight() - 2) / 5) + 1;
    for (int outer = 0; outer < (rows_first ? rows : columns); ++outer) {
      for (int inner = 0; inner < (rows_first ? columns : rows); ++inner) {
        const int column = rows_first ? inner : outer, row = rows_first ? outer : inner;
        mouse(rect.Min.x + 4 + column * 12.0f, rect.Min.y + 2 + row * 5.0f);
        step();
        if (GImGui->HoveredId != id) continue;
        button(true);
        step();
        button(false);
        step();
        return true;
      }
    }
    return false;
  }

  void clear_one_frame_input() { ImGui::GetIO().MouseWheel = 0; }
};

}  // namespace pokin::test
