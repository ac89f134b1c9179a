#pragma once
// Reading back what an export wrote.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace pokin::test {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(file), {}};
}

}  // namespace pokin::test
