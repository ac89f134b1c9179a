#include <doctest/doctest.h>

#include <chrono>
#include <new>
#include <stdexcept>
#include <thread>

#include "app/ui/app_shell.h"
#include "app/ui/background_job.h"
#include "app/ui/strings.h"
#include "tests/core/layout_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

// A shell whose File > Import reads with `reader` (the native dialog answers a path at once).
struct ShellWithReader {
  AppShell shell;
  explicit ShellWithReader(const char* folder, ImportReader reader)
      : shell(ShellPaths{test::scratch_dir(folder), {}},
              [](bool, const std::string&, const std::string&) {
                return NativeDialogResult{true, std::filesystem::path("rencana.xlsx")};
              },
              std::move(reader)) {}
};

// Runs the import to its end; returns the message the app shows.
std::optional<Bilingual> import_and_wait(test::UiHarness& ui, AppShell& shell) {
  shell.handle(RequestAction{AppAction::Import});
  for (int frame = 0; frame < 600 && !shell.shown_error(); ++frame) {
    ui.frame([&] {
      shell.frame();
      return 0;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return shell.shown_error();
}

}  // namespace

TEST_CASE("background job: an import that runs out of memory is a message, the app and the document carry on") {
  test::UiHarness ui;
  set_language(Language::Indonesian);
  ShellWithReader app("pokin_job_bad_alloc", [](const std::filesystem::path&, const import::ImportOptions&) -> import::ImportResult {
    throw std::bad_alloc();
  });
  app.shell.start_with(test::small_tree(1));
  const Document before = app.shell.session().document();

  std::optional<Bilingual> shown = import_and_wait(ui, app.shell);
  REQUIRE(shown.has_value());
  CHECK(shown->id.find("terlalu besar untuk memori") != std::string::npos);
  CHECK(shown->en.find("too large for this computer's memory") != std::string::npos);
  CHECK(app.shell.session().document().same_content(before));
  CHECK(app.shell.session().editor.undo_names().empty());
  CHECK_FALSE(app.shell.session().editor.modified());

  // The error question is on screen; OK closes it and the app goes on (a second import can start).
  auto frame = [&] {
    return ui.frame([&] {
      app.shell.frame();
      return std::vector<int>{};
    });
  };
  for (int settle = 0; settle < 3; ++settle) frame();
  std::vector<int> ignored;
  REQUIRE(ui.click("###file_error", "OK", frame, ignored));
  CHECK_FALSE(app.shell.shown_error().has_value());
  CHECK(import_and_wait(ui, app.shell).has_value());
}

TEST_CASE("background job: any other exception on the job's thread is a message with its text") {
  test::UiHarness ui;
  set_language(Language::Indonesian);
  ShellWithReader app("pokin_job_runtime_error", [](const std::filesystem::path&, const import::ImportOptions&) -> import::ImportResult {
    throw std::runtime_error("inflate: invalid block type");
  });
  app.shell.start_with(test::small_tree(1));
  const Document before = app.shell.session().document();
  std::optional<Bilingual> shown = import_and_wait(ui, app.shell);
  REQUIRE(shown.has_value());
  CHECK(shown->id.find("kesalahan yang tidak terduga (inflate: invalid block type)") != std::string::npos);
  CHECK(shown->en.find("unexpected error (inflate: invalid block type)") != std::string::npos);
  CHECK(app.shell.session().document().same_content(before));
  CHECK(app.shell.session().editor.undo_names().empty());
}

TEST_CASE("background job: a failure while the result is taken in, a UserError, and a job that works") {
  test::UiHarness ui;
  BackgroundJob job;
  int taken = 0;
  REQUIRE(job.start<int>("import.progress_title", "…", [] { return 7; }, [&](int& value) { taken = value; }));
  CHECK_FALSE(job.start<int>("import.progress_title", "…", [] { return 8; }, [&](int& value) { taken = value; }));
  CHECK_FALSE(job.wait().has_value());
  CHECK(taken == 7);
  CHECK_FALSE(job.busy());

  job.start<int>("import.progress_title", "…", [] { return 1; }, [](int&) { throw std::bad_alloc(); });
  std::optional<Bilingual> failure = job.wait();
  REQUIRE(failure.has_value());
  CHECK(failure->id == tr_both("job.out_of_memory").id);

  job.start<int>("import.progress_title", "…", []() -> int { throw UserError("Berkas rusak.", "The file is damaged."); },
                 [&](int&) { taken = -1; });
  failure = job.wait();
  REQUIRE(failure.has_value());
  CHECK(failure->id == "Berkas rusak.");
  CHECK(failure->en == "The file is damaged.");
  CHECK(taken == 7);  // a failed job's result is never taken in

  job.start<int>("import.progress_title", "…", []() -> int { throw 42; }, [](int&) {});
  failure = job.wait();
  REQUIRE(failure.has_value());
  CHECK(failure->en == tr_both("job.failed_unknown").en);
}
