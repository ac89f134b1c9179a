#pragma once
// File names on the command line are UTF-8 text (Bahasa Indonesia names such as "Pohon Kinerja – Dinas.pokin").
// A std::filesystem::path built from a plain std::string reads it in the system's narrow code page, which on
// Windows breaks every non-ASCII name; every path argument goes through path_argument instead, and paths are
// printed back with store::utf8_path.
#include <filesystem>
#include <string>
#include <vector>

namespace pokin::cli {

inline std::filesystem::path path_argument(const std::string& utf8) {
  return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

inline std::vector<std::filesystem::path> path_arguments(const std::vector<std::string>& utf8) {
  std::vector<std::filesystem::path> paths;
  for (const std::string& text : utf8) paths.push_back(path_argument(text));
  return paths;
}

}  // namespace pokin::cli
