#pragma once
// What a poster page carries so the pieces can be taped together (page coordinates, drawn by pdf_export):
// on the sides it shares with a neighbour, the cut line (dashed, "potong"), the glue band of the neighbour it
// goes under (tinted, "tempel A1 di sini") and registration marks that lie on top of each other when two pages
// are placed right; a small assembly map of all pages with this one filled.
#include "core/export/page_setup.h"
#include "core/export/painter.h"
#include "core/export/tile_plan.h"

namespace pokin {

// Under the figure: the tinted glue bands of tile `index` (where the tiles to its left and above are pasted).
void paint_glue_bands(Painter& painter, const PageSetup& setup, const TilePlan& plan, int index);

// Over the figure: cut lines, registration marks and their labels, in the content area and the mark strips.
void paint_cut_marks(Painter& painter, const PageSetup& setup, const TilePlan& plan, int index);

// The whole poster in a `box` of the page (proportional, centred), tile `index` filled, each tile labelled when
// there is room.
void paint_assembly_map(Painter& painter, const TilePlan& plan, int index, const Rect& box);

// How to put the poster together, one line for the first page.
const char* assembly_instructions();

}  // namespace pokin
