#pragma once
// A figure book as one PDF (cairo): one page per book page, on the book's paper, each figure at its planned scale
// (so its text prints at the planned size, never below the book's min_text), centred across the page under the
// top margin. A page that could not be made to fit (BookPage::fits false) gets a page of its own larger size
// rather than shrunken text; the book's warnings say so.
#include <filesystem>

#include "core/export/figure_book.h"
#include "core/export/page_setup.h"

namespace pokin {

// Writes the PDF and returns the number of pages written. Throws UserError when the file cannot be written.
int write_book_pdf(const std::filesystem::path& path, const FigureBook& book, const PageSetup& setup);

}  // namespace pokin
