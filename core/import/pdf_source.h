#pragma once
// A PDF as the importer reads it: its words (core/pdf/pdf_words.h) rebuilt into tables (pdf_table_layout.h) and
// written out as tab-separated text, one line per table row (wrapped cell text joined, one cell per column) and one
// line per line of text around the tables (titles, unit, period, signatures). That text goes down the same path as
// any TSV, so a PDF's decree, listing or table is recognised as its text would be, and its title lines give the
// document's unit and period. Notes say which pages the lines came from and what was left out.
#include <string>
#include <string_view>
#include <vector>

#include "core/text/bilingual.h"

namespace pokin::import {

struct PdfSource {
  std::string text;             // tab-separated lines
  std::vector<Bilingual> notes;  // for the import report
};

// Throws UserError (without the file name) for a PDF that cannot be read: damaged, encrypted, without text.
PdfSource read_pdf_source(std::string_view bytes);

}  // namespace pokin::import
