#include "app/platform/settings_paths.h"

#include <cstdlib>

#include "core/text/utf8_path.h"

namespace pokin::platform {
namespace {

std::filesystem::path from_environment(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? path_from_utf8(value) : std::filesystem::path();
}

}  // namespace

std::filesystem::path config_dir() {
  if (auto overridden = from_environment("POKIN_CONFIG_DIR"); !overridden.empty()) return overridden;
#ifdef _WIN32
  if (auto appdata = from_environment("APPDATA"); !appdata.empty()) return appdata / "Pokin";
#endif
  if (auto xdg = from_environment("XDG_CONFIG_HOME"); !xdg.empty()) return xdg / "pokin";
  if (auto home = from_environment("HOME"); !home.empty()) return home / ".config" / "pokin";
  return std::filesystem::temp_directory_path() / "pokin-config";
}

std::filesystem::path assets_dir(const char* argv0_hint) {
  std::error_code error;
  if (argv0_hint) {
    std::filesystem::path exe = std::filesystem::absolute(path_from_utf8(argv0_hint), error).parent_path();
    for (auto candidate : {exe / "assets", exe.parent_path() / "share" / "pokin" / "assets"})
      if (std::filesystem::is_directory(candidate, error)) return candidate;
  }
  return path_from_utf8(POKIN_SOURCE_ASSETS);
}

}  // namespace pokin::platform
