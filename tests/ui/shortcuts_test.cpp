#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "tests/scratch_path.h"
#include "app/ui/apply_intent.h"
#include "app/ui/history_view.h"
#include "app/ui/keyboard_shortcuts.h"
#include "app/ui/settings.h"
#include "app/ui/strings.h"
#include "tests/core/layout_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

Intents press(test::UiHarness& ui, Session& session, int key) {
  auto frame = [&] { return ui.frame([&] { return keyboard_shortcuts(session.document(), session.index(), session.view); }); };
  ui.key(key, true);
  Intents intents = frame();
  ui.key(key, false);
  frame();
  return intents;
}

// The one intent of a key press, as a value (the press's vector is gone when this returns).
template <class T>
T only(const Intents& intents) {
  REQUIRE(intents.size() == 1);
  const T* value = std::get_if<T>(&intents[0]);
  REQUIRE(value != nullptr);
  return *value;
}

}  // namespace

TEST_CASE("keyboard: arrows move the selection to parent, first child and siblings") {
  test::UiHarness ui;
  Session session(test::small_tree(3));
  const Document& document = session.document();
  session.view.selected = test::sasaran_id(document, "SK1");
  SelectNode up = only<SelectNode>(press(ui, session, GLFW_KEY_UP));
  CHECK(up.id == test::sasaran_id(document, "SP1"));
  CHECK(up.center);
  SelectNode down = only<SelectNode>(press(ui, session, GLFW_KEY_DOWN));
  CHECK(down.id == test::sasaran_id(document, "SI1"));
  session.view.selected = test::sasaran_id(document, "SI2");
  CHECK(only<SelectNode>(press(ui, session, GLFW_KEY_RIGHT)).id == test::sasaran_id(document, "SI3"));
  CHECK(only<SelectNode>(press(ui, session, GLFW_KEY_LEFT)).id == test::sasaran_id(document, "SI1"));
  session.view.selected = test::sasaran_id(document, "SI3");
  CHECK(press(ui, session, GLFW_KEY_RIGHT).empty());  // the last sibling: nowhere to go
}

TEST_CASE("keyboard: Delete asks, F2 edits, Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z undo and redo, Ctrl+S / Ctrl+F") {
  test::UiHarness ui;
  Session session(test::small_tree(1));
  session.view.selected = test::sasaran_id(session.document(), "SP2");
  CHECK(only<RequestAction>(press(ui, session, GLFW_KEY_DELETE)).action == AppAction::DeleteSelected);
  CHECK(only<RequestAction>(press(ui, session, GLFW_KEY_F2)).action == AppAction::EditSelected);
  ui.ctrl(true);
  only<Undo>(press(ui, session, GLFW_KEY_Z));
  only<Redo>(press(ui, session, GLFW_KEY_Y));
  CHECK(only<RequestAction>(press(ui, session, GLFW_KEY_S)).action == AppAction::Save);
  CHECK(only<RequestAction>(press(ui, session, GLFW_KEY_F)).action == AppAction::Find);
  ui.shift(true);
  only<Redo>(press(ui, session, GLFW_KEY_Z));
  CHECK(only<RequestAction>(press(ui, session, GLFW_KEY_S)).action == AppAction::SaveAs);
  ui.shift(false);
  ui.ctrl(false);
}

TEST_CASE("undo and redo through intents, and a jump in the history list") {
  Session session(test::small_tree(1));
  Id sp2 = test::sasaran_id(session.document(), "SP2");
  for (const char* text : {"A", "B", "C"}) {
    Sasaran changed = session.document().sasaran.at(sp2);
    changed.code = text;
    apply_intent(session, EditSasaran{changed, {}});
  }
  CHECK(session.editor.undo_names().size() == 3);
  apply_intent(session, Undo{});
  CHECK(session.document().sasaran.at(sp2).code == "B");
  apply_intent(session, HistoryJump{-2});
  CHECK(session.document().sasaran.at(sp2).code == "SP2");
  apply_intent(session, HistoryJump{+3});
  CHECK(session.document().sasaran.at(sp2).code == "C");
  apply_intent(session, Redo{});  // nothing left to redo: no change, no crash
  CHECK(session.document().sasaran.at(sp2).code == "C");
}

TEST_CASE("history list: a click on an older entry undoes back to it") {
  test::UiHarness ui;
  Session session(test::small_tree(1));
  Id sp2 = test::sasaran_id(session.document(), "SP2");
  for (const char* text : {"A", "B"}) {
    Sasaran changed = session.document().sasaran.at(sp2);
    changed.code = text;
    apply_intent(session, EditSasaran{changed, {}});
  }
  // Rows: "B" (current), "A", "(opened)". Click the third row.
  ui.frame([&] { return history_view(session.editor); });
  const float row = ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.y;
  const float y = ImGui::GetStyle().WindowPadding.y + row * 2.5f;
  ui.mouse(40, y);
  ui.frame([&] { return history_view(session.editor); });
  ui.button(true);
  ui.frame([&] { return history_view(session.editor); });
  ui.button(false);
  Intents intents = ui.frame([&] { return history_view(session.editor); });
  CHECK(only<HistoryJump>(intents).steps == -2);
}

TEST_CASE("string catalogue: every key the views use exists, in both languages") {
  set_language(Language::Indonesian);
  std::regex key_pattern(R"re(\btr(?:_both)?\("([a-z_0-9]+\.[a-z_0-9]+)"[,)]|"((?:menu|field|tab)\.[a-z_0-9]+)")re");
  int keys = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(POKIN_SOURCE_DIR) / "app" / "ui")) {
    if (entry.path().extension() != ".cpp") continue;
    std::ifstream file(entry.path());
    std::stringstream text;
    text << file.rdbuf();
    std::string source = text.str();
    for (std::sregex_iterator it(source.begin(), source.end(), key_pattern), end; it != end; ++it) {
      std::string key = (*it)[1].matched ? (*it)[1].str() : (*it)[2].str();
      ++keys;
      INFO(entry.path().filename().string() << ": " << key);
      CHECK(has_text(key.c_str()));
      Bilingual both = tr_both(key.c_str());
      CHECK_FALSE(both.id.empty());
      CHECK_FALSE(both.en.empty());
    }
  }
  CHECK(keys > 100);
  set_language(Language::English);
  CHECK(std::string(tr("menu.file")) == "File");
  set_language(Language::Indonesian);
  CHECK(std::string(tr("menu.file")) == "Berkas");
  CHECK(format("{1} dari {2}", {"3", "7"}) == "3 dari 7");
}

TEST_CASE("settings: saved and read back, a missing file gives the defaults") {
  std::filesystem::path file = test::scratch_path("pokin_ui_settings_test") / "settings.ini";
  std::filesystem::remove_all(file.parent_path());
  Settings defaults = load_settings(file);
  CHECK(defaults.language == Language::Indonesian);
  CHECK(defaults.recent_files.empty());
  Settings settings;
  settings.language = Language::English;
  settings.theme = Theme::Dark;
  settings.add_recent("/data/a.pokin");
  settings.add_recent("/data/b.pokin");
  settings.add_recent("/data/a.pokin");
  save_settings(file, settings);
  Settings read = load_settings(file);
  CHECK(read.language == Language::English);
  CHECK(read.theme == Theme::Dark);
  CHECK(read.recent_files == std::vector<std::string>{"/data/a.pokin", "/data/b.pokin"});
  CHECK(read.last_document == "/data/a.pokin");
  std::filesystem::remove_all(file.parent_path());
}
