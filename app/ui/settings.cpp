#include "app/ui/settings.h"

#include <algorithm>
#include <fstream>

namespace pokin::ui {

void Settings::add_recent(const std::string& path) {
  recent_files.erase(std::remove(recent_files.begin(), recent_files.end(), path), recent_files.end());
  recent_files.insert(recent_files.begin(), path);
  if (recent_files.size() > 10) recent_files.resize(10);
  last_document = path;
}

Settings load_settings(const std::filesystem::path& file) {
  Settings settings;
  std::ifstream input(file);
  std::string line;
  while (std::getline(input, line)) {
    auto equals = line.find('=');
    if (equals == std::string::npos) continue;
    std::string key = line.substr(0, equals), value = line.substr(equals + 1);
    try {
      if (key == "language") settings.language = value == "en" ? Language::English : Language::Indonesian;
      else if (key == "theme") settings.theme = value == "dark" ? Theme::Dark : Theme::Light;
      else if (key == "recent") settings.recent_files.push_back(value);
      else if (key == "last_document") settings.last_document = value;
      else if (key == "window_width") settings.window_width = std::clamp(std::stoi(value), 640, 8000);
      else if (key == "window_height") settings.window_height = std::clamp(std::stoi(value), 480, 8000);
      else if (key == "font_scale") settings.font_scale = std::clamp(std::stof(value), 0.5f, 3.0f);
      else if (key == "minimap") settings.minimap = value == "1";
    } catch (const std::exception&) {
      // A hand-edited bad number keeps the default.
    }
  }
  return settings;
}

void save_settings(const std::filesystem::path& file, const Settings& settings) {
  std::error_code error;
  std::filesystem::create_directories(file.parent_path(), error);
  std::ofstream output(file);
  if (!output) return;
  output << "language=" << (settings.language == Language::English ? "en" : "id") << "\n";
  output << "theme=" << (settings.theme == Theme::Dark ? "dark" : "light") << "\n";
  output << "last_document=" << settings.last_document << "\n";
  for (const auto& path : settings.recent_files) output << "recent=" << path << "\n";
  output << "window_width=" << settings.window_width << "\nwindow_height=" << settings.window_height << "\n";
  output << "font_scale=" << settings.font_scale << "\nminimap=" << (settings.minimap ? 1 : 0) << "\n";
}

}  // namespace pokin::ui
