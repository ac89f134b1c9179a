#include "core/import/pdf_source.h"

#include "core/pdf/pdf_table_layout.h"
#include "core/pdf/pdf_words.h"

namespace pokin::import {
namespace {

// A cell may hold no tab or line break: those would split it in the text read back.
void append_cell(std::string& text, const std::string& cell) {
  for (char c : cell) text += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

}  // namespace

PdfSource read_pdf_source(std::string_view bytes) {
  pdf::PdfWords words = pdf::read_pdf_words(bytes);
  pdf::PdfLayout layout = pdf::rebuild_tables(words);
  PdfSource source;
  source.notes = std::move(words.notes);
  for (Bilingual& note : layout.notes) source.notes.push_back(std::move(note));
  int line = 0, page = 0, page_first_line = 0;
  std::string pages;  // "1: 1-40, 2: 41-80"
  auto end_page = [&] {
    if (page > 0)
      pages += (pages.empty() ? "" : ", ") + std::to_string(page) + ": " + std::to_string(page_first_line) + "-" + std::to_string(line);
  };
  for (const pdf::PdfRow& row : layout.rows) {
    if (row.page != page) {
      end_page();
      page = row.page;
      page_first_line = line + 1;
    }
    ++line;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      if (i > 0) source.text += '\t';
      append_cell(source.text, row.cells[i]);
    }
    source.text += '\n';
  }
  end_page();
  source.notes.push_back({"Dibaca dari PDF (" + std::to_string(words.pages.size()) + " halaman); nomor baris = baris teks "
                              "tabel yang disusun ulang, per halaman " + pages + ".",
                          "Read from a PDF (" + std::to_string(words.pages.size()) + " pages); line numbers are lines of "
                              "the rebuilt table text, per page " + pages + "."});
  if (layout.dropped_page_marks > 0 || layout.dropped_repeated_headers > 0)
    source.notes.push_back({std::to_string(layout.dropped_page_marks) + " nomor/kepala/kaki halaman dan " +
                                std::to_string(layout.dropped_repeated_headers) + " baris judul tabel yang diulang di halaman "
                                "lanjutan dilewati.",
                            std::to_string(layout.dropped_page_marks) + " page numbers/headers/footers and " +
                                std::to_string(layout.dropped_repeated_headers) + " table header rows repeated on continued "
                                "pages were skipped."});
  return source;
}

}  // namespace pokin::import
