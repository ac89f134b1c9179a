#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "app/ui/app_shell.h"
#include "app/ui/canvas_detail.h"
#include "app/ui/canvas_hit_test.h"
#include "app/ui/canvas_view.h"
#include "app/ui/main_window_view.h"
#include "app/ui/meeting_framing.h"
#include "app/ui/meeting_view.h"
#include "app/ui/overview_labels.h"
#include "core/layout/layout_service.h"
#include "core/synthetic/synthetic_document.h"
#include "tests/core/layout_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

// A box with one 10 pt statement line (what a sasaran's title is), at x, y, 200 x 60 points.
Box titled_box(Id id, double x, double y) {
  Box box;
  box.id = id;
  box.rect = {x, y, 200, 60};
  TextLine line;
  line.text = "Meningkatnya kualitas pelayanan";
  line.x = x + 8;
  line.baseline = y + 30;
  line.size = 10;
  line.style = TextStyle::Statement;
  box.lines.push_back(line);
  return box;
}

// SS1 above SP1 and SP2; six sasaran below SP1 (A1..A6) and two below SP2 (B1, B2).
struct WideTree {
  Document document;
  Id ss1, sp1, sp2;
  WideTree() {
    test::DocumentBuilder b;
    Id head = b.unit(kNoId, UnitKind::Head, "Dinas");
    ss1 = b.sasaran(head, kNoId, 0, "SS1", "Meningkatnya investasi");
    sp1 = b.sasaran(head, ss1, 1, "SP1", "Meningkatnya pelayanan");
    sp2 = b.sasaran(head, ss1, 1, "SP2", "Menurunnya pengaduan");
    for (int i = 1; i <= 6; ++i) b.sasaran(head, sp1, 2, "A" + std::to_string(i), "Kegiatan A");
    for (int i = 1; i <= 2; ++i) b.sasaran(head, sp2, 2, "B" + std::to_string(i), "Kegiatan B");
    document = std::move(b.document);
  }
  // All eleven boxes in three rows; `width` is the width of the bounds.
  Geometry geometry(double width) const {
    Geometry geometry;
    geometry.boxes.push_back(titled_box(ss1, 0, 0));
    geometry.boxes.push_back(titled_box(sp1, 0, 100));
    geometry.boxes.push_back(titled_box(sp2, 1000, 100));
    int column = 0;
    for (const char* code : {"A1", "A2", "A3", "A4", "A5", "A6", "B1", "B2"})
      geometry.boxes.push_back(titled_box(test::sasaran_id(document, code), 220.0 * column++, 200));
    geometry.bounds = {0, 0, width, 260};
    geometry.generation = 1;
    return geometry;
  }
};

// The smallest title (statement, unit name, "+N") of the geometry, in pixels at `zoom`.
double smallest_title_pixels(const Geometry& geometry, double zoom) {
  double smallest = 1e9;
  for (const Box& box : geometry.boxes)
    for (const TextLine& line : box.lines)
      if (line.style == TextStyle::Statement || line.style == TextStyle::Heading) {
        smallest = std::min(smallest, line.size * zoom);
        break;
      }
  return smallest;
}

// The meeting canvas (a child window of meeting mode's full-screen window): its top-left corner and size.
ImRect meeting_canvas_rect() {
  for (ImGuiWindow* window : GImGui->Windows)
    if (std::string(window->Name).find("meeting_canvas") != std::string::npos) return window->Rect();
  FAIL("no meeting canvas");
  return {};
}

}  // namespace

TEST_CASE("meeting framing: a readable geometry is fitted, titles at least 24 px") {
  WideTree tree;
  TreeIndex index(tree.document);
  // 700 x 260 points on 1920 x 1000: (1920 - 48) / 700 = 2.674 (height allows (1000 - 48) / 260 = 3.66).
  MeetingFraming framing = frame_meeting(tree.geometry(700), index, 1920, 1000);
  CHECK(framing.readable);
  CHECK(framing.collapse.empty());
  CHECK(framing.camera.zoom == doctest::Approx(1872.0 / 700));
  CHECK(framing.camera.zoom * 10 >= 24);
  // Centred: the middle of the bounds (350, 130) at the middle of the canvas.
  Point middle = framing.camera.to_screen({350, 130}, {0, 0});
  CHECK(middle.x == doctest::Approx(960));
  CHECK(middle.y == doctest::Approx(500));
  // One small box is not blown up beyond 1.5 times the readable zoom: 1.5 x 24 / 10 = 3.6.
  Geometry small = tree.geometry(700);
  small.bounds = {0, 0, 200, 60};
  CHECK(frame_meeting(small, index, 1920, 1000).camera.zoom == doctest::Approx(3.6));
}

