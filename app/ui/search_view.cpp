#include "app/ui/search_view.h"

#include <GLFW/glfw3.h>  // key codes only: io.KeysDown is indexed by them
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/ui/document_search.h"
#include "app/ui/strings.h"

namespace pokin::ui {

Intents search_view(const Document& document, ViewState& view) {
  Intents intents;
  SearchState& search = view.search;
  if (search.focus_input) {
    ImGui::SetKeyboardFocusHere();
    search.focus_input = false;
  }
  ImGui::SetNextItemWidth(-1);
  bool entered = ImGui::InputTextWithHint("##search", tr("search.hint"), &search.query,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
  bool input_active = ImGui::IsItemActive() || ImGui::IsItemFocused();
  if (ImGui::IsItemEdited()) search.cursor = 0;
  std::vector<SearchResult> results = search_document(document, search.query);
  if (!results.empty()) {
    if (input_active && ImGui::IsKeyPressed(GLFW_KEY_DOWN)) search.cursor++;
    if (input_active && ImGui::IsKeyPressed(GLFW_KEY_UP)) search.cursor--;
    search.cursor = std::clamp(search.cursor, 0, static_cast<int>(results.size()) - 1);
    if (entered) {
      intents.push_back(SelectNode{results[search.cursor].id, true});
      ImGui::SetKeyboardFocusHere(-1);  // keep typing / pressing Enter for the next result
    }
  }
  if (search.query.empty()) {
    ImGui::TextDisabled("%s", tr("search.help"));
    return intents;
  }
  ImGui::TextDisabled("%s", format(tr("search.count"), {std::to_string(results.size())}).c_str());
  ImGui::BeginChild("results");
  const char* kinds[] = {tr("search.kind_unit"), tr("search.kind_sasaran"), tr("search.kind_indikator")};
  for (int i = 0; i < static_cast<int>(results.size()); ++i) {
    const SearchResult& result = results[i];
    ImGui::PushID(i);
    std::string label = std::string(kinds[static_cast<int>(result.kind)]) + "  " + result.label;
    if (ImGui::Selectable(label.c_str(), i == search.cursor)) {
      search.cursor = i;
      intents.push_back(SelectNode{result.id, true});
    }
    if (i == search.cursor && entered) ImGui::SetScrollHereY();
    ImGui::PopID();
  }
  ImGui::EndChild();
  return intents;
}

}  // namespace pokin::ui
