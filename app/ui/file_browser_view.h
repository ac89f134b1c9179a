#pragma once
// The in-app file browser, used when the desktop has no native dialog (zenity, kdialog): folders, the files of
// one extension, the recent folders, and a name field when saving.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pokin::ui {

struct FileBrowserState {
  bool open = false;
  bool saving = false;
  std::string title;       // the window's title; empty: "Open" or "Save" as `saving` says
  std::string extension;   // ".pokin"; empty = every file
  std::filesystem::path folder;
  std::string file_name;
  std::vector<std::string> recent_folders;
};

// Shows the browser while `state.open`; returns the chosen path once (and closes).
std::optional<std::filesystem::path> file_browser_view(FileBrowserState& state);

}  // namespace pokin::ui
