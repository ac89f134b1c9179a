#pragma once
// The words of a PDF with their boxes, read with Debian's poppler (poppler-cpp): the raw material from which
// pdf_table_layout.h rebuilds lines, columns and cells. The bytes are untrusted: an encrypted, password-locked,
// damaged or text-less file is refused with a UserError saying which, poppler's own complaints are kept off
// stderr, and pages and text are capped so that a crafted file cannot exhaust memory.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/bilingual.h"

namespace pokin::pdf {

// A word as poppler sets it on the page, in points from the page's top-left corner (y grows downwards).
struct PdfWord {
  std::string text;  // UTF-8
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct PdfPage {
  int number = 0;  // 1-based
  double width = 0, height = 0;
  std::vector<PdfWord> words;  // horizontal words only, in poppler's reading order
};

struct PdfLimits {
  int max_pages = 2000;
  std::size_t max_text_bytes = 64u * 1024 * 1024;  // of all words together
  std::size_t max_words_per_page = 10000;  // a dense table page holds 2,000-3,000; more is not a table page
};

struct PdfWords {
  std::vector<PdfPage> pages;
  int pages_in_file = 0;
  // Words that could not be placed (rotated or vertical text) and pages past the limits, named for the report.
  std::vector<Bilingual> notes;
};

// True when `bytes` start like a PDF ("%PDF").
bool looks_like_pdf(std::string_view bytes);

// Every page's words. Throws UserError for a file poppler cannot open (damaged, not a PDF), a file locked with a
// password (one encrypted with an empty password, as many official PDFs are, is read), a file with no pages, and a file with no text at all (a scan: Pokin does no OCR).
PdfWords read_pdf_words(std::string_view bytes, const PdfLimits& limits = {});

}  // namespace pokin::pdf
