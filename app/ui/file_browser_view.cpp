#include "app/ui/file_browser_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>

#include "app/ui/strings.h"
#include "core/text/utf8_path.h"

namespace pokin::ui {

bool offers_extension(const std::string& extensions, const std::filesystem::path& path) {
  if (extensions.empty()) return true;
  std::string own = utf8_path(path.extension());
  std::transform(own.begin(), own.end(), own.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (own.empty()) return false;
  std::size_t at = 0;
  while (at < extensions.size()) {
    std::size_t end = std::min(extensions.find(' ', at), extensions.size());
    if (extensions.compare(at, end - at, own) == 0) return true;
    at = end + 1;
  }
  return false;
}

std::optional<std::filesystem::path> file_browser_view(FileBrowserState& state) {
  std::optional<std::filesystem::path> chosen;
  if (!state.open) return chosen;
  const char* title = !state.title.empty() ? state.title.c_str() : state.saving ? tr("browser.save_title") : tr("browser.open_title");
  std::string popup = std::string(title) + "###file_browser";
  if (!ImGui::IsPopupOpen(popup.c_str())) ImGui::OpenPopup(popup.c_str());
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 40, ImGui::GetFontSize() * 28), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(popup.c_str(), &state.open)) return chosen;

  std::error_code error;
  if (state.folder.empty()) state.folder = std::filesystem::current_path(error);
  ImGui::TextUnformatted(utf8_path(state.folder).c_str());
  if (ImGui::Button(tr("browser.up"))) state.folder = state.folder.parent_path();
  for (const std::string& recent : state.recent_folders) {
    ImGui::SameLine();
    std::string label = utf8_path(std::filesystem::path(recent).filename());
    if (ImGui::SmallButton(label.empty() ? recent.c_str() : label.c_str())) state.folder = recent;
  }

  std::vector<std::filesystem::directory_entry> folders, files;
  for (std::filesystem::directory_iterator it(state.folder, error), end; !error && it != end; it.increment(error)) {
    const auto& entry = *it;
    std::string name = utf8_path(entry.path().filename());
    if (name.empty() || name[0] == '.') continue;
    if (entry.is_directory(error)) folders.push_back(entry);
    else if (offers_extension(state.extension, entry.path())) files.push_back(entry);
  }
  std::sort(folders.begin(), folders.end());
  std::sort(files.begin(), files.end());
  float footer = ImGui::GetFrameHeightWithSpacing() * 2;
  ImGui::BeginChild("entries", ImVec2(0, -footer), true);
  for (const auto& folder : folders) {
    std::string label = "[" + utf8_path(folder.path().filename()) + "]";
    if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_DontClosePopups)) state.folder = folder.path();
  }
  for (const auto& file : files) {
    std::string name = utf8_path(file.path().filename());
    if (ImGui::Selectable(name.c_str(), name == state.file_name,
                          ImGuiSelectableFlags_DontClosePopups | ImGuiSelectableFlags_AllowDoubleClick)) {
      state.file_name = name;
      if (ImGui::IsMouseDoubleClicked(0)) chosen = file.path();
    }
  }
  ImGui::EndChild();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
  ImGui::InputText(tr("browser.file_name"), &state.file_name);
  if (ImGui::Button(state.saving ? tr("browser.save") : tr("browser.open")) && !state.file_name.empty()) {
    std::filesystem::path path = state.folder / path_from_utf8(state.file_name);
    if (state.saving && !state.extension.empty() && !offers_extension(state.extension, path)) path += state.extension;
    chosen = path;
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("dialog.cancel"))) state.open = false;
  if (chosen) state.open = false;
  if (!state.open) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return chosen;
}

}  // namespace pokin::ui
