#include <doctest/doctest.h>

#include <thread>

#include "app/ui/apply_intent.h"
#include "app/ui/document_files.h"
#include "app/ui/file_chooser.h"
#include "tests/core/layout_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

TEST_CASE("document files: a recovery copy newer than the file is offered on open and opens as an untitled copy") {
  const std::filesystem::path dir = test::scratch_dir("pokin_document_files_recovery");
  const std::filesystem::path file = dir / "renstra.pokin";
  Settings settings;
  {
    DocumentFiles files(dir / "config", settings);
    files.start_with(test::small_tree(1));
    files.save_as(file);
    CHECK(settings.recent_files.front().find("renstra.pokin") != std::string::npos);
    CHECK_FALSE(files.save_needs_path());
    Sasaran changed = files.session().document().sasaran.begin()->second;
    changed.code = "X9";
    // The recovery copy must be newer than the file: file times can be coarse.
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    apply_intent(files.session(), EditSasaran{changed, {}});
    files.autosave(true);
    REQUIRE(std::filesystem::exists(files.recovery_path()));
  }  // Pokin "closes" without saving

  DocumentFiles files(dir / "config", settings);
  CHECK_FALSE(files.start(file, {}).has_value());
  REQUIRE(files.recovery_offered());
  CHECK(test::sasaran_id(files.session().document(), "X9") == kNoId);  // the file as saved
  files.open_recovery();
  CHECK_FALSE(files.recovery_offered());
  CHECK(test::sasaran_id(files.session().document(), "X9") != kNoId);
  CHECK_FALSE(files.session().path().has_value());  // Save asks where: the original stays as it is
  CHECK(files.save_needs_path());

  // Discarding removes the copy of the open document; a missing file is a message and changes nothing.
  files.open(file);
  files.discard_recovery();
  CHECK_FALSE(std::filesystem::exists(files.recovery_path()));
  const Document before = files.session().document();
  CHECK_THROWS_AS(files.open(dir / "missing.pokin"), UserError);
  CHECK(files.session().document().same_content(before));
  CHECK(files.start(dir / "missing.pokin", {}).has_value());
}

TEST_CASE("file chooser: a native dialog answers at once (or cancels), without one the in-app browser opens") {
  test::UiHarness ui;
  bool asked_saving = false;
  std::string asked_extension;
  FileChooser native([&](bool saving, const std::string&, const std::string& extension) {
    asked_saving = saving;
    asked_extension = extension;
    return NativeDialogResult{true, std::filesystem::path("hasil.svg")};
  });
  auto chosen = native.choose(FilePurpose::Export, ".svg", {});
  REQUIRE(chosen.has_value());
  CHECK(chosen->purpose == FilePurpose::Export);
  CHECK(chosen->path == "hasil.svg");
  CHECK(asked_saving);
  CHECK(asked_extension == ".svg");

  FileChooser cancelled([](bool, const std::string&, const std::string&) { return NativeDialogResult{true, {}}; });
  CHECK_FALSE(cancelled.choose(FilePurpose::Open, ".pokin", {}).has_value());

  FileChooser browser(nullptr);
  CHECK_FALSE(browser.choose(FilePurpose::Import, "", {}).has_value());
  ui.frame([&] { return browser.frame().has_value(); });
  CHECK(ImGui::FindWindowByName("###file_browser") != nullptr);  // the in-app browser is showing
}
