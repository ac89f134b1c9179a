#include <doctest/doctest.h>

#include "app/ui/app_shell.h"
#include "app/ui/checks_view.h"
#include "app/ui/meeting_view.h"
#include "tests/core/layout_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

TEST_CASE("meeting mode: focuses the selected branch, reveals level by level, and leaving restores the view") {
  test::UiHarness ui;
  AppShell shell(ShellPaths{test::scratch_dir("pokin_meeting_test"), {}}, nullptr);
  shell.start_with(test::small_tree(2));
  Session& session = shell.session();
  const Id sp1 = test::sasaran_id(session.document(), "SP1");
  session.view.selected = sp1;
  session.view.layout.style = LayoutStyle::Compact;
  session.view.canvas.camera = Camera{12, 34, 0.7};
  const Document before = session.document();

  shell.handle(RequestAction{AppAction::ToggleMeeting});
  REQUIRE(session.view.meeting);
  CHECK(session.view.layout.branch == sp1);
  CHECK(session.view.layout.max_levels == 2);
  CHECK_FALSE(session.view.finding_badges);

  auto frame = [&] {
    return ui.frame([&] { return meeting_view(MeetingInput{session.document(), session.index(), nullptr, false}, session.view); });
  };
  frame();
  ui.key(GLFW_KEY_DOWN, true);
  frame();
  ui.key(GLFW_KEY_DOWN, false);
  frame();
  CHECK(session.view.layout.max_levels == 3);
  ui.key(GLFW_KEY_PAGE_UP, true);
  frame();
  ui.key(GLFW_KEY_PAGE_UP, false);
  frame();
  CHECK(session.view.layout.branch == test::sasaran_id(session.document(), "SS1"));  // the parent branch
  ui.key(GLFW_KEY_ESCAPE, true);
  Intents intents = frame();
  ui.key(GLFW_KEY_ESCAPE, false);
  REQUIRE(intents.size() == 1);
  shell.handle(intents[0]);

  CHECK_FALSE(session.view.meeting);
  CHECK(session.view.layout.branch == kNoId);
  CHECK(session.view.layout.max_levels == 0);
  CHECK(session.view.layout.style == LayoutStyle::Compact);
  CHECK(session.view.selected == sp1);
  CHECK(session.view.canvas.camera.zoom == doctest::Approx(0.7));
  CHECK(session.view.finding_badges);
  CHECK(session.document().same_content(before));
  CHECK_FALSE(session.editor.can_undo());
}

TEST_CASE("checks panel: findings grouped by rule, a click selects the node at fault and centres it") {
  test::UiHarness ui;
  Document document = test::small_tree(2);
  CheckReport report = check_document(document);
  REQUIRE_FALSE(report.findings.empty());
  ViewState view;
  view.checks_filter.infos = true;
  // Find the first warning's group header and its first row by clicking down the panel.
  Id selected = kNoId;
  for (float y = 4; y < 700 && selected == kNoId; y += 4) {
    ui.mouse(200, y);
    ui.frame([&] { return checks_view(document, report, view); });
    ui.button(true);
    Intents intents = ui.frame([&] { return checks_view(document, report, view); });
    ui.button(false);
    for (Intent& intent : ui.frame([&] { return checks_view(document, report, view); })) intents.push_back(intent);
    for (const Intent& intent : intents)
      if (auto* select = std::get_if<SelectNode>(&intent)) {
        CHECK(select->center);
        selected = select->id;
      }
  }
  REQUIRE(selected != kNoId);
  bool is_a_finding_node = false;
  for (const Finding& finding : report.findings) is_a_finding_node |= finding.node == selected;
  CHECK(is_a_finding_node);
}

TEST_CASE("session: finding badges and achievement colours go into the layout view's decorations") {
  Session session(test::small_tree(2));
  session.wait_for_checks();
  session.pump_layout();
  const CheckReport& report = session.checks();
  REQUIRE_FALSE(report.findings.empty());
  bool any_badge = false;
  for (const auto& [id, decoration] : session.view.layout.decorations) any_badge |= !decoration.badge.empty();
  CHECK(any_badge);
  session.view.finding_badges = false;
  session.view.achievement_year = 2024;
  session.pump_layout();
  bool any_fill = false;
  any_badge = false;
  for (const auto& [id, decoration] : session.view.layout.decorations) {
    any_fill |= decoration.fill != 0;
    any_badge |= !decoration.badge.empty();
  }
  CHECK(any_fill);
  CHECK_FALSE(any_badge);
  session.wait_for_layout();
  REQUIRE(session.geometry() != nullptr);
  bool coloured_box = false;
  for (const Box& box : session.geometry()->boxes) coloured_box |= box.fill != 0;
  CHECK(coloured_box);
}
