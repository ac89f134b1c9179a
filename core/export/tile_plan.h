#pragma once
// A figure printed 1:1 as a poster of pages (`--pages tile`). The cut lines run through the gaps between boxes,
// never through a box: a page shows whole boxes only, and only a piece bigger than a page is cut (counted in
// split_blocks, for a warning). Each page fills its content area as far as the gaps allow and repeats a band of
// its neighbour beyond each cut line (the glue band, up to PageSetup::overlap). Pages that would show nothing of
// the figure are left out. The title block and the signature block are put where they need no page of their own.
// Of four ways to cut (a plain grid; rows cut separately; columns cut separately; guillotine cuts, full-height
// where the tree allows and rows only where it does not) the plan that cuts fewest pieces, then has fewest
// pages, wins.
#include <string>
#include <vector>

#include "core/export/figure.h"
#include "core/export/page_setup.h"

namespace pokin {

struct Tile {
  int row = 0;     // 0-based; labels number rows from 1
  int column = 0;  // 0-based within its row; labels letter columns from A
  Rect window;     // the part of the figure the page prints, glue bands included (figure points)
  Rect cut;        // the part that stays after trimming; its edges shared with a neighbour are the cut lines
  std::string label() const;  // "B2": column B, row 2
};

enum class TileSide { Left, Right, Top, Bottom };

struct TilePlan {
  std::vector<Tile> tiles;  // the printed pages, row by row, left to right
  int rows = 0;
  int columns = 0;          // the most in any row
  // Every row is cut at the same x (a plain grid). False when rows are cut separately (like a brick wall) or
  // by guillotine cuts, which a figure gets when no common cut line misses every box.
  bool grid = true;
  bool columns_first = false;  // the figure was cut into columns first (a left-to-right tree), then each column
  int split_blocks = 0;        // pieces bigger than a page that a cut line had to go through

  // Indices of the tiles that meet tiles[i] along `side` (glued there).
  std::vector<int> neighbours(int i, TileSide side) const;
};

// The figure text of a poster on `setup`: a title-block line wider than a page (a long instansi) is left to the
// page header, which carries the instansi on every page, instead of being cut by a page edge.
FigureText poster_text(const FigureText& text, const PageSetup& setup);

// Plans the poster of `layout` on the pages of `setup` (content_area). With text.signature, moves
// layout.signature into free space on a page that already shows the diagram (under the diagram when the last
// row of pages has room, else a free corner), or, when there is none, keeps it under the diagram on a page that
// also holds boxes; updates layout.height to match.
TilePlan plan_tiles(const PageSetup& setup, const FigureText& text, const Geometry& geometry, FigureLayout& layout);

// The same for already-measured pieces: `blocks` (page edges never cut them; `diagram` marks which are boxes)
// and `marks` (points of lines and edges: a page with one of them is not empty). Figure of width x height,
// content area of page_width x page_height. Exposed for tests with hand-placed pieces.
struct TileBlock {
  Rect rect;
  bool diagram = true;
};
TilePlan plan_tile_pieces(const std::vector<TileBlock>& blocks, const std::vector<Point>& marks, double width,
                          double height, double page_width, double page_height, double overlap);

}  // namespace pokin
