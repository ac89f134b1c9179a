#include <doctest/doctest.h>

#include <cmath>

#include "app/ui/alignment_path.h"
#include "app/ui/apply_intent.h"
#include "app/ui/canvas_hit_test.h"
#include "app/ui/canvas_view.h"
#include "core/layout/layout_service.h"
#include "tests/core/layout_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

const Box& box_of(const Geometry& geometry, const std::string& code, const Document& document) {
  for (const Box& box : geometry.boxes)
    if (const Sasaran* sasaran = document.find_sasaran(box.id); sasaran && sasaran->code == code) return box;
  FAIL("no box for " << code);
  return geometry.boxes.front();
}


// The canvas starts at the window's content origin; with zoom 1 and origin (0,0) a layout point maps to
// canvas_min + point.
struct CanvasFixture {
  test::UiHarness ui;
  Session session{test::small_tree(2)};
  Geometry geometry;
  ImVec2 canvas_min;

  CanvasFixture() {
    geometry = compute_layout(session.document(), session.view.layout);
    geometry.generation = 1;
    session.view.canvas.open_pending = false;
    session.view.canvas.minimap = false;
    session.view.canvas.camera = Camera{geometry.bounds.x - 20, geometry.bounds.y - 20, 1.0};
  }
  Intents frame() {
    return ui.frame([&] {
      canvas_min = ImGui::GetCursorScreenPos();
      return canvas_view(CanvasInput{session.document(), session.index(), &geometry, false}, session.view);
    });
  }
  ImVec2 screen(Point world) {
    Point p = session.view.canvas.camera.to_screen(world, {canvas_min.x, canvas_min.y});
    return ImVec2(static_cast<float>(p.x), static_cast<float>(p.y));
  }
  ImVec2 centre_of(const std::string& code) {
    const Box& box = box_of(geometry, code, session.document());
    return screen({box.rect.x + box.rect.width / 2, box.rect.y + box.rect.height / 2});
  }
};

}  // namespace

TEST_CASE("camera: screen and layout coordinates are inverse, zoom keeps the point under the cursor") {
  Camera camera{100, 50, 2};
  Point world{130, 80};
  Point screen = camera.to_screen(world, {10, 20});
  CHECK(screen.x == doctest::Approx(10 + 60));
  CHECK(screen.y == doctest::Approx(20 + 60));
  Point back = camera.to_world(screen, {10, 20});
  CHECK(back.x == doctest::Approx(world.x));
  camera.zoom_around(screen, {10, 20}, 1.5);
  CHECK(camera.zoom == doctest::Approx(3));
  Point after = camera.to_screen(world, {10, 20});
  CHECK(after.x == doctest::Approx(screen.x));
  CHECK(after.y == doctest::Approx(screen.y));
  camera.fit({0, 0, 1000, 500}, 520, 300, 10);
  CHECK(camera.zoom == doctest::Approx(0.5));
  Rect visible = camera.visible(520, 300);
  CHECK(visible.x <= 0);
  CHECK(visible.right() >= 1000);
}

TEST_CASE("canvas hit test: box, its collapse toggle, empty space") {
  Document document = test::small_tree(2);
  TreeIndex index(document);
  LayoutView view;
  Geometry geometry = compute_layout(document, view);
  const Box& ss1 = box_of(geometry, "SS1", document);
  const Box& sk1 = box_of(geometry, "SK1", document);
  CanvasHit inside = hit_test(geometry, index, view, {ss1.rect.x + 5, ss1.rect.y + 5}, 1);
  REQUIRE(inside.box != nullptr);
  CHECK(inside.box->id == ss1.id);
  CHECK_FALSE(inside.on_toggle);
  Point toggle = toggle_centre(ss1, false);
  CanvasHit on_toggle = hit_test(geometry, index, view, toggle, 1);
  REQUIRE(on_toggle.box != nullptr);
  CHECK(on_toggle.box->id == ss1.id);
  CHECK(on_toggle.on_toggle);
  CHECK(hit_test(geometry, index, view, {geometry.bounds.x - 50, geometry.bounds.y - 50}, 1).box == nullptr);
  // A leaf has no toggle: below its box is empty canvas.
  Id leaf = test::sasaran_id(document, "SI1");
  const Box& leaf_box = box_of(geometry, "SI1", document);
  CHECK_FALSE(has_toggle(leaf_box, index, false));
  CHECK(leaf != kNoId);
  CHECK(has_toggle(sk1, index, false));
}

