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

namespace {

void toggle(std::vector<std::string>& selected, const std::string& name) {
  auto found = std::find(selected.begin(), selected.end(), name);
  if (found == selected.end())
    selected.push_back(name);
  else
    selected.erase(found);
}

// A click on the file names[index] in a browser that chooses several: alone it chooses that file only, with Ctrl
// it adds or removes it, with Shift it chooses the files from the anchor to it (with Ctrl+Shift added to the rest).
void click_in_multiple(FileBrowserState& state, const std::vector<std::string>& names, std::size_t index) {
  const ImGuiIO& io = ImGui::GetIO();
  const auto anchor = std::find(names.begin(), names.end(), state.anchor);
  if (io.KeyShift && anchor != names.end()) {
    std::size_t from = static_cast<std::size_t>(anchor - names.begin()), to = index;
    if (from > to) std::swap(from, to);
    if (!io.KeyCtrl) state.selected.clear();
    for (std::size_t k = from; k <= to; ++k)
      if (std::find(state.selected.begin(), state.selected.end(), names[k]) == state.selected.end())
        state.selected.push_back(names[k]);
    return;  // the anchor stays: a second Shift+click changes the range
  }
  if (io.KeyCtrl)
    toggle(state.selected, names[index]);
  else
    state.selected = {names[index]};
  state.anchor = names[index];
}

}  // namespace

std::vector<std::filesystem::path> file_browser_view(FileBrowserState& state) {
  std::vector<std::filesystem::path> chosen;
  if (!state.open) return chosen;
  const bool multiple = state.multiple && !state.saving;
  const char* title = !state.title.empty() ? state.title.c_str() : state.saving ? tr("browser.save_title") : tr("browser.open_title");
  std::string popup = std::string(title) + "###file_browser";
  if (!ImGui::IsPopupOpen(popup.c_str())) ImGui::OpenPopup(popup.c_str());
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 40, ImGui::GetFontSize() * 28), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(popup.c_str(), &state.open)) return chosen;

  auto go_to = [&](const std::filesystem::path& folder) {
    state.folder = folder;
    state.selected.clear();  // what was chosen belongs to the folder left
    state.anchor.clear();
  };
  std::error_code error;
  if (state.folder.empty()) state.folder = std::filesystem::current_path(error);
  ImGui::TextUnformatted(utf8_path(state.folder).c_str());
  if (ImGui::Button(tr("browser.up"))) go_to(state.folder.parent_path());
  for (const std::string& recent : state.recent_folders) {
    ImGui::SameLine();
    std::string label = utf8_path(std::filesystem::path(recent).filename());
    if (ImGui::SmallButton(label.empty() ? recent.c_str() : label.c_str())) go_to(recent);
  }
  if (multiple) ImGui::TextDisabled("%s", tr("browser.multiple_hint"));

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
  std::vector<std::string> names;
  for (const auto& file : files) names.push_back(utf8_path(file.path().filename()));
  auto is_selected = [&](const std::string& name) {
    return std::find(state.selected.begin(), state.selected.end(), name) != state.selected.end();
  };
  float footer = ImGui::GetFrameHeightWithSpacing() * 2;
  ImGui::BeginChild("entries", ImVec2(0, -footer), true);
  for (const auto& folder : folders) {
    std::string label = "[" + utf8_path(folder.path().filename()) + "]";
    if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_DontClosePopups)) go_to(folder.path());
  }
  for (std::size_t k = 0; k < files.size(); ++k) {
    const std::string& name = names[k];
    if (multiple) {
      bool picked = is_selected(name);
      if (ImGui::Checkbox(("###pick_" + name).c_str(), &picked)) {
        toggle(state.selected, name);
        state.anchor = name;
      }
      ImGui::SameLine();
    }
    if (ImGui::Selectable(name.c_str(), multiple ? is_selected(name) : name == state.file_name,
                          ImGuiSelectableFlags_DontClosePopups | ImGuiSelectableFlags_AllowDoubleClick)) {
      if (multiple)
        click_in_multiple(state, names, k);
      else
        state.file_name = name;
      if (ImGui::IsMouseDoubleClicked(0)) chosen = {files[k].path()};
    }
  }
  ImGui::EndChild();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
  // A name typed while several files are chosen means that file, not them.
  if (ImGui::InputText(tr("browser.file_name"), &state.file_name) && multiple) state.selected.clear();

  std::vector<std::filesystem::path> picked;  // with `multiple`: the files chosen, in the folder's order
  for (std::size_t k = 0; k < files.size(); ++k)
    if (multiple && is_selected(names[k])) picked.push_back(files[k].path());
  const std::string choose = !multiple     ? std::string(state.saving ? tr("browser.save") : tr("browser.open"))
                             : picked.empty() ? std::string(tr("browser.open")) + "###choose"
                                              : format(tr("browser.add_selected"), {std::to_string(picked.size())}) + "###choose";
  if (ImGui::Button(choose.c_str())) {
    if (!picked.empty()) {
      chosen = picked;
    } else if (!state.file_name.empty()) {
      std::filesystem::path path = state.folder / path_from_utf8(state.file_name);
      if (state.saving && !state.extension.empty() && !offers_extension(state.extension, path)) path += state.extension;
      chosen = {path};
    }
  }
  if (multiple && !state.all_of_extension.empty()) {
    std::vector<std::filesystem::path> all;
    for (const auto& file : files)
      if (offers_extension(state.all_of_extension, file.path())) all.push_back(file.path());
    ImGui::SameLine();
    ImGui::BeginDisabled(all.empty());
    const std::string label =
        format(tr("browser.add_all"), {state.all_of_extension, std::to_string(all.size())}) + "###add_all";
    if (ImGui::Button(label.c_str())) chosen = all;
    ImGui::EndDisabled();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("dialog.cancel"))) state.open = false;
  if (!chosen.empty()) state.open = false;
  if (!state.open) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return chosen;
}

}  // namespace pokin::ui
