#include "app/ui/file_chooser.h"

#include <algorithm>

#include "app/ui/strings.h"
#include "core/text/utf8_path.h"
#include "core/store/document_file.h"

namespace pokin::ui {

std::optional<ChosenFile> FileChooser::choose(FilePurpose purpose, const std::string& extension,
                                              const std::vector<std::string>& recent_files) {
  const bool saving = purpose == FilePurpose::SaveAs || purpose == FilePurpose::Export ||
                      purpose == FilePurpose::SaveProfile || purpose == FilePurpose::MergeOutput;
  const char* title = saving ? tr("browser.save_title") : tr("browser.open_title");
  if (purpose == FilePurpose::SaveProfile) title = tr("browser.save_profile_title");
  if (purpose == FilePurpose::LoadProfile) title = tr("browser.load_profile_title");
  if (purpose == FilePurpose::Import) title = tr("browser.import_title");  // names the formats the import reads
  if (purpose == FilePurpose::MergeOpd) title = tr("browser.merge_opd_title");
  if (purpose == FilePurpose::MergeRpjmd) title = tr("browser.merge_rpjmd_title");
  if (purpose == FilePurpose::MergeOutput) title = tr("browser.merge_output_title");
  NativeDialogResult result = native_dialog_ ? native_dialog_(saving, title, extension) : NativeDialogResult{};
  if (result.available) {
    if (result.path) return ChosenFile{purpose, *result.path, {}};
    return std::nullopt;
  }
  purpose_ = purpose;
  browser_.open = true;
  browser_.saving = saving;
  const bool named = purpose == FilePurpose::Import || purpose == FilePurpose::MergeOpd ||
                     purpose == FilePurpose::MergeRpjmd || purpose == FilePurpose::MergeOutput;
  browser_.title = named ? title : "";
  browser_.extension = extension;
  browser_.file_name.clear();
  browser_.multiple = purpose == FilePurpose::MergeOpd;  // 30-45 OPD files, usually e-mailed into one folder
  browser_.all_of_extension = browser_.multiple ? ".pokin" : "";
  browser_.selected.clear();
  browser_.anchor.clear();
  browser_.recent_folders.clear();
  for (const auto& recent : recent_files) {
    std::string folder = utf8_path(path_from_utf8(recent).parent_path());
    if (std::find(browser_.recent_folders.begin(), browser_.recent_folders.end(), folder) == browser_.recent_folders.end())
      browser_.recent_folders.push_back(folder);
  }
  if (!browser_.recent_folders.empty() && browser_.folder.empty())
    browser_.folder = path_from_utf8(browser_.recent_folders.front());
  return std::nullopt;
}

std::optional<ChosenFile> FileChooser::frame() {
  std::vector<std::filesystem::path> paths = file_browser_view(browser_);
  if (paths.empty()) return std::nullopt;
  ChosenFile chosen{purpose_, paths.front(), {}};
  chosen.more.assign(paths.begin() + 1, paths.end());
  return chosen;
}

}  // namespace pokin::ui
