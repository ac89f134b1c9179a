#pragma once
// PDF for paper (cairo): the figure fitted on one page, or printed 1:1 as a poster of A4/A3/F4 pages cut between
// boxes (tile_plan.h) with glue bands, cut and registration marks and an assembly map (tile_marks.h); every page
// has a header (instansi, title) and a footer (date, "Halaman i dari n", the poster piece), and the signature
// block travels with the figure when asked for.
#include <filesystem>

#include "core/export/figure.h"
#include "core/export/page_setup.h"

namespace pokin {

struct PdfPages {
  int pages = 1;         // pages written
  double scale = 1;      // Fit: how much the figure was shrunk; Tile: 1
  int split_blocks = 0;  // Tile: boxes bigger than a page, which a page edge had to cut
};

// Writes the PDF. Throws UserError when the file cannot be written.
PdfPages write_pdf(const std::filesystem::path& path, const FigureText& text, const Geometry& geometry,
                   const PageSetup& setup);

}  // namespace pokin
