#include <doctest/doctest.h>

#include <sstream>

#include "app/cli/command_line.h"
#include "app/ui/app_shell.h"
#include "app/ui/strings.h"
#include "core/store/document_file.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

TEST_CASE("File > New and `pokin new` give the same document from the same choices") {
  const std::filesystem::path dir = test::scratch_dir("pokin_new_document");
  const std::string instansi = "Dinas Penanaman Modal dan PTSP", pemda = "Kabupaten Agam";

  // The command line; the period is the one the dialog starts with.
  std::ostringstream out, err;
  const std::filesystem::path file = dir / "baru.pokin";
  REQUIRE(cli::run_command_line({"new", file.string(), "--instansi", instansi, "--pemda", pemda, "--period", "2025-2029"},
                                out, err) == 0);
  Document from_cli;
  store::DocumentFile::open(file, from_cli);

  // The app: File > New, type the two names as a planner does, press Create.
  test::UiHarness ui;
  AppShell shell(ShellPaths{dir / "config", {}}, nullptr);
  shell.start_with(Document{});
  shell.handle(RequestAction{AppAction::New});
  auto frame = [&] {
    return ui.frame([&] {
      shell.frame();
      return std::vector<int>{};
    });
  };
  for (int settle = 0; settle < 3; ++settle) frame();
  std::vector<int> ignored;
  REQUIRE(ui.click("###new_document", tr("field.instansi"), frame, ignored));
  ui.type(instansi);
  frame();
  REQUIRE(ui.click("###new_document", tr("field.pemda"), frame, ignored));
  ui.type(pemda);
  frame();
  REQUIRE(ui.click("###new_document", tr("new.create"), frame, ignored));
  const Document& from_app = shell.session().document();

  CHECK(from_app.info.instansi == instansi);
  CHECK(from_app.info.pemda == pemda);
  CHECK(from_app.units.size() == 1);
  CHECK(from_cli.units.size() == 1);
  CHECK(from_app.info == from_cli.info);
  CHECK(from_app.units == from_cli.units);
  CHECK(from_app.same_content(from_cli));
  CHECK_FALSE(shell.session().path().has_value());  // a new document has no file until it is saved
}
