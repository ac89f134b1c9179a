#pragma once
// The whole shell for the Compare view's tests: an AppShell whose config folder is `config_dir` and whose file
// chooser answers `old_file` (Berkas > Bandingkan dengan…), run one frame at a time by a UiHarness, and waited on
// while its background job makes the comparison.
#include <chrono>
#include <filesystem>
#include <functional>
#include <thread>
#include <vector>

#include "app/ui/app_shell.h"
#include "tests/ui/ui_harness.h"

namespace pokin::test {

class CompareShellRun {
 public:
  CompareShellRun(UiHarness& ui, const std::filesystem::path& config_dir, std::filesystem::path old_file)
      : ui_(ui),
        old_file_(std::move(old_file)),
        shell(ui::ShellPaths{config_dir, {}}, [this](bool, const std::string&, const std::string&) {
          return ui::NativeDialogResult{true, old_file_};
        }) {}

  void frame() {
    ui_.frame([&] {
      shell.frame();
      return std::vector<int>{};
    });
  }
  // Frames (a few ms apart, the job runs meanwhile) until `done`, at most ~3 s; whether it came.
  bool run_until(const std::function<bool()>& done) {
    for (int i = 0; i < 600 && !done(); ++i) {
      frame();
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return done();
  }
  // Starts the comparison with `old_file` and runs until the Compare view shows (null if it never does).
  ui::CompareState* open_compare() {
    shell.start_compare_with_file(old_file_);
    run_until([&] { return shell.compare() != nullptr; });
    return shell.compare();
  }
  // Esc over the Compare view (it asks the shell to leave), a frame pressed and one released.
  void press_escape() {
    frame();
    ui_.key(GLFW_KEY_ESCAPE, true);
    frame();
    ui_.key(GLFW_KEY_ESCAPE, false);
    frame();
  }

 private:
  UiHarness& ui_;
  std::filesystem::path old_file_;

 public:
  ui::AppShell shell;
};

}  // namespace pokin::test
