#pragma once
// The last step of every layout engine: moves the drawing (boxes, their text, curves, arrowheads) so that it
// starts Spacing::kMargin from the top-left origin and sets `bounds` to hold all of it plus that margin.
#include "core/layout/geometry.h"

namespace pokin {

void normalise_geometry(Geometry& geometry);

}  // namespace pokin
