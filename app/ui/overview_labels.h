#pragma once
// The readable overview: far out, where a box's own text is too small to read, the canvas names the top boxes of
// the view instead, at a readable size, with how many sasaran each branch holds ("SS1 · 12 sasaran"), the higher
// levels first and no label over another. Pure placement, tested without a window.
#include <functional>
#include <string>
#include <vector>

#include "app/ui/camera.h"
#include "core/layout/geometry.h"
#include "core/model/document.h"
#include "core/model/tree_index.h"

namespace pokin::ui {

// Labels are drawn this many pixels high (em), whatever the zoom.
inline constexpr double kOverviewLabelPixels = 15;

struct OverviewLabel {
  Id id = kNoId;
  std::string text;
  Rect screen;  // pixels, inside the canvas
  int level = 0;
};

// Text width in pixels at `pixels` em (ImGui's measure in the app, an estimate in tests).
using MeasureText = std::function<double(const std::string& text, double pixels)>;

// The labels for `geometry` seen through `camera` on a canvas at `canvas_min` of width x height pixels.
std::vector<OverviewLabel> overview_labels(const Geometry& geometry, const Document& document, const TreeIndex& index,
                                           const Camera& camera, Point canvas_min, double width, double height,
                                           const MeasureText& measure);

// "SS1 · 12 sasaran": the box's code (or the start of its statement, or a unit's name) and, when its branch has
// sasaran below it, how many; in a Pemda document an OPD's sasaran starts with its OPD ("Dinas Kesehatan SS1").
std::string overview_label_text(const Document& document, const TreeIndex& index, Id id);

}  // namespace pokin::ui
