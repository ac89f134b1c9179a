#pragma once
// Edge curves as cubic Bézier chains (first point, then control, control, end per segment), the form Geometry
// carries. Cascade edges are orthogonal elbows with rounded corners, as planners draw pohon kinerja by hand.
#include <vector>

#include "core/layout/geometry.h"

namespace pokin {

// A polyline with its corners rounded by `radius` (less where segments are short).
std::vector<Point> rounded_polyline(std::vector<Point> points, double radius);

// A crosscutting-link curve from box `from_box` to box `to_box`, leaving and entering through the facing sides;
// `across` for left-right trees (bands are columns).
std::vector<Point> link_curve(const Rect& from_box, const Rect& to_box, bool across);

// A filled triangle whose tip is the curve's last point, pointing along its last segment.
std::vector<Point> arrowhead_at_end(const std::vector<Point>& curve, double length = 7, double half_width = 3.5);

}  // namespace pokin
