#pragma once
// The printed figure: a title block (title, instansi, period, date, legend), the diagram of a Geometry, and an
// optional signature block (penandatangan, NIP) under it. Drawn through a Painter, so SVG, PDF and PNG show the
// same thing the canvas shows.
#include <cstdint>
#include <string>
#include <vector>

#include "core/export/painter.h"
#include "core/layout/geometry.h"
#include "core/model/document.h"
#include "core/text/indonesian_date.h"  // today_indonesian(), which callers of make_figure_text pass
#include "core/view/layout_view.h"

namespace pokin {

struct FigureText {
  std::string title = "Pohon Kinerja";
  std::string instansi;  // with the pemda
  std::string period;    // "Periode Renstra 2021–2026 · Target tahun 2024"
  std::string date;      // "Dicetak 23 November 2026"
  // The legend comes from data: make_figure_text puts one swatch per level present (colour by level);
  // use_capaian_legend (capaian_legend.h) replaces them with the capaian bands of a year.
  struct Swatch {
    std::uint32_t fill = 0;    // 0xRRGGBB
    std::uint32_t stroke = 0;
    std::string symbol;        // printed before the label ("▲▲"), so hue is never the only cue; may be empty
    std::string label;
    bool dashed = false;       // a dashed outline (a comparison's removed boxes)
  };
  std::string legend_title;          // bold, before the swatches ("Capaian 2024:"); empty = none
  std::vector<Swatch> swatches;
  std::string badge_label;           // legend entry for the findings badge on boxes; empty = none
  bool crosscutting = false;         // legend entry for crosscutting links
  bool unlinked = false;             // legend entry for sasaran not linked yet
  // Text-only entries, each on a row of its own after the others: what the boxes cannot show (a comparison's
  // changes without a box, core/compare/unshown_changes.h).
  std::vector<std::string> notes;
  bool signature = false;
  Penandatangan penandatangan;
  std::string signature_place_date;  // "Paringin, 23 November 2026"
};

// `date` is the printed date ("23 November 2026"); exports pass today's, tests a fixed one.
FigureText make_figure_text(const Document& document, const Geometry& geometry, const LayoutView& view,
                            const std::string& date, bool signature);

struct FigureLayout {
  double width = 0;
  double height = 0;
  Rect title;       // the title block: across the top, unless a tiled PDF moved it into free space (tile_plan.h)
  Rect legend;      // the ink of the legend, relative to the title block's top-left; empty when there is none
  double legend_right = 0;  // legend entries wrap before passing this x (never beyond width - 24)
  Point diagram;    // where the geometry's origin goes
  Rect signature;   // empty when none; under the diagram at the right, unless a tiled PDF moved it (tile_plan.h)
};

// The figure's parts in figure points. The legend wraps inside the figure's width, or inside `legend_wrap` when
// that is smaller and positive (a tiled PDF passes its page width so the legend lands on the first page); the
// figure is never widened for a legend beyond its title and widest entry.
FigureLayout arrange_figure(const FigureText& text, const Geometry& geometry, double legend_wrap = 0);

// The pieces of ink a page edge must not cut through, in figure points: every box (with its badge), each line of
// the title block, each legend entry and the signature block. Lines and edges are not among them.
std::vector<Rect> figure_blocks(const FigureText& text, const Geometry& geometry, const FigureLayout& layout);

// Draws the whole figure with its top-left at (0, 0). `visible` (figure coordinates) lets tiled output skip boxes
// off the page; pass the full figure to draw everything.
void paint_figure(Painter& painter, const FigureText& text, const Geometry& geometry, const FigureLayout& layout,
                  const Rect& visible);

// Only the diagram, offset by `origin`.
void paint_geometry(Painter& painter, const Geometry& geometry, Point origin, const Rect& visible);

}  // namespace pokin
