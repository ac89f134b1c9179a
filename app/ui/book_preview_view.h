#pragma once
// The pages of a figure book as the export will write them (core/export/export_document.h preview_book), drawn
// small in the export dialog: each page's printable area with its title block and boxes where they will print,
// and its number, so the planner sees how many pages there are and how each is filled before exporting.
#include "core/export/figure_book.h"

namespace pokin::ui {

// Thumbnails in rows across the available width, at most `max_pages` of them, then "+N".
void book_preview_view(const FigureBook& book, int max_pages = 12);

}  // namespace pokin::ui
