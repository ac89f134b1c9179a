// The app's export with the Graphviz engine selected while the canvas keeps relaying out: both go through the
// session's LayoutService (the only owner of Graphviz). Under ThreadSanitizer (.ci/test, build-tsan) this is the
// app's side of the proof that Graphviz runs on one thread at a time.
#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "app/ui/app_shell.h"
#include "core/synthetic/synthetic_document.h"
#include "tests/core/layout_test_documents.h"
#include "tests/core/test_files.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

TEST_CASE("shell: with the Graphviz engine, an export runs while edits relayout the canvas") {
  test::UiHarness ui;
  const std::filesystem::path dir = test::scratch_dir("pokin_shell_graphviz_export");
  AppShell shell(ShellPaths{dir / "config", {}}, nullptr);
  SyntheticOptions options;
  options.sasaran = 60;
  shell.start_with(make_synthetic_document(options));
  ViewState& view = shell.session().view;
  view.layout.engine = LayoutEngine::Graphviz;

  ExportRequest request;
  request.format = ExportFormat::Svg;
  shell.start_export(request, dir / "graphviz.svg");
  // Edit while the export runs, so that the canvas submits new layouts to the same service.
  const Id first = shell.session().document().sasaran.begin()->first;
  for (int frame = 0; frame < 2000 && view.message.empty(); ++frame) {
    if (frame < 20) {
      Sasaran changed = shell.session().document().sasaran.at(first);
      changed.statement += " x";
      shell.handle(EditSasaran{changed, {}});
    }
    ui.frame([&] {
      shell.frame();
      return 0;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  CHECK_FALSE(view.message.empty());
  CHECK_FALSE(view.message_is_error);
  const std::string svg = test::read_file(dir / "graphviz.svg");
  CHECK(svg.find("<svg") != std::string::npos);
  shell.session().wait_for_layout();
  REQUIRE(shell.session().geometry() != nullptr);
  CHECK(shell.session().geometry()->error.empty());
  CHECK(shell.session().geometry()->boxes.size() == shell.session().document().sasaran.size());
}
