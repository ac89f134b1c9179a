#pragma once
// How meeting mode frames what it shows: the camera that puts every shown box on the screen with box titles
// large enough to read from the back of a room, or, when the shown boxes need more room than the screen has,
// which branches to summarise as "+N" stubs (LayoutView::collapsed) before the next layout. Pure arithmetic over
// a geometry, tested without a window.
#include <set>

#include "app/ui/camera.h"
#include "core/layout/geometry.h"
#include "core/model/tree_index.h"
#include "core/view/layout_view.h"

namespace pokin::ui {

// A box title (the statement, a unit's name, a stub's "+N") at least this many pixels high (em): readable on a
// 1080p projector from the back of a meeting room.
inline constexpr double kMeetingTitlePixels = 24;
// Empty pixels kept around the shown boxes.
inline constexpr double kMeetingMarginPixels = 24;

// The size in points of the smallest box title in `geometry`; 0 when it has no titled box.
double smallest_title_points(const Geometry& geometry);

// The zoom at which the smallest title of `geometry` is kMeetingTitlePixels high.
double readable_zoom(const Geometry& geometry);

// The area, in layout points, that a screen of width x height pixels shows at the readable zoom of a title of
// `title_points` (what LayoutView::fit asks the fitted placement to fill).
LayoutView::FitArea meeting_fit_area(double width, double height, double title_points);

struct MeetingFraming {
  bool readable = false;  // every shown title is at least kMeetingTitlePixels high and every box on screen
  Camera camera;          // the camera to show the geometry with (always set: the best there is)
  std::set<Id> collapse;  // nodes to summarise as "+N" before framing again; empty when nothing more can be
};

// Frames `geometry` (laid out for `view`) on a canvas of width x height pixels. When it does not fit readably,
// `collapse` names the expanded boxes of the deepest level that has any, the biggest branches first, enough of
// them that the rest should fit; the top of the view is summarised last (its box stays, with "+N" below).
MeetingFraming frame_meeting(const Geometry& geometry, const TreeIndex& index, double width, double height);

}  // namespace pokin::ui
