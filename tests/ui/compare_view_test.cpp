// The Compare view on a hand-built comparison (tests/core/version_pair.h, its diff written by hand): the matriks
// perubahan lists every change with the node it is about, a click on a row frames the box that carries its mark,
// the canvas changes nothing, and Esc leaves; through the shell, Berkas > Bandingkan dengan… opens the view from
// a chosen file on the background job.
#include <doctest/doctest.h>

#include "app/ui/compare_view.h"
#include "app/ui/opening_camera.h"
#include "app/ui/strings.h"
#include "core/store/document_file.h"
#include "tests/core/version_pair.h"
#include "tests/ui/compare_shell.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

std::shared_ptr<const Comparison> hand_built_comparison(const test::VersionPair& pair, LayoutService& layout) {
  return comparison_of(std::make_shared<const Document>(pair.old_document), "renstra_2021.pokin",
                       std::make_shared<const Document>(pair.new_document), "renstra_2023.pokin", pair.diff,
                       LayoutView{}, Language::Indonesian, layout);
}

}  // namespace

TEST_CASE("compare view: the rows name each change's node and a row's click frames the box that carries its mark") {
  set_language(Language::Indonesian);
  test::UiHarness ui;
  test::VersionPair pair = test::version_pair();
  LayoutService layout;
  std::shared_ptr<const Comparison> comparison = hand_built_comparison(pair, layout);
  CompareState state;
  open_comparison(state, comparison, Theme::Light);

  // The node of each row, as written in the pair (a removed node from where it was put back).
  CHECK(compare_row_node(*comparison, 0) == "SS1 Meningkatnya kualitas pelayanan perizinan dan nonperizinan");
  CHECK(compare_row_node(*comparison, 1) == "IK1.1 Indeks kepuasan masyarakat");
  CHECK(compare_row_node(*comparison, 2) == "IK1.2 Persentase pengaduan yang ditindaklanjuti");
  CHECK(compare_row_node(*comparison, 4) == "SP2 Terlaksananya promosi investasi");
  CHECK(compare_row_node(*comparison, 5) == "SP3 Terlaksananya pameran investasi");
  CHECK(compare_row_node(*comparison, 7) == "SP4 Meningkatnya kemudahan berusaha");
  for (const NodeMatch& match : comparison->diff.matches) CHECK_FALSE(needs_review(match));  // matched by id

  auto frame = [&] { return ui.frame([&] { return compare_view(state); }); };
  // Framed: the box's centre is the middle of what the canvas shows.
  auto check_framed = [&](Id id) {
    const Box* box = nullptr;
    for (const Box& b : comparison->geometry.boxes)
      if (b.id == id) box = &b;
    REQUIRE(box);
    CHECK(state.view.canvas.center_pending == kNoId);
    const Rect visible = state.view.canvas.camera.visible(state.view.canvas.width, state.view.canvas.height);
    CHECK(visible.x + visible.width / 2 == doctest::Approx(box->rect.x + box->rect.width / 2).epsilon(0.01));
    CHECK(visible.y + visible.height / 2 == doctest::Approx(box->rect.y + box->rect.height / 2).epsilon(0.01));
  };
  for (int i = 0; i < 3; ++i) frame();
  // It opens on the first change (SS1 reworded), its row chosen, in the canvas's opening view (readable, the top
  // of the tree), which shows SS1 already: the view is not pulled to put SS1 in the middle.
  CHECK(state.chosen_row == 0);
  CHECK(state.view.selected == pair.ss1);
  CHECK(state.view.canvas.center_pending == kNoId);
  const CanvasState& canvas = state.view.canvas;
  const Camera opening = opening_camera(comparison->geometry, canvas.width, canvas.height);
  CHECK(canvas.camera.zoom == doctest::Approx(opening.zoom));
  CHECK(canvas.camera.origin_x == doctest::Approx(opening.origin_x));
  CHECK(canvas.camera.origin_y == doctest::Approx(opening.origin_y));
  const Rect seen = canvas.camera.visible(canvas.width, canvas.height);
  const Box* ss1 = nullptr;
  for (const Box& b : comparison->geometry.boxes)
    if (b.id == pair.ss1) ss1 = &b;
  REQUIRE(ss1);
  CHECK((seen.x <= ss1->rect.x && seen.y <= ss1->rect.y && ss1->rect.right() <= seen.right() &&
         ss1->rect.bottom() <= seen.bottom()));
  // Had the opening view not shown it, it would be brought to the middle.
  state.view.canvas.camera.origin_x += 5 * seen.width;
  state.view.canvas.center_pending = pair.ss1;
  state.view.canvas.center_only_if_hidden = true;
  frame();
  check_framed(pair.ss1);
  CHECK_FALSE(state.view.canvas.center_only_if_hidden);

  // Click down the side panel's right edge (clear of its tabs) until a row of another box is chosen: rows 1 and 2
  // (IK1.1's target, IK1.2 removed) are SS1's too; row 3, IK2.2 added, is SP1's.
  const float x = ImGui::GetIO().DisplaySize.x - 40;
  for (float y = 40; y < 600 && state.view.selected == pair.ss1; y += 4) {
    ui.mouse(x, y);
    frame();
    ui.button(true);
    frame();
    ui.button(false);
    frame();
  }
  CHECK(state.chosen_row == 3);
  REQUIRE(state.view.selected == pair.sp1);
  frame();
  check_framed(pair.sp1);

  // The fifth row (the removed SP3) frames its ghost, put back under SS2.
  const Id ghost = comparison->figure.change_boxes[5];
  CHECK(comparison->figure.document.sasaran.at(ghost).parent == pair.ss2);

  // Esc asks to leave; nothing else came out of the view.
  ui.key(GLFW_KEY_ESCAPE, true);
  Intents intents = frame();
  ui.key(GLFW_KEY_ESCAPE, false);
  REQUIRE(intents.size() == 1);
  const auto* action = std::get_if<RequestAction>(&intents[0]);
  REQUIRE(action);
  CHECK(action->action == AppAction::LeaveCompare);
}

