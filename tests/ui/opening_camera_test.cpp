#include <doctest/doctest.h>

#include "app/ui/canvas_view.h"
#include "app/ui/opening_camera.h"
#include "app/ui/session.h"
#include "core/layout/layout_service.h"
#include "tests/core/layout_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

struct Opened {
  std::unique_ptr<Session> session;
  Geometry geometry;
};

Opened open_example() {
  Opened opened;
  opened.session =
      Session::open(std::filesystem::path(POKIN_SOURCE_DIR) / "assets/examples/balangan_2021_2026.pokin");
  opened.geometry = compute_layout(opened.session->document(), opened.session->view.layout);
  opened.geometry.generation = 1;
  return opened;
}

// The canvas's first frame with this geometry on screen; returns the canvas's top-left corner.
ImVec2 first_frame(test::UiHarness& ui, Session& session, const Geometry& geometry) {
  ImVec2 canvas_min;
  ui.frame([&] {
    canvas_min = ImGui::GetCursorScreenPos();
    return canvas_view(CanvasInput{session.document(), session.index(), &geometry, false}, session.view);
  });
  return canvas_min;
}

double statement_pixels(const Geometry& geometry, const Camera& camera) {
  for (const Box& box : geometry.boxes)
    for (const TextLine& line : box.lines)
      if (line.style == TextStyle::Statement) return line.size * camera.zoom;
  FAIL("no statement line");
  return 0;
}

}  // namespace

TEST_CASE("opening view: a big tree opens readable, its Sasaran Strategis centred at the top") {
  Opened opened = open_example();
  const double width = 1100, height = 700;
  Camera fitted;
  fitted.fit(opened.geometry.bounds, width, height);
  REQUIRE(statement_pixels(opened.geometry, fitted) < kReadableStatementPixels);  // why this test exists

  const Camera camera = opening_camera(opened.geometry, width, height);
  CHECK(statement_pixels(opened.geometry, camera) >= kReadableStatementPixels - 1e-9);
  CHECK(statement_pixels(opened.geometry, camera) < 2 * kReadableStatementPixels);

  // Its Sasaran Strategis are spread wider than the canvas at a readable zoom: the first one is shown whole,
  // centred across unless that scrolls past the tree's left edge, near the top edge, not floating in the middle.
  const Rect seen = camera.visible(width, height);
  const Box* first = nullptr;
  for (const Box& box : opened.geometry.boxes)
    if (box.kind == BoxKind::Sasaran && box.level == 0 && (!first || box.rect.x < first->rect.x)) first = &box;
  REQUIRE(first);
  CHECK(first->rect.x >= seen.x);
  CHECK(first->rect.right() <= seen.right());
  CHECK(first->rect.y >= seen.y);
  CHECK((first->rect.y - seen.y) * camera.zoom <= 60);
  CHECK(seen.x >= opened.geometry.bounds.x - 24 / camera.zoom - 1e-9);
  const double off_centre = (first->rect.x + first->rect.width / 2 - (seen.x + seen.width / 2)) * camera.zoom;
  const bool at_left_edge = (opened.geometry.bounds.x - seen.x) * camera.zoom == doctest::Approx(24);
  CHECK((off_centre == doctest::Approx(0) || (at_left_edge && off_centre < 0)));
}

namespace {

Box box_at(int level, double x, double y) {
  Box box;
  box.level = level;
  box.rect = {x, y, 160, 60};
  box.lines.push_back(TextLine{"Meningkatnya ...", x + 6, y + 20, 10, TextStyle::Statement, false});
  return box;
}

}  // namespace

