#pragma once
// Files the tests write live in one folder of this test process under the system's temporary directory, so that
// two suites running at once (ctest -j, two checkouts or builds on one machine) never write the same file. The
// folder is removed when the process ends.
#include <filesystem>
#include <random>
#include <string>
#include <system_error>

namespace pokin::test {

inline const std::filesystem::path& process_scratch_root() {
  struct Root {
    std::filesystem::path path;
    Root() {
      path = std::filesystem::temp_directory_path() / ("pokin-tests-" + std::to_string(std::random_device{}()));
      std::filesystem::create_directories(path);
    }
    ~Root() {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
  };
  static const Root root;
  return root.path;
}

// A path named `name` inside this process's folder (nothing is created).
inline std::filesystem::path scratch_path(const std::string& name) { return process_scratch_root() / name; }

}  // namespace pokin::test
