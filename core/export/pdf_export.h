#pragma once
// PDF for paper (cairo): the figure fitted on one page or tiled 1:1 over A4/A3/F4 pages with overlap margins;
// every page has a header (instansi, title), a footer (date, "Halaman i dari n", tile row/column) and the
// signature block travels with the figure when asked for.
#include <filesystem>

#include "core/export/figure.h"
#include "core/export/page_setup.h"

namespace pokin {

// Writes the PDF and returns the number of pages written (tile_grid(...).pages()). Throws UserError when the
// file cannot be written.
int write_pdf(const std::filesystem::path& path, const FigureText& text, const Geometry& geometry,
              const PageSetup& setup);

}  // namespace pokin
