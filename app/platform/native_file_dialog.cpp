#include "app/platform/native_file_dialog.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/text/utf8_path.h"

namespace pokin::platform {
namespace {

#ifndef _WIN32
bool on_path(const char* program) {
  std::string command = std::string("command -v ") + program + " >/dev/null 2>&1";
  return std::system(command.c_str()) == 0;
}

std::string quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::optional<std::string> run_and_read(const std::string& command) {
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return std::nullopt;
  std::string output;
  char buffer[512];
  while (std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
  int status = pclose(pipe);
  while (!output.empty() && (output.back() == '\n' || output.back() == '\r')) output.pop_back();
  if (status != 0 || output.empty()) return std::nullopt;
  return output;
}
#endif

}  // namespace

ui::NativeDialogResult native_file_dialog(bool saving, const std::string& title, const std::string& extension) {
  ui::NativeDialogResult result;
#ifndef _WIN32
  if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) return result;
  std::string command;
  if (on_path("zenity")) {
    command = "zenity --file-selection --title=" + quoted(title) + (saving ? " --save --confirm-overwrite" : "");
    if (!extension.empty()) command += " --file-filter=" + quoted("*" + extension);
  } else if (on_path("kdialog")) {
    command = std::string("kdialog ") + (saving ? "--getsavefilename" : "--getopenfilename") + " . " +
              quoted(extension.empty() ? "*" : "*" + extension) + " --title " + quoted(title);
  } else {
    return result;
  }
  result.available = true;
  if (auto path = run_and_read(command + " 2>/dev/null")) result.path = path_from_utf8(*path);
#endif
  return result;
}

}  // namespace pokin::platform