TEST_CASE("opening view: Sasaran Strategis that fit across are centred at the top of the canvas") {
  Geometry geometry;  // two Sasaran Strategis side by side over a wide row of supporters
  geometry.boxes = {box_at(0, 4000, 0), box_at(0, 4200, 0)};
  for (int k = 0; k < 60; ++k) geometry.boxes.push_back(box_at(1, k * 180.0, 120));
  geometry.bounds = {0, 0, 60 * 180.0, 180};
  const Camera camera = opening_camera(geometry, 1000, 700);
  CHECK(camera.zoom * 10 == doctest::Approx(kReadableStatementPixels));
  const Rect seen = camera.visible(1000, 700);
  CHECK(((4000 + 4360) / 2.0 - (seen.x + seen.width / 2)) * camera.zoom == doctest::Approx(0).epsilon(1e-6));
  CHECK(-seen.y * camera.zoom == doctest::Approx(24));
}

TEST_CASE("opening view: a left-to-right tree opens with its first top box at the left, from the top") {
  Geometry geometry;  // a column of 30 Sasaran Strategis at the left, taller than the canvas
  for (int k = 0; k < 30; ++k) geometry.boxes.push_back(box_at(0, 0, k * 100.0));
  for (int k = 0; k < 30; ++k) geometry.boxes.push_back(box_at(1, 300, k * 100.0));
  geometry.bounds = {0, 0, 460, 30 * 100.0 - 40};
  const Camera camera = opening_camera(geometry, 1000, 700);
  const Rect seen = camera.visible(1000, 700);
  CHECK(-seen.x * camera.zoom == doctest::Approx(24));
  CHECK(-seen.y * camera.zoom == doctest::Approx(24));  // the first box whole at the top left
}

TEST_CASE("opening view: a tree that is readable when fitted opens fitted") {
  Session session{test::small_tree(2)};
  Geometry geometry = compute_layout(session.document(), session.view.layout);
  geometry.generation = 1;
  Camera fitted;
  fitted.fit(geometry.bounds, 1280, 800);
  REQUIRE(statement_pixels(geometry, fitted) >= kReadableStatementPixels);
  const Camera camera = opening_camera(geometry, 1280, 800);
  CHECK(camera.zoom == fitted.zoom);
  CHECK(camera.origin_x == fitted.origin_x);
  CHECK(camera.origin_y == fitted.origin_y);
}

TEST_CASE("opening view: the canvas applies it once on the first geometry, Home still fits everything") {
  test::UiHarness ui;
  Opened opened = open_example();
  Session& session = *opened.session;
  CHECK(session.view.canvas.open_pending);
  first_frame(ui, session, opened.geometry);
  CHECK_FALSE(session.view.canvas.open_pending);
  const CanvasState& canvas = session.view.canvas;
  const Camera expected = opening_camera(opened.geometry, canvas.width, canvas.height);
  CHECK(canvas.camera.zoom == doctest::Approx(expected.zoom));
  CHECK(canvas.camera.origin_x == doctest::Approx(expected.origin_x));
  CHECK(canvas.camera.origin_y == doctest::Approx(expected.origin_y));

  // A later frame leaves the camera where the user put it.
  session.view.canvas.camera.origin_x += 100;
  first_frame(ui, session, opened.geometry);
  CHECK(canvas.camera.origin_x == doctest::Approx(expected.origin_x + 100));

  // Fit all (Home, "Lihat semua"): the whole tree in the canvas.
  session.view.canvas.fit_pending = true;
  first_frame(ui, session, opened.geometry);
  const Rect seen = canvas.camera.visible(canvas.width, canvas.height);
  const Rect& tree = opened.geometry.bounds;
  CHECK(seen.x <= tree.x);
  CHECK(seen.y <= tree.y);
  CHECK(seen.right() >= tree.right());
  CHECK(seen.bottom() >= tree.bottom());
  CHECK(canvas.camera.zoom < expected.zoom);
}

TEST_CASE("opening view: a fit asked for before the first layout arrives wins over the opening view") {
  test::UiHarness ui;
  Opened opened = open_example();
  Session& session = *opened.session;
  session.view.canvas.fit_pending = true;  // e.g. meeting mode switched on at start
  first_frame(ui, session, opened.geometry);
  Camera fitted;
  fitted.fit(opened.geometry.bounds, session.view.canvas.width, session.view.canvas.height);
  CHECK(session.view.canvas.camera.zoom == doctest::Approx(fitted.zoom));
}
