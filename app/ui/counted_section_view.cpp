#include "app/ui/counted_section_view.h"

#include <imgui.h>

#include "app/ui/strings.h"

namespace pokin::ui {

bool counted_section(const char* key, std::size_t count, bool open_anyway) {
  if (count == 0) return false;
  const std::string label = format(tr(key), {std::to_string(count)}) + "###" + key;
  const ImGuiTreeNodeFlags flags = open_anyway || count <= 12 ? ImGuiTreeNodeFlags_DefaultOpen : 0;
  return ImGui::CollapsingHeader(label.c_str(), flags);
}

void bullet_line(const std::string& text) {
  ImGui::Bullet();
  ImGui::TextWrapped("%s", text.c_str());
}

}  // namespace pokin::ui