TEST_CASE("meeting framing: what needs more room than the screen is summarised, the biggest deepest branches first") {
  WideTree tree;
  TreeIndex index(tree.document);
  // 1820 points wide: 1872 / 1820 = 1.0286 px per point, titles 10.3 px; 2.4 needed, 2.333 times too small, so
  // about 11 / 2.333^2 = 2 of the 11 boxes may stay: SP1 (takes 6 boxes, gives a stub: -5) and SP2 (-1) go.
  MeetingFraming wide = frame_meeting(tree.geometry(1820), index, 1920, 1000);
  CHECK_FALSE(wide.readable);
  CHECK(wide.collapse == std::set<Id>{tree.sp1, tree.sp2});
  CHECK(wide.camera.zoom == doctest::Approx(1872.0 / 1820));
  // 1000 points wide: 1.872 px per point, 1.282 times too small, 11 / 1.644 = 6.7 boxes may stay, 4.3 must go:
  // SP1 alone takes 5.
  MeetingFraming less = frame_meeting(tree.geometry(1000), index, 1920, 1000);
  CHECK(less.collapse == std::set<Id>{tree.sp1});
  // The top of the view goes last: with only SS1 and its two children left (still too wide), SS1 itself.
  Geometry top;
  top.boxes = {titled_box(tree.ss1, 0, 0), titled_box(tree.sp1, 0, 100), titled_box(tree.sp2, 2000, 100)};
  top.bounds = {0, 0, 2200, 160};
  CHECK(frame_meeting(top, index, 1920, 1000).collapse == std::set<Id>{tree.ss1});
  // Nothing expanded left: nothing more to summarise.
  Geometry alone;
  alone.boxes = {titled_box(tree.ss1, 0, 0)};
  alone.bounds = {0, 0, 3000, 60};
  CHECK(frame_meeting(alone, index, 1920, 1000).collapse.empty());
}

TEST_CASE("meeting mode: the fit waits for the geometry of the new step, not the one of the step before") {
  test::UiHarness ui;
  ImGui::GetIO().DisplaySize = ImVec2(1920, 1080);
  WideTree tree;
  TreeIndex index(tree.document);
  ViewState view;
  view.selected = tree.sp1;
  enter_meeting(tree.document, view);
  Geometry before = tree.geometry(700);
  before.bounds = {0, 0, 200, 60};
  LayoutView before_view;
  auto frame = [&](const Geometry& geometry, const LayoutView* laid_out) {
    ui.frame([&] { return meeting_view(MeetingInput{tree.document, index, &geometry, false, laid_out}, view); });
  };
  frame(before, &before_view);  // sets the fit area; the geometry on screen is not this view's yet
  CHECK(view.canvas.meeting_frame_pending);
  view.canvas.camera = Camera{0, 0, 0.5};
  frame(before, &before_view);
  CHECK(view.canvas.camera.zoom == doctest::Approx(0.5));  // not fitted to the step before
  CHECK(view.canvas.meeting_frame_pending);
  // The geometry of this step arrives: 700 x 260 points on a canvas 1920 px wide (no window padding in meeting
  // mode... the harness's window has 8 px): (1904 - 48) / 700 = 2.651.
  const LayoutView now = view.layout;
  frame(tree.geometry(700), &now);
  CHECK_FALSE(view.canvas.meeting_frame_pending);
  CHECK(view.canvas.camera.zoom == doctest::Approx(1856.0 / 700));
  CHECK(view.canvas.camera.zoom * 10 >= 24);
}