TEST_CASE("canvas: a click on a box selects it, a click on its toggle collapses it") {
  CanvasFixture f;
  f.frame();
  ImVec2 target = f.centre_of("SP2");
  f.ui.mouse(target.x, target.y);
  f.frame();
  f.ui.button(true);
  f.frame();
  f.ui.button(false);
  Intents intents = f.frame();
  REQUIRE(intents.size() == 1);
  auto* select = std::get_if<SelectNode>(&intents[0]);
  REQUIRE(select != nullptr);
  CHECK(select->id == test::sasaran_id(f.session.document(), "SP2"));

  const Box& sp1 = box_of(f.geometry, "SP1", f.session.document());
  ImVec2 toggle = f.screen(toggle_centre(sp1, false));
  f.ui.mouse(toggle.x, toggle.y);
  f.frame();
  f.ui.button(true);
  f.frame();
  f.ui.button(false);
  intents = f.frame();
  REQUIRE(intents.size() == 1);
  auto* collapse = std::get_if<ToggleCollapse>(&intents[0]);
  REQUIRE(collapse != nullptr);
  CHECK(collapse->id == sp1.id);
  apply_intent(f.session, intents[0]);
  CHECK(f.session.view.layout.collapsed.count(sp1.id) == 1);
}

TEST_CASE("canvas: dragging a sasaran onto another reparents it through a command, one undo step") {
  CanvasFixture f;
  f.frame();
  const Id sk1 = test::sasaran_id(f.session.document(), "SK1"), sp2 = test::sasaran_id(f.session.document(), "SP2");
  const Id sp1 = test::sasaran_id(f.session.document(), "SP1");
  REQUIRE(f.session.document().sasaran.at(sk1).parent == sp1);
  ImVec2 from = f.centre_of("SK1"), to = f.centre_of("SP2");
  f.ui.mouse(from.x, from.y);
  f.frame();
  f.ui.button(true);
  f.frame();
  for (int step = 1; step <= 6; ++step) {
    f.ui.mouse(from.x + (to.x - from.x) * step / 6, from.y + (to.y - from.y) * step / 6);
    CHECK(f.frame().empty());
  }
  CHECK(f.session.view.canvas.dragging);
  f.ui.button(false);
  Intents intents = f.frame();
  REQUIRE(intents.size() == 1);
  auto* reparent = std::get_if<Reparent>(&intents[0]);
  REQUIRE(reparent != nullptr);
  CHECK(reparent->sasaran == sk1);
  CHECK(reparent->new_parent == sp2);
  apply_intent(f.session, intents[0]);
  CHECK(f.session.document().sasaran.at(sk1).parent == sp2);
  f.session.editor.undo();
  CHECK(f.session.document().sasaran.at(sk1).parent == sp1);
}

TEST_CASE("canvas: a sasaran cannot be dropped on itself or on what supports it") {
  Document document = test::small_tree(2);
  TreeIndex index(document);
  Id ss1 = test::sasaran_id(document, "SS1"), sk1 = test::sasaran_id(document, "SK1"), sp2 = test::sasaran_id(document, "SP2");
  CHECK_FALSE(can_drop_on(document, index, ss1, ss1));
  CHECK_FALSE(can_drop_on(document, index, ss1, sk1));  // SK1 lies below SS1: a cycle
  CHECK(can_drop_on(document, index, sk1, sp2));
}

TEST_CASE("canvas: Ctrl+wheel zooms around the cursor, the wheel alone pans") {
  CanvasFixture f;
  f.frame();
  ImVec2 point = f.centre_of("SS1");
  point = ImVec2(std::floor(point.x), std::floor(point.y));  // ImGui floors the mouse position
  Point world_before = f.session.view.canvas.camera.to_world({point.x, point.y}, {f.canvas_min.x, f.canvas_min.y});
  f.ui.mouse(point.x, point.y);
  f.frame();
  f.ui.ctrl(true);
  ImGui::GetIO().MouseWheel = 2;
  f.frame();
  f.ui.ctrl(false);
  const Camera& camera = f.session.view.canvas.camera;
  CHECK(camera.zoom > 1.2);
  Point world_after = camera.to_world({point.x, point.y}, {f.canvas_min.x, f.canvas_min.y});
  CHECK(world_after.x == doctest::Approx(world_before.x));
  CHECK(world_after.y == doctest::Approx(world_before.y));
  double origin_y = camera.origin_y, zoom = camera.zoom;
  ImGui::GetIO().MouseWheel = -1;
  f.frame();
  CHECK(camera.zoom == doctest::Approx(zoom));
  CHECK(camera.origin_y > origin_y);
}

TEST_CASE("alignment path: up to the Sasaran Strategis and down to everything that supports the selection") {
  Document document = test::small_tree(2);
  TreeIndex index(document);
  auto path = alignment_path(document, index, test::sasaran_id(document, "SP1"));
  for (const char* code : {"SS1", "SP1", "SK1", "SI1", "SI2"}) CHECK(path.count(test::sasaran_id(document, code)) == 1);
  CHECK(path.count(test::sasaran_id(document, "SP2")) == 0);  // a sibling branch is not on the path
  Id bidang_b = kNoId;
  for (const auto& [id, unit] : document.units)
    if (unit.name == "Bidang Pengaduan") bidang_b = id;
  auto unit_path = alignment_path(document, index, bidang_b);
  CHECK(unit_path.count(bidang_b) == 1);
  CHECK(unit_path.count(test::sasaran_id(document, "SP2")) == 1);
  CHECK(unit_path.count(test::sasaran_id(document, "SK1")) == 0);
  CHECK(alignment_path(document, index, kNoId).empty());
}
