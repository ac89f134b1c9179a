#pragma once
// Where per-user files and the bundled assets live, per operating system.
#include <filesystem>

namespace pokin::platform {

// $XDG_CONFIG_HOME/pokin, ~/.config/pokin, or %APPDATA%\Pokin on Windows. POKIN_CONFIG_DIR overrides (tests).
std::filesystem::path config_dir();
// The assets folder: next to the executable (installed), else the source tree's (a build directory).
std::filesystem::path assets_dir(const char* argv0_hint = nullptr);

}  // namespace pokin::platform