TEST_CASE("meeting mode on the bundled example: every step readable on 1920 x 1080, every shown box on screen") {
  test::UiHarness ui;
  ImGui::GetIO().DisplaySize = ImVec2(1920, 1080);
  AppShell shell(ShellPaths{test::scratch_dir("pokin_meeting_framing_test"), {}}, nullptr);
  shell.start(std::filesystem::path(POKIN_SOURCE_DIR) / "assets/examples/balangan_2021_2026.pokin");
  Session& session = shell.session();
  const LayoutStyle planner_style = session.view.layout.style;
  shell.handle(RequestAction{AppAction::ToggleMeeting});
  REQUIRE(session.view.meeting);
  CHECK(session.view.layout.style == LayoutStyle::Fitted);

  auto frame = [&] {
    ui.frame([&] {
      session.pump_layout();
      Intents intents = meeting_screen_view(session);
      for (const Intent& intent : intents) shell.handle(intent);
      return 0;
    });
  };
  // Frames until the step is framed on its own geometry.
  auto settle = [&] {
    for (int i = 0; i < 2000 && (session.layout_busy() || session.view.canvas.meeting_frame_pending); ++i) {
      frame();
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    frame();
    REQUIRE_FALSE(session.view.canvas.meeting_frame_pending);
    REQUIRE(session.geometry() != nullptr);
    REQUIRE(session.geometry_view() != nullptr);
    CHECK(*session.geometry_view() == session.view.layout);
  };
  auto check_step = [&](const char* step) {
    INFO(step);
    settle();
    const Geometry& geometry = *session.geometry();
    const Camera& camera = session.view.canvas.camera;
    CHECK(smallest_title_pixels(geometry, camera.zoom) >= 24);
    const ImRect canvas = meeting_canvas_rect();
    for (const Box& box : geometry.boxes) {
      Point a = camera.to_screen({box.rect.x, box.rect.y}, {canvas.Min.x, canvas.Min.y});
      Point b = camera.to_screen({box.rect.right(), box.rect.bottom()}, {canvas.Min.x, canvas.Min.y});
      CHECK(a.x >= canvas.Min.x - 0.5);
      CHECK(a.y >= canvas.Min.y - 0.5);
      CHECK(b.x <= canvas.Max.x + 0.5);
      CHECK(b.y <= canvas.Max.y + 0.5);
    }
  };
  auto press = [&](int key) {
    ui.key(key, true);
    frame();
    ui.key(key, false);
  };
  check_step("the whole tree's top level");
  press(GLFW_KEY_DOWN);
  check_step("level 2 revealed");
  press(GLFW_KEY_DOWN);
  check_step("level 3 revealed");
  // Focus a branch with something below it.
  Id branch = kNoId;
  for (Id root : session.index().root_sasaran())
    for (Id child : session.index().child_sasaran(root))
      if (branch == kNoId && !session.index().child_sasaran(child).empty()) branch = child;
  REQUIRE(branch != kNoId);
  session.view.selected = branch;
  press(GLFW_KEY_ENTER);
  CHECK(session.view.layout.branch == branch);
  check_step("a branch in focus");
  press(GLFW_KEY_RIGHT);
  check_step("the next sibling branch");
  press(GLFW_KEY_PAGE_UP);
  check_step("the parent branch");
  press(GLFW_KEY_DOWN);
  check_step("the parent branch, one more level");

  shell.handle(RequestAction{AppAction::ToggleMeeting});
  CHECK(session.view.layout.style == planner_style);
}

TEST_CASE("canvas far out: a click on a box with children selects it, never collapses it") {
  test::UiHarness ui;
  Session session{test::small_tree(2)};
  Geometry geometry = compute_layout(session.document(), session.view.layout);
  geometry.generation = 1;
  const Id sp1 = test::sasaran_id(session.document(), "SP1");
  const Box* box = nullptr;
  for (const Box& candidate : geometry.boxes)
    if (candidate.id == sp1 && candidate.kind == BoxKind::Sasaran) box = &candidate;
  REQUIRE(box != nullptr);
  // At 11% the toggle's 7 px are 64 points, more than half the box's height: the old hit test took the box's
  // middle for its toggle.
  const Point middle{box->rect.x + box->rect.width / 2, box->rect.y + box->rect.height / 2};
  REQUIRE(box->rect.height / 2 < kToggleRadius / 0.11);
  CanvasHit hit = hit_test(geometry, session.index(), session.view.layout, middle, 0.11);
  REQUIRE(hit.box != nullptr);
  CHECK(hit.box->id == sp1);
  CHECK_FALSE(hit.on_toggle);

  session.view.canvas.open_pending = false;
  session.view.canvas.minimap = false;
  session.view.canvas.camera = Camera{geometry.bounds.x - 20, geometry.bounds.y - 20, 0.11};
  ImVec2 canvas_min;
  auto frame = [&] {
    return ui.frame([&] {
      canvas_min = ImGui::GetCursorScreenPos();
      return canvas_view(CanvasInput{session.document(), session.index(), &geometry, false}, session.view);
    });
  };
  frame();
  Point screen = session.view.canvas.camera.to_screen(middle, {canvas_min.x, canvas_min.y});
  ui.mouse(static_cast<float>(screen.x), static_cast<float>(screen.y));
  frame();
  ui.button(true);
  frame();
  ui.button(false);
  Intents intents = frame();
  REQUIRE(intents.size() == 1);
  auto* select = std::get_if<SelectNode>(&intents[0]);
  REQUIRE(select != nullptr);
  CHECK(select->id == sp1);
}

TEST_CASE("finding badges shrink with the zoom and never outgrow their box") {
  Box box = titled_box(1, 0, 0);  // 200 x 60 points
  // 100%: the full 9 px; close up at most 1.5 times that.
  CHECK(badge_radius(box, 1, 9) == doctest::Approx(9));
  CHECK(badge_radius(box, 4, 9) == doctest::Approx(13.5));
  // 11%: 9 x 0.11 = 0.99 px, the box 6.6 px high.
  CHECK(badge_radius(box, 0.11, 9) == doctest::Approx(0.99));
  CHECK(2 * badge_radius(box, 0.11, 9) <= 60 * 0.11);
  // A low box: 20 points high at 100%, the badge at most a quarter of it (5 px) so that it covers half at most.
  box.rect.height = 20;
  CHECK(badge_radius(box, 1, 9) == doctest::Approx(5));
  for (double zoom : {0.01, 0.05, 0.11, 0.3, 1.0, 3.0})
    CHECK(2 * badge_radius(box, zoom, 9) <= std::min(box.rect.width, box.rect.height) * zoom);
}

TEST_CASE("overview: far out the top boxes are named at a readable size with the size of their branch") {
  Document document = test::small_tree(2);
  TreeIndex index(document);
  Geometry geometry = compute_layout(document, LayoutView{});
  Camera camera;
  camera.fit(geometry.bounds, 300, 200);
  REQUIRE(camera.zoom * 10 < 5.5);  // statements too small to read
  auto measure = [](const std::string& text, double pixels) { return text.size() * pixels * 0.5; };
  auto labels = overview_labels(geometry, document, index, camera, {0, 0}, 300, 200, measure);
  REQUIRE_FALSE(labels.empty());
  // SS1 first: below it SP1, SP2, SK1, SI1 and SI2.
  CHECK(labels[0].id == test::sasaran_id(document, "SS1"));
  CHECK(labels[0].text == "SS1  \xC2\xB7  5 sasaran");
  CHECK(labels[0].screen.height >= kOverviewLabelPixels);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    CHECK(labels[i].screen.x >= 0);
    CHECK(labels[i].screen.right() <= 300);
    for (std::size_t j = i + 1; j < labels.size(); ++j) {
      const Rect& a = labels[i].screen;
      const Rect& b = labels[j].screen;
      CHECK_FALSE((a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()));
    }
  }
  // A leaf says no count: SI1 has nothing below it.
  CHECK(overview_label_text(document, index, test::sasaran_id(document, "SI1")) == "SI1");
}

