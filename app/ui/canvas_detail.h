#pragma once
// What the canvas shows of a box at a given zoom, shared by the drawing and the hit test so that what a click
// does matches what is on screen: far out a box has no collapse toggle (a click on it selects it), and its
// finding badge shrinks with it.
#include "core/layout/geometry.h"

namespace pokin::ui {

// A box drawn fewer pixels high than this has no collapse toggle: neither drawn nor clicked.
inline constexpr double kToggleMinBoxPixels = 22;

// Whether the box's collapse toggle is on screen (and can be clicked) at `zoom`.
inline bool toggle_shown(const Box& box, double zoom) { return box.rect.height * zoom > kToggleMinBoxPixels; }

// The radius in pixels of a finding badge on `box` at `zoom`: `full_radius` at 100%, scaled with the zoom (at
// most 1.5 times `full_radius` close up), and never wider than half of the box's smaller side, so far out the
// badges never cover the boxes they sit on. Below 3 pixels the badge is not drawn.
double badge_radius(const Box& box, double zoom, double full_radius);

}  // namespace pokin::ui
