#pragma once
// Where the camera stands when a document opens. Fitting the whole tree is right for a small tree; for a big one
// it makes a thin strip of unreadable boxes. So the document opens fitted only when its statements stay
// readable that way; otherwise at the zoom where they are readable, on the top of the tree (the Sasaran
// Strategis, or the top units in the unit view) at the top of the canvas. Home / "Lihat semua" still fits all.
#include "app/ui/camera.h"
#include "core/layout/geometry.h"

namespace pokin::ui {

// Statement text smaller than this many pixels (em) is not comfortable to read on a screen.
inline constexpr double kReadableStatementPixels = 11;

Camera opening_camera(const Geometry& geometry, double canvas_width, double canvas_height);

}  // namespace pokin::ui
