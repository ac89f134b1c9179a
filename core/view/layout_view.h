#pragma once
// What to lay out: a view of a document. The canvas of the app and every export build one of these and get the
// same geometry for it, so what the planner sees is what they export. Plain data below every folder that reads
// it (capaian and checks write decorations into it, layout reads it, export and the app hold it).
#include <set>
#include <string>
#include <unordered_map>

#include "core/model/ids.h"
#include "core/text/bilingual.h"
#include "core/view/node_decoration.h"

namespace pokin {

enum class Granularity {
  Sasaran,  // a box per sasaran: code, statement, its indicators (with a target), owner unit
  Unit,     // a box per unit listing its sasaran and indicators (as in a pohon kinerja listing)
};

enum class LayoutStyle {
  TopDown,    // tree growing downwards
  LeftRight,  // tree growing to the right
  Compact,    // top-down, but the last level(s) of a branch stack vertically under their parent
  // Shaped to fill `LayoutView::fit` (a page's or a screen's content area): per branch, a wide row of siblings
  // wraps into several rows under its parent, leaves stack, a deep narrow branch turns to the right.
  Fitted,
};

// Which engine places the boxes and routes the edges. Both give the same Geometry with identical box contents.
enum class LayoutEngine {
  Pokin,     // Pokin's tidy tree and elbow edges: fast (linear), compact style supported
  Graphviz,  // Graphviz `dot` (newrank, splines): the classic hierarchical drawing, curved edges
};

// Which fields a sasaran box shows.
struct BoxFields {
  bool indikator = true;         // list the indicators
  int target_year = 0;           // show each indicator's target (and satuan) of this year; 0 = no target
  bool owner_unit = true;        // the unit that owns the sasaran
  bool penanggung_jawab = false;
  // With target_year: each indicator's realisasi of that year and its capaian ("Realisasi 2024: 76% · capaian
  // 95%"), for figures coloured by achievement.
  bool realisasi = false;
  // Of the few words the layout writes itself ("belum diisi" / "not filled in"); domain words (Target, Realisasi,
  // Capaian) stay Indonesian in both.
  Language language = Language::Indonesian;

  bool operator==(const BoxFields&) const = default;
};

struct LayoutView {
  Granularity granularity = Granularity::Sasaran;
  LayoutStyle style = LayoutStyle::TopDown;
  LayoutEngine engine = LayoutEngine::Pokin;
  Id branch = kNoId;          // only this sasaran or unit and everything below it; kNoId = whole document
  // With a unit `branch` in the sasaran view: also the sasaran outside the branch that its top sasaran support,
  // each once, as the roots above them (one OPD of a Pemda document under the RPJMD sasaran it serves). Only the
  // branch's own sasaran hang under them.
  bool branch_supported = false;
  int max_levels = 0;         // show to level N below the top of the view; 0 = all levels
  std::set<Id> collapsed;     // nodes whose subtree is drawn as one "+N" stub
  bool crosscutting = true;   // draw crosscutting links (dashed, not moving the tree)
  BoxFields fields;
  double wrap_width = 200;    // points; long statements wrap at this width
  // For LayoutStyle::Fitted: the area the figure should fill, in points at 100% (a page's content area at the
  // scale that keeps the smallest text readable, or a screen). Only its proportions and width matter.
  struct FitArea {
    double width = 0;
    double height = 0;
    bool operator==(const FitArea&) const = default;
  } fit;
  std::unordered_map<Id, NodeDecoration> decorations;

  bool operator==(const LayoutView&) const = default;
};

}  // namespace pokin
