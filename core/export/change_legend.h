#pragma once
// The legend of a comparison figure (core/compare/diff_figure.h): one entry per mark (new, removed, moved,
// changed, unchanged) with the number of boxes of the figure that carry it, and a title that says the figure
// shows changes. Labels in the chosen language.
#include "core/export/figure.h"
#include "core/text/bilingual.h"

namespace pokin {

// Replaces the level swatches of `text` with the marks of a comparison. Boxes are counted by their fill, which
// diff_figure set from the same mark styles (core/view/change_marks.h).
void use_change_legend(FigureText& text, const Geometry& geometry, Language language);

}  // namespace pokin
