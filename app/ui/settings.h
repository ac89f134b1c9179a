#pragma once
// Per-user settings (language, theme, recent files, window size), kept in the user's configuration directory as
// simple "key=value" lines, never inside a document.
#include <filesystem>
#include <string>
#include <vector>

#include "app/ui/view_state.h"

namespace pokin::ui {

struct Settings {
  Language language = Language::Indonesian;
  Theme theme = Theme::Light;
  std::vector<std::string> recent_files;  // most recent first
  std::string last_document;
  int window_width = 1440;
  int window_height = 900;
  float font_scale = 1.0f;  // on top of the screen's content scale
  bool minimap = true;

  void add_recent(const std::string& path);
};

// Missing or unreadable file: the defaults. Unknown keys are ignored (a newer version's settings).
Settings load_settings(const std::filesystem::path& file);
// Best effort: a settings file that cannot be written must not stop the user's work.
void save_settings(const std::filesystem::path& file, const Settings& settings);

}  // namespace pokin::ui
