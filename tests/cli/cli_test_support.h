#pragma once
// Runs `pokin` subcommands in-process and captures what they print.
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/command_line.h"

namespace cli_test {

struct Result {
  int exit_code = 0;
  std::string out;
  std::string err;
};

inline Result run(const std::vector<std::string>& arguments) {
  std::ostringstream out, err;
  int code = pokin::cli::run_command_line(arguments, out, err);
  return {code, out.str(), err.str()};
}

// A file of tests/fixtures.
inline std::string fixture(const std::string& name) { return std::string(POKIN_FIXTURES) + "/" + name; }

inline std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct TempDir {
  std::filesystem::path path;
  TempDir() : path(std::filesystem::temp_directory_path() / ("pokin-cli-" + std::to_string(std::random_device{}()))) {
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

}  // namespace cli_test
