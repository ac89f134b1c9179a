#include <doctest/doctest.h>

#include <cmath>

#include "core/export/figure.h"
#include "core/layout/layout_service.h"
#include "layout_test_documents.h"

using namespace pokin;

namespace {

// Keeps the curves a figure paints.
class CurveRecorder : public Painter {
 public:
  void rect(const Rect&, double, const Paint&) override {}
  void line(Point, Point, const Paint&) override {}
  void curve(const std::vector<Point>& points, const Paint& paint) override {
    if (!paint.dash.empty() && paint.stroke_colour != 0) curves.push_back(points);
  }
  void polygon(const std::vector<Point>&, const Paint&) override {}
  void text(const std::string&, double, double, const TextPaint&) override {}
  std::vector<std::vector<Point>> curves;
};

Point bezier(const std::vector<Point>& c, std::size_t i, double t) {
  double u = 1 - t;
  return {u * u * u * c[i].x + 3 * u * u * t * c[i + 1].x + 3 * u * t * t * c[i + 2].x + t * t * t * c[i + 3].x,
          u * u * u * c[i].y + 3 * u * u * t * c[i + 1].y + 3 * u * t * t * c[i + 2].y + t * t * t * c[i + 3].y};
}

double distance_to_curve(const std::vector<Point>& curve, Point p) {
  double best = 1e300;
  for (std::size_t i = 0; i + 3 < curve.size(); i += 3)
    for (int k = 0; k <= 40000; ++k) {
      Point q = bezier(curve, i, k / 40000.0);
      best = std::min(best, std::hypot(q.x - p.x, q.y - p.y));
    }
  return best;
}

}  // namespace

TEST_CASE("Tiled pages stroke only the visible part of a long link, on the original curve") {
  // A crosscutting link between the two ends of a wide tree.
  test::DocumentBuilder b;
  Id head = b.unit(kNoId, UnitKind::Head, "Dinas");
  Id ss = b.sasaran(head, kNoId, 0, "SS1", "Induk");
  std::vector<Id> leaves;
  for (int i = 0; i < 30; ++i) {
    Id unit = b.unit(head, UnitKind::Division, "Bidang " + std::to_string(i), i);
    leaves.push_back(b.sasaran(unit, ss, 1, "SP" + std::to_string(i), "Sasaran " + std::to_string(i)));
  }
  b.link(leaves.front(), leaves.back());
  LayoutView view;
  Geometry geometry = compute_layout(b.document, view);
  FigureText text = make_figure_text(b.document, geometry, view, "1 Januari 2026", false);
  FigureLayout layout = arrange_figure(text, geometry);
  const Edge* link = nullptr;
  for (const Edge& edge : geometry.edges)
    if (edge.kind == EdgeKind::Crosscutting) link = &edge;
  REQUIRE(link != nullptr);
  std::vector<Point> original;
  for (Point p : link->curve) original.push_back({p.x + layout.diagram.x, p.y + layout.diagram.y});

  CurveRecorder whole;
  paint_figure(whole, text, geometry, layout, {0, 0, layout.width, layout.height});
  REQUIRE(whole.curves.size() == 1);
  CHECK(whole.curves[0] == original);

  // A page-sized window in the middle of the link.
  Rect page{layout.width / 2 - 300, 0, 600, layout.height};
  CurveRecorder tile;
  paint_figure(tile, text, geometry, layout, page);
  REQUIRE_FALSE(tile.curves.empty());
  for (const auto& piece : tile.curves) {
    CHECK((piece.size() - 1) % 3 == 0);
    for (std::size_t i = 0; i + 3 < piece.size(); i += 3)
      for (double t : {0.0, 0.3, 0.7, 1.0}) {
        Point p = bezier(piece, i, t);
        CHECK(p.x >= page.x - 400);  // pieces reach a few hundred points beyond the window at most
        CHECK(p.x <= page.right() + 400);
        CHECK(distance_to_curve(original, p) < 0.5);
      }
  }
}
