#pragma once
// File names on the command line are UTF-8 text (Bahasa Indonesia names such as "Pohon Kinerja – Dinas.pokin").
// A std::filesystem::path built from a plain std::string reads it in the system's narrow code page, which on
// Windows breaks every non-ASCII name; every path argument goes through path_from_utf8 (one name) or
// path_arguments (a list), and paths are printed back with utf8_path.
#include <filesystem>
#include <string>
#include <vector>

#include "core/text/utf8_path.h"

namespace pokin::cli {

inline std::vector<std::filesystem::path> path_arguments(const std::vector<std::string>& utf8) {
  std::vector<std::filesystem::path> paths;
  for (const std::string& text : utf8) paths.push_back(path_from_utf8(text));
  return paths;
}

}  // namespace pokin::cli
