#include "app/ui/meeting_framing.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace pokin::ui {
namespace {

// The line that names a box: a sasaran's statement, a unit's name, a stub's "+N".
const TextLine* title_line(const Box& box) {
  for (const TextLine& line : box.lines)
    if (line.style == TextStyle::Statement || line.style == TextStyle::Heading) return &line;
  return nullptr;
}

const std::vector<Id>& children_of(const Box& box, const TreeIndex& index) {
  return box.kind == BoxKind::Unit ? index.child_units(box.id) : index.child_sasaran(box.id);
}

Camera centred(const Rect& world, double zoom, double width, double height) {
  Camera camera;
  camera.zoom = std::clamp(zoom, Camera::kMinZoom, Camera::kMaxZoom);
  camera.center_on({world.x + world.width / 2, world.y + world.height / 2}, width, height);
  return camera;
}

// Which shown boxes to collapse so that about `keep_fraction` of the shown boxes remain: the deepest expanded
// level first, its biggest branches first; the roots of the view last.
std::set<Id> boxes_to_collapse(const Geometry& geometry, const TreeIndex& index, double keep_fraction) {
  std::unordered_map<Id, const Box*> shown;
  for (const Box& box : geometry.boxes)
    if (box.kind != BoxKind::CollapsedStub) shown.emplace(box.id, &box);
  std::unordered_map<Id, Id> parent;
  for (const auto& [id, box] : shown)
    for (Id child : children_of(*box, index))
      if (shown.count(child)) parent[child] = id;
  std::unordered_map<Id, int> depth, weight;  // weight: the shown boxes a collapse would take away
  for (const auto& [id, box] : shown) {
    int d = 0;
    for (auto up = parent.find(id); up != parent.end() && d <= static_cast<int>(shown.size()); up = parent.find(up->second)) {
      ++d;
      ++weight[up->second];
    }
    depth[id] = d;
  }
  // Deepest first: the top of the view (a focused branch's own box, with "+N" below it) is summarised last, only
  // when its children alone do not fit readably in a row.
  std::vector<Id> candidates;
  int deepest = -1;
  for (const auto& [id, taken] : weight) {
    (void)taken;
    deepest = std::max(deepest, depth[id]);
  }
  if (deepest < 0) return {};
  for (const auto& [id, taken] : weight)
    if (depth[id] == deepest) candidates.push_back(id);
  std::sort(candidates.begin(), candidates.end(), [&](Id a, Id b) {
    return weight[a] != weight[b] ? weight[a] > weight[b] : a < b;
  });
  const double total = static_cast<double>(geometry.boxes.size());
  const double to_remove = total - total * keep_fraction;
  std::set<Id> collapse;
  double removed = 0;
  for (Id id : candidates) {
    if (!collapse.empty() && removed >= to_remove) break;
    collapse.insert(id);
    removed += weight[id] - 1;  // its shown descendants go, one "+N" stub comes
  }
  return collapse;
}

}  // namespace

double smallest_title_points(const Geometry& geometry) {
  double smallest = 0;
  for (const Box& box : geometry.boxes)
    if (const TextLine* line = title_line(box))
      smallest = smallest == 0 ? line->size : std::min(smallest, line->size);
  return smallest;
}

double readable_zoom(const Geometry& geometry) {
  const double title = smallest_title_points(geometry);
  return title > 0 ? kMeetingTitlePixels / title : 1;
}

LayoutView::FitArea meeting_fit_area(double width, double height, double title_points) {
  const double zoom = kMeetingTitlePixels / std::max(title_points, 1.0);
  // Whole points: a canvas a fraction of a pixel different does not ask for a new layout.
  return {static_cast<double>(static_cast<long>(std::max(1.0, width - 2 * kMeetingMarginPixels) / zoom)),
          static_cast<double>(static_cast<long>(std::max(1.0, height - 2 * kMeetingMarginPixels) / zoom))};
}

MeetingFraming frame_meeting(const Geometry& geometry, const TreeIndex& index, double width, double height) {
  MeetingFraming framing;
  const Rect& world = geometry.bounds;
  const double usable_width = std::max(1.0, width - 2 * kMeetingMarginPixels);
  const double usable_height = std::max(1.0, height - 2 * kMeetingMarginPixels);
  const double fit_zoom = std::min(usable_width / std::max(world.width, 1.0), usable_height / std::max(world.height, 1.0));
  const double needed = readable_zoom(geometry);
  if (fit_zoom >= needed) {
    // Large enough to read; a few boxes are not blown up beyond one and a half times that.
    framing.readable = true;
    framing.camera = centred(world, std::min(fit_zoom, needed * 1.5), width, height);
    return framing;
  }
  framing.camera = centred(world, fit_zoom, width, height);
  const double shrink = needed / fit_zoom;
  framing.collapse = boxes_to_collapse(geometry, index, 1 / (shrink * shrink));
  return framing;
}

}  // namespace pokin::ui
