#pragma once
// Asking the planner for a file: the desktop's native dialog when there is one, else the in-app browser
// (file_browser_view.h). The answer carries what the file is for, so the shell knows what to do with it.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/ui/file_browser_view.h"

namespace pokin::ui {

// A native file dialog: `available` false when the desktop has none (the in-app browser is used instead).
struct NativeDialogResult {
  bool available = false;
  std::optional<std::filesystem::path> path;  // empty: cancelled
};
using NativeFileDialog =
    std::function<NativeDialogResult(bool saving, const std::string& title, const std::string& extension)>;

enum class FilePurpose {
  Open, SaveAs, Import, Export, SaveProfile, LoadProfile, Compare,
  MergeOpd, MergeRpjmd, MergeOutput,  // Berkas > Gabungkan dokumen OPD…: an OPD file, the RPJMD, the new document
};

struct ChosenFile {
  FilePurpose purpose = FilePurpose::Open;
  std::filesystem::path path;
  std::vector<std::filesystem::path> more;  // MergeOpd in the in-app browser: the further files chosen at once
};

class FileChooser {
 public:
  explicit FileChooser(NativeFileDialog native_dialog) : native_dialog_(std::move(native_dialog)) {}

  // Asks for a file with `extension` (".pokin", several separated by spaces; empty = any). A native dialog answers at once (returned here,
  // nothing when cancelled); otherwise the in-app browser opens, starting in the folder of the most recent file,
  // and frame() returns the answer later. For MergeOpd the in-app browser chooses several files at once (and
  // offers every .pokin of the folder); every other purpose chooses one file, as always.
  std::optional<ChosenFile> choose(FilePurpose purpose, const std::string& extension,
                                   const std::vector<std::string>& recent_files);
  // Draws the in-app browser while it is open; returns the chosen file once.
  std::optional<ChosenFile> frame();
  // The in-app browser is open (another modal must wait: ImGui shows one modal at a level).
  bool browsing() const { return browser_.open; }

 private:
  NativeFileDialog native_dialog_;
  FileBrowserState browser_;
  FilePurpose purpose_ = FilePurpose::Open;
};

}  // namespace pokin::ui
