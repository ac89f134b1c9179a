#pragma once
// File names for the pages of a figure book written one file per page (SVG, PNG): "pohon.svg" becomes
// "pohon-01.svg", "pohon-02.svg" ... when there is more than one page, and stays "pohon.svg" for a single page.
// Numbers have at least two digits and as many as the page count needs, so the files sort in page order.
#include <filesystem>

namespace pokin {

// `page` is 1-based; `pages` the number of pages of the book.
std::filesystem::path numbered_page_path(const std::filesystem::path& path, int page, int pages);

}  // namespace pokin
