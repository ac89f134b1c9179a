#include "core/layout/edge_routes.h"

#include <algorithm>
#include <cmath>

namespace pokin {
namespace {

Point lerp(Point a, Point b, double t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }
double distance(Point a, Point b) { return std::hypot(b.x - a.x, b.y - a.y); }

void straight_to(std::vector<Point>& curve, Point to) {
  Point from = curve.back();
  curve.push_back(lerp(from, to, 1.0 / 3));
  curve.push_back(lerp(from, to, 2.0 / 3));
  curve.push_back(to);
}

}  // namespace

std::vector<Point> rounded_polyline(std::vector<Point> points, double radius) {
  points.erase(std::unique(points.begin(), points.end()), points.end());
  std::vector<Point> curve;
  if (points.empty()) return curve;
  curve.push_back(points.front());
  for (std::size_t i = 1; i + 1 < points.size(); ++i) {
    Point before = points[i - 1], corner = points[i], after = points[i + 1];
    double r = std::min({radius, distance(before, corner) / 2, distance(corner, after) / 2});
    Point enter = lerp(corner, before, r / std::max(distance(before, corner), 1e-9));
    Point leave = lerp(corner, after, r / std::max(distance(corner, after), 1e-9));
    straight_to(curve, enter);
    // A quarter circle is close to a cubic with control points 0.55 of the way to the corner.
    curve.push_back(lerp(enter, corner, 0.55));
    curve.push_back(lerp(leave, corner, 0.55));
    curve.push_back(leave);
  }
  if (points.size() > 1) straight_to(curve, points.back());
  return curve;
}

std::vector<Point> link_curve(const Rect& a, const Rect& b, bool across) {
  Point ca{a.x + a.width / 2, a.y + a.height / 2}, cb{b.x + b.width / 2, b.y + b.height / 2};
  if (across) {
    // Left-right tree: boxes of one depth share a column.
    if (a.x < b.right() && b.x < a.right()) {
      // Same column: arc out through the gap on the left, where the column's own edges arrive.
      Point start{a.x, ca.y}, end{b.x, cb.y};
      double x = std::min(start.x, end.x) - std::min(40.0, 16 + std::abs(cb.y - ca.y) * 0.02);
      return {start, {x, start.y}, {x, end.y}, end};
    }
    bool a_left = ca.x < cb.x;
    Point start{a_left ? a.right() : a.x, ca.y}, end{a_left ? b.x : b.right(), cb.y};
    double mid = (start.x + end.x) / 2;
    return {start, {mid, start.y}, {mid, end.y}, end};
  }
  if (a.y < b.bottom() && b.y < a.bottom()) {
    // Same band: arc over the top through the gap above the band.
    Point start{ca.x, a.y}, end{cb.x, b.y};
    double y = std::min(start.y, end.y) - std::min(40.0, 16 + std::abs(cb.x - ca.x) * 0.02);
    return {start, {start.x, y}, {end.x, y}, end};
  }
  bool a_above = ca.y < cb.y;
  Point start{ca.x, a_above ? a.bottom() : a.y}, end{cb.x, a_above ? b.y : b.bottom()};
  double mid = (start.y + end.y) / 2;
  return {start, {start.x, mid}, {end.x, mid}, end};
}

std::vector<Point> arrowhead_at_end(const std::vector<Point>& curve, double length, double half_width) {
  if (curve.size() < 2) return {};
  Point tip = curve.back();
  Point from = curve[curve.size() - 2];
  double d = distance(from, tip);
  if (d < 1e-9) return {};
  double ux = (tip.x - from.x) / d, uy = (tip.y - from.y) / d;
  Point base{tip.x - ux * length, tip.y - uy * length};
  return {tip, {base.x - uy * half_width, base.y + ux * half_width}, {base.x + uy * half_width, base.y - ux * half_width}};
}

}  // namespace pokin
