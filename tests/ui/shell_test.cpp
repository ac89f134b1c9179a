#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <thread>

#include "app/ui/app_shell.h"
#include "app/ui/strings.h"
#include "tests/core/layout_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;


TEST_CASE("shell: File > Import reads the chosen file off the UI thread into the preview, Terapkan merges it as one undo step") {
  test::UiHarness ui;
  const std::filesystem::path source = std::filesystem::path(POKIN_SOURCE_DIR) / "tests/fixtures/003_629a2002ab84793b.txt";
  AppShell shell(ShellPaths{test::scratch_dir("pokin_shell_import"), {}},
                 [&](bool, const std::string&, const std::string&) { return NativeDialogResult{true, source}; });
  Document document;
  document.info.instansi = "Dinas Penanaman Modal";
  document.info.period_start = 2021;
  document.info.period_end = 2026;
  shell.start_with(document);
  REQUIRE(shell.session().document().sasaran.empty());

  shell.handle(RequestAction{AppAction::Import});
  auto frame = [&] {
    return ui.frame([&] {
      shell.frame();
      return std::vector<int>{};
    });
  };
  for (int i = 0; i < 600 && !(shell.import_preview() && shell.import_preview()->ready()); ++i) {
    frame();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  REQUIRE(shell.import_preview() != nullptr);
  CHECK(shell.session().document().sasaran.empty());  // read, not applied
  for (int settle = 0; settle < 3; ++settle) frame();
  set_language(Language::Indonesian);
  std::vector<int> ignored;
  REQUIRE(ui.click("###import_preview", "Terapkan", frame, ignored));
  const std::size_t imported = shell.session().document().sasaran.size();
  CHECK(imported > 10);
  CHECK(shell.session().editor.undo_names().size() == 1);
  shell.session().editor.undo();
  CHECK(shell.session().document().sasaran.empty());
}

TEST_CASE("shell: Save as writes the file, the title loses its unsaved mark, a recovery copy is written while unsaved") {
  test::UiHarness ui;
  const std::filesystem::path dir = test::scratch_dir("pokin_shell_save");
  const std::filesystem::path target = dir / "renstra.pokin";
  AppShell shell(ShellPaths{dir / "config", {}},
                 [&](bool, const std::string&, const std::string&) { return NativeDialogResult{true, target}; });
  shell.start_with(test::small_tree(1));
  Sasaran changed = shell.session().document().sasaran.begin()->second;
  changed.code = "X1";
  shell.handle(EditSasaran{changed, {}});
  CHECK(shell.session().editor.modified());
  CHECK(shell.window_title().find("\xE2\x80\xA2") != std::string::npos);
  shell.autosave(true);
  CHECK(std::filesystem::exists(shell.recovery_path()));
  CHECK_FALSE(shell.request_close());  // unsaved: the question shows instead

  shell.handle(RequestAction{AppAction::Save});  // no file yet: Save asks where (the dialog answers `target`)
  REQUIRE(std::filesystem::exists(target));
  CHECK_FALSE(shell.session().editor.modified());
  CHECK(shell.window_title().find("\xE2\x80\xA2") == std::string::npos);
  CHECK(shell.window_title().find("renstra.pokin") != std::string::npos);
  CHECK(shell.request_close());

  Document reread;
  store::DocumentFile::open(target, reread);
  bool found = false;
  for (const auto& [id, sasaran] : reread.sasaran) found |= sasaran.code == "X1";
  CHECK(found);
  CHECK(shell.settings().recent_files.front().find("renstra.pokin") != std::string::npos);
}

TEST_CASE("shell: export writes the current view (here one branch) to an SVG off the UI thread") {
  test::UiHarness ui;
  const std::filesystem::path dir = test::scratch_dir("pokin_shell_export");
  AppShell shell(ShellPaths{dir / "config", {}}, nullptr);
  shell.start_with(test::small_tree(2));
  ViewState& view = shell.session().view;
  view.selected = test::sasaran_id(shell.session().document(), "SP2");
  ExportRequest request;
  request.format = ExportFormat::Svg;
  shell.start_export(request, dir / "branch.svg");  // the whole view: the branch option is off
  for (int frame = 0; frame < 400 && view.message.empty(); ++frame) {
    ui.frame([&] {
      shell.frame();
      return 0;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  REQUIRE(std::filesystem::exists(dir / "branch.svg"));
  std::ifstream file(dir / "branch.svg");
  std::string svg((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("SK1") != std::string::npos);
  CHECK_FALSE(view.message_is_error);
}
