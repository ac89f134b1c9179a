#include "app/platform/native_file_dialog.h"

#include <algorithm>
#include <cctype>
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

// "*.csv *.CSV *.docx *.DOCX" for ".csv .docx" (the dialogs match letter case).
std::string patterns(const std::string& extensions) {
  std::string out;
  std::size_t at = 0;
  while (at < extensions.size()) {
    std::size_t end = std::min(extensions.find(' ', at), extensions.size());
    std::string extension = extensions.substr(at, end - at), upper = extension;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!extension.empty()) out += (out.empty() ? "*" : " *") + extension + " *" + upper;
    at = end + 1;
  }
  return out;
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
    if (!extension.empty()) command += " --file-filter=" + quoted(patterns(extension)) + " --file-filter='*'";
  } else if (on_path("kdialog")) {
    command = std::string("kdialog ") + (saving ? "--getsavefilename" : "--getopenfilename") + " . " +
              quoted(extension.empty() ? "*" : patterns(extension)) + " --title " + quoted(title);
  } else {
    return result;
  }
  result.available = true;
  if (auto path = run_and_read(command + " 2>/dev/null")) result.path = path_from_utf8(*path);
#endif
  return result;
}

}  // namespace pokin::platform