TEST_CASE("overview: far out on a large tree only the boxes with room for a label have their text made and measured") {
  SyntheticOptions options;
  options.sasaran = 2000;
  Document document = make_synthetic_document(options);
  TreeIndex index(document);
  Geometry geometry = compute_layout(document, LayoutView{});
  Camera camera;
  camera.fit(geometry.bounds, 1600, 900);
  int measured = 0;
  auto measure = [&](const std::string& text, double pixels) {
    ++measured;
    return text.size() * pixels * 0.5;
  };
  auto labels = overview_labels(geometry, document, index, camera, {0, 0}, 1600, 900, measure);
  REQUIRE(geometry.boxes.size() > 2000);
  REQUIRE_FALSE(labels.empty());
  // Most boxes lie under a label already placed: they are passed over before their text is made. Every label
  // placed was measured once, and a box measured without a place is one whose real text did not fit.
  CHECK(measured >= static_cast<int>(labels.size()));
  CHECK(measured * 4 < static_cast<int>(geometry.boxes.size()));  // all of them, before
  for (std::size_t i = 0; i < labels.size(); ++i)
    for (std::size_t j = i + 1; j < labels.size(); ++j) {
      const Rect& a = labels[i].screen;
      const Rect& b = labels[j].screen;
      CHECK_FALSE((a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()));
    }
}