TEST_CASE("compare view: a drag on its canvas changes nothing") {
  test::UiHarness ui;
  test::VersionPair pair = test::version_pair();
  LayoutService layout;
  std::shared_ptr<const Comparison> comparison = hand_built_comparison(pair, layout);
  CompareState state;
  open_comparison(state, comparison, Theme::Light);
  auto frame = [&] { return ui.frame([&] { return compare_view(state); }); };
  for (int i = 0; i < 3; ++i) frame();
  // Press on every place of the canvas in a coarse grid and drag: only selections come out, never an edit.
  Intents all;
  for (float y = 80; y < 760; y += 60)
    for (float x = 20; x < 800; x += 60) {
      ui.mouse(x, y);
      frame();
      ui.button(true);
      frame();
      ui.mouse(x + 40, y + 40);
      for (const Intent& intent : frame()) all.push_back(intent);
      ui.button(false);
      for (const Intent& intent : frame()) all.push_back(intent);
    }
  CHECK(all.empty());
  CHECK(comparison->new_document->same_content(pair.new_document));
}

TEST_CASE("shell: Berkas > Bandingkan dengan… opens the Compare view from the chosen file and Esc leaves it") {
  test::UiHarness ui;
  const std::filesystem::path dir = test::scratch_dir("pokin_shell_compare");
  test::VersionPair pair = test::version_pair();
  const std::filesystem::path old_file = dir / "renstra_2021.pokin";
  store::DocumentFile::create(old_file, pair.old_document);
  test::CompareShellRun run(ui, dir / "config", old_file);
  AppShell& shell = run.shell;
  shell.start_with(pair.new_document);
  shell.handle(RequestAction{AppAction::Compare});
  REQUIRE(run.run_until([&] { return shell.compare() != nullptr; }));
  CHECK(shell.compare()->comparison->old_name == "renstra_2021.pokin");
  CHECK(shell.compare()->comparison->new_document->same_content(pair.new_document));
  CHECK(shell.compare()->comparison->old_document->same_content(pair.old_document));
  run.press_escape();
  CHECK(shell.compare() == nullptr);
  CHECK(shell.session().document().same_content(pair.new_document));
  CHECK_FALSE(shell.session().editor.can_undo());
}
