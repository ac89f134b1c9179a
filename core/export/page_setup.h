#pragma once
// Paper, orientation and tiling for PDF: fit the figure on one page, or print it 1:1 over as many pages as it
// needs with an overlap so the pieces can be taped together. Every page has a header (instansi, title) and a
// footer (date, page number).
#include <string>

#include "core/layout/geometry.h"
#include "core/view/paper.h"

namespace pokin {

enum class Pages { Fit, Tile };

struct PageSetup {
  Paper paper = Paper::A4;
  Orientation orientation = Orientation::Landscape;
  Pages pages = Pages::Fit;
  double margin = 28;       // points, on every side
  double header = 22;       // band above the content
  double footer = 20;       // band below the content
  double overlap = 24;      // tiles repeat up to this much of their neighbour (the glue band), gaps allowing
  double marks = 14;        // Tile: a strip above and below the content for cut and glue marks and their labels
};

struct PageSize {
  double width;
  double height;
};

PageSize page_size(const PageSetup& setup);
// The part of a page the figure is drawn in (for Tile, inside the strips for the marks).
Rect content_area(const PageSetup& setup);

struct TileGrid {
  int columns = 1;
  int rows = 1;
  double scale = 1;  // figure points -> page points
  int pages() const { return columns * rows; }
};

// How a figure of `width` x `height` points falls on pages: one page scaled down (never up beyond 1) for Fit,
// or, for Tile, a plain 1:1 grid cut anywhere: an estimate only (the printed poster cuts between boxes and leaves
// empty pages out: plan_tiles in tile_plan.h gives the true count).
TileGrid tile_grid(const PageSetup& setup, double width, double height);

}  // namespace pokin
