#pragma once
// The legend of a figure coloured by achievement: the five LKjIP bands (colour, symbol, label, range) and "not
// computable", each with the number of boxes of the figure that carry it, so a reader sees at once how many
// boxes are behind and how many have no figure at all. Labels in the chosen language.
#include "core/capaian/capaian_rollup.h"
#include "core/export/figure.h"
#include "core/text/bilingual.h"

namespace pokin {

// Replaces the level swatches of `text` with the capaian legend of `year`. Boxes are counted by their fill,
// which apply_capaian_decorations (core/capaian/capaian_decorations.h) set from the same band colours.
// `coverage`: the share below which a roll-up is "data belum lengkap" (named in that legend entry).
void use_capaian_legend(FigureText& text, const Geometry& geometry, int year, Language language,
                        double coverage = kDefaultCapaianCoverage);

}  // namespace pokin
