// The in-app file browser chooses several files only where it is asked to (Berkas > Gabungkan dokumen OPD…):
// everywhere else (open, save as, import) Ctrl+click and Shift+click choose one file, as before.
#include <doctest/doctest.h>

#include <cstring>
#include <fstream>

#include "app/ui/file_browser_view.h"
#include "app/ui/strings.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

TEST_CASE("file browser: opening one file, Ctrl+click and Shift+click still choose the one file clicked last") {
  const std::filesystem::path dir = test::scratch_dir("pokin_file_browser_single");
  for (const char* name : {"a.pokin", "b.pokin", "c.pokin"}) std::ofstream(dir / name) << "x";
  set_language(Language::Indonesian);
  test::UiHarness ui;
  FileBrowserState state;
  state.open = true;
  state.folder = dir;
  state.extension = ".pokin";
  std::vector<std::filesystem::path> chosen;
  auto view = [&] {
    for (const auto& path : file_browser_view(state)) chosen.push_back(path);
    return std::vector<int>{};
  };
  auto frame = [&] { return ui.frame(view); };
  frame();
  frame();
  ImGuiWindow* browser = ImGui::FindWindowByName("###file_browser");
  REQUIRE(browser);
  std::string entries;
  for (ImGuiWindow* window : GImGui->Windows)
    if (window->ParentWindow == browser && std::strstr(window->Name, "/entries_")) entries = window->Name;
  REQUIRE_FALSE(entries.empty());
  std::vector<int> ignored;
  REQUIRE(ui.click(entries.c_str(), "a.pokin", frame, ignored));
  ui.ctrl(true);
  REQUIRE(ui.click(entries.c_str(), "b.pokin", frame, ignored));
  ui.ctrl(false);
  ui.shift(true);
  REQUIRE(ui.click(entries.c_str(), "c.pokin", frame, ignored));
  ui.shift(false);
  CHECK(state.selected.empty());
  CHECK(state.file_name == "c.pokin");
  CHECK_FALSE(ui.click(entries.c_str(), "###pick_a.pokin", frame, ignored) );  // no checkboxes
  REQUIRE(ui.click("###file_browser", tr("browser.open"), frame, ignored));
  CHECK(chosen == std::vector<std::filesystem::path>{dir / "c.pokin"});
  CHECK_FALSE(state.open);
}
