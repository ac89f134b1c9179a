#include "app/ui/keyboard_shortcuts.h"

#include <GLFW/glfw3.h>  // key codes only: io.KeysDown is indexed by them
#include <imgui.h>

#include <algorithm>

namespace pokin::ui {
namespace {

Id sibling(const std::vector<Id>& siblings, Id from, int delta) {
  auto it = std::find(siblings.begin(), siblings.end(), from);
  if (it == siblings.end()) return kNoId;
  long index = (it - siblings.begin()) + delta;
  if (index < 0 || index >= static_cast<long>(siblings.size())) return kNoId;
  return siblings[index];
}

}  // namespace

Id neighbour(const Document& document, const TreeIndex& index, Id from, Direction direction) {
  if (const Indikator* indikator = document.find_indikator(from)) from = indikator->sasaran;
  if (const Sasaran* sasaran = document.find_sasaran(from)) {
    const auto& siblings = sasaran->parent != kNoId && document.find_sasaran(sasaran->parent)
                               ? index.child_sasaran(sasaran->parent)
                               : index.root_sasaran();
    switch (direction) {
      case Direction::Up: return document.find_sasaran(sasaran->parent) ? sasaran->parent : kNoId;
      case Direction::Down: return index.child_sasaran(from).empty() ? kNoId : index.child_sasaran(from).front();
      case Direction::Previous: return sibling(siblings, from, -1);
      case Direction::Next: return sibling(siblings, from, +1);
    }
  }
  if (const Unit* unit = document.find_unit(from)) {
    const auto& siblings = document.find_unit(unit->parent) ? index.child_units(unit->parent) : index.root_units();
    switch (direction) {
      case Direction::Up: return document.find_unit(unit->parent) ? unit->parent : kNoId;
      case Direction::Down: return index.child_units(from).empty() ? kNoId : index.child_units(from).front();
      case Direction::Previous: return sibling(siblings, from, -1);
      case Direction::Next: return sibling(siblings, from, +1);
    }
  }
  return kNoId;
}

Intents keyboard_shortcuts(const Document& document, const TreeIndex& index, const ViewState& view) {
  Intents intents;
  const ImGuiIO& io = ImGui::GetIO();
  const bool ctrl = io.KeyCtrl, shift = io.KeyShift;
  auto pressed = [](int key) { return ImGui::IsKeyPressed(key, false); };
  if (ctrl && pressed(GLFW_KEY_S)) intents.push_back(RequestAction{shift ? AppAction::SaveAs : AppAction::Save});
  if (ctrl && pressed(GLFW_KEY_N)) intents.push_back(RequestAction{AppAction::New});
  if (ctrl && pressed(GLFW_KEY_O)) intents.push_back(RequestAction{AppAction::Open});
  if (ctrl && pressed(GLFW_KEY_F)) intents.push_back(RequestAction{AppAction::Find});
  if (ctrl && pressed(GLFW_KEY_Q)) intents.push_back(RequestAction{AppAction::Quit});
  if (io.WantTextInput) return intents;  // the focused field owns Ctrl+Z, Delete and the arrows

  if (ctrl && pressed(GLFW_KEY_Z)) intents.push_back(shift ? Intent{Redo{}} : Intent{Undo{}});
  if (ctrl && pressed(GLFW_KEY_Y)) intents.push_back(Redo{});
  if (ctrl) return intents;
  if (pressed(GLFW_KEY_DELETE) && view.selected != kNoId) intents.push_back(RequestAction{AppAction::DeleteSelected});
  if (pressed(GLFW_KEY_F2) && view.selected != kNoId) intents.push_back(RequestAction{AppAction::EditSelected});
  if (pressed(GLFW_KEY_HOME)) intents.push_back(RequestAction{AppAction::FitAll});
  if (pressed(GLFW_KEY_F11)) intents.push_back(RequestAction{AppAction::ToggleMeeting});
  if (view.selected == kNoId) {
    if (pressed(GLFW_KEY_UP) || pressed(GLFW_KEY_DOWN)) {
      const auto& roots = index.root_sasaran();
      if (!roots.empty()) intents.push_back(SelectNode{roots.front(), true});
    }
    return intents;
  }
  const std::pair<int, Direction> arrows[] = {{GLFW_KEY_UP, Direction::Up},
                                              {GLFW_KEY_DOWN, Direction::Down},
                                              {GLFW_KEY_LEFT, Direction::Previous},
                                              {GLFW_KEY_RIGHT, Direction::Next}};
  for (auto [key, direction] : arrows) {
    if (!ImGui::IsKeyPressed(key)) continue;
    Id target = neighbour(document, index, view.selected, direction);
    if (target != kNoId) intents.push_back(SelectNode{target, true});
  }
  return intents;
}

}  // namespace pokin::ui
