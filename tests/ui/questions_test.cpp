#include <doctest/doctest.h>

#include "app/ui/app_shell.h"
#include "app/ui/questions_view.h"
#include "app/ui/strings.h"
#include "tests/core/layout_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

// Clicks `label` in the question `window` drawn by questions_view; returns what it answered.
Intents click_answer(test::UiHarness& ui, QuestionsState& state, bool recovery, const char* window, const char* label) {
  auto frame = [&] { return ui.frame([&] { return questions_view(state, "renstra.pokin", recovery); }); };
  Intents intents;
  for (int settle = 0; settle < 3; ++settle)
    for (Intent& intent : frame()) intents.push_back(intent);
  CHECK(ui.click(window, label, frame, intents));
  return intents;
}

AppAction only_action(const Intents& intents) {
  REQUIRE(intents.size() == 1);
  REQUIRE(std::holds_alternative<RequestAction>(intents.front()));
  return std::get<RequestAction>(intents.front()).action;
}

}  // namespace

TEST_CASE("questions: unsaved changes answer Save / Don't save / Cancel, and each closes the question") {
  test::UiHarness ui;
  set_language(Language::Indonesian);
  QuestionsState state;
  state.unsaved_changes = true;
  CHECK(only_action(click_answer(ui, state, false, "###unsaved", tr("question.save"))) == AppAction::SaveAndQuit);
  CHECK_FALSE(state.unsaved_changes);
  state.unsaved_changes = true;
  CHECK(only_action(click_answer(ui, state, false, "###unsaved", tr("question.discard"))) ==
        AppAction::QuitWithoutSaving);
  state.unsaved_changes = true;
  CHECK(click_answer(ui, state, false, "###unsaved", tr("dialog.cancel")).empty());
  CHECK_FALSE(state.unsaved_changes);
}

TEST_CASE("questions: the recovery offer answers open or ignore, an error closes with OK") {
  test::UiHarness ui;
  set_language(Language::Indonesian);
  QuestionsState state;
  CHECK(only_action(click_answer(ui, state, true, "###recovery", tr("question.recovery_open"))) ==
        AppAction::OpenRecovery);
  CHECK(only_action(click_answer(ui, state, true, "###recovery", tr("question.recovery_ignore"))) ==
        AppAction::IgnoreRecovery);
  state.error = Bilingual{"Berkas tidak dapat dibaca.", "The file cannot be read."};
  CHECK(click_answer(ui, state, false, "###file_error", "OK").empty());
  CHECK_FALSE(state.error.has_value());
}

TEST_CASE("questions: closing with unsaved changes and choosing Don't save quits and drops the recovery copy") {
  test::UiHarness ui;
  set_language(Language::Indonesian);
  AppShell shell(ShellPaths{test::scratch_dir("pokin_questions_close"), {}}, nullptr);
  shell.start_with(test::small_tree(1));
  shell.handle(AddChildSasaran{test::sasaran_id(shell.session().document(), "SP1")});
  shell.autosave(true);
  REQUIRE(std::filesystem::exists(shell.recovery_path()));
  CHECK_FALSE(shell.request_close());
  auto frame = [&] {
    return ui.frame([&] {
      shell.frame();
      return std::vector<int>{};
    });
  };
  for (int settle = 0; settle < 3; ++settle) frame();
  CHECK_FALSE(shell.wants_to_quit());
  std::vector<int> ignored;
  REQUIRE(ui.click("###unsaved", tr("question.discard"), frame, ignored));
  CHECK(shell.wants_to_quit());
  CHECK_FALSE(std::filesystem::exists(shell.recovery_path()));
}
