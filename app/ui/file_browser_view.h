#pragma once
// The in-app file browser, used when the desktop has no native dialog (zenity, kdialog): folders, the files of
// the offered extensions, the recent folders, and a name field when saving. With `multiple` (Berkas > Gabungkan
// dokumen OPD…: 30-45 files from one folder) several files are chosen at once: Ctrl+click adds or removes a file,
// Shift+click selects the files between the last one clicked and this one, a checkbox on each row adds or removes
// it, and "Tambah semua .pokin di folder ini (N)" takes every file of `all_of_extension` in the folder.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pokin::ui {

struct FileBrowserState {
  bool open = false;
  bool saving = false;
  std::string title;       // the window's title; empty: "Open" or "Save" as `saving` says
  std::string extension;   // ".pokin", or several separated by spaces (".csv .xlsx .docx"); empty = every file
  std::filesystem::path folder;
  std::string file_name;
  std::vector<std::string> recent_folders;
  bool multiple = false;         // several files at once (never when saving)
  std::string all_of_extension;  // with `multiple`: ".pokin" offers "add all .pokin in this folder"; empty: no
  std::vector<std::string> selected;  // with `multiple`: the names chosen in `folder`
  std::string anchor;                 // with `multiple`: where the next Shift+click's range starts
};

// Whether `path` has one of `extensions` (as FileBrowserState::extension; letter case ignored, so that
// "IKU.DOCX" is offered too).
bool offers_extension(const std::string& extensions, const std::filesystem::path& path);

// Shows the browser while `state.open`; returns the chosen paths once (and closes): one, or with `multiple` every
// file chosen, in the folder's order. Empty while nothing is chosen.
std::vector<std::filesystem::path> file_browser_view(FileBrowserState& state);

}  // namespace pokin::ui
