// Import speed of a PDF table: an IKU-shaped table (No, Sasaran, Indikator, Satuan, a target per year for five
// years, Penanggung Jawab) drawn as an office suite prints it (core/synthetic/table_pdf.h: borders, wrapped
// cells, numbers right-aligned, the header repeated on every page, a page number footer), over PAGES pages.
//   pdf_table_import_bench [PAGES]                (default 100)
//   pdf_table_import_bench --write FILE [PAGES]   (the PDF itself, to try it with `pokin import`)
//   pdf_table_import_bench --text [PAGES]         (the table text the PDF reader rebuilds from it)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#include "bench_support.h"
#include "core/import/import_document.h"
#include "core/import/pdf_source.h"
#include "core/synthetic/table_pdf.h"

namespace {

using pokin::synthetic::DrawnCell;

constexpr int kRowsPerPage = 12;

std::string table_pdf(int pages) {
  pokin::synthetic::DrawnTable table;
  table.column_widths = {25, 170, 190, 45, 45, 45, 45, 45, 45, 100};
  table.header = {{{"No", 1, 2}, {"Sasaran Strategis", 1, 2}, {"Indikator Kinerja", 1, 2}, {"Satuan", 1, 2},
                   {"Target", 5}, {"Penanggung Jawab", 1, 2}},
                  {{"2025"}, {"2026"}, {"2027"}, {"2028"}, {"2029"}}};
  table.rows_per_page = kRowsPerPage;
  for (int row = 0; row < pages * kRowsPerPage; ++row) {
    std::string n = std::to_string(row + 1);
    bool first = row % 3 == 0;  // three indicators to a sasaran
    pokin::synthetic::DrawnRow cells = {
        {first ? std::to_string(row / 3 + 1) : "", 1, 1, true},
        {first ? "Meningkatnya kualitas pelayanan publik dan tata kelola pemerintahan bidang " + n : ""},
        {"Persentase capaian layanan yang diselesaikan tepat waktu sesuai standar " + n},
        {"%"}};
    for (int year = 0; year < 5; ++year) cells.push_back({std::to_string(70 + (row + year) % 25) + ",5", 1, 1, true});
    cells.push_back({"Bidang Pelayanan " + std::to_string(row / 3 % 4 + 1)});  // one unit per sasaran
    table.body.push_back(std::move(cells));
  }
  pokin::synthetic::DrawnDocument document;
  pokin::synthetic::DrawnLine title{{"INDIKATOR KINERJA UTAMA DINAS PELAYANAN KABUPATEN CONTOH TAHUN 2025-2029"}, true, true, {}};
  document.blocks.push_back({{title}, {table}, false});
  return pokin::synthetic::draw_table_pdf(document);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 2 && std::strcmp(argv[1], "--write") == 0) {
    std::ofstream(argv[2], std::ios::binary) << table_pdf(argc > 3 ? std::atoi(argv[3]) : 100);
    return 0;
  }
  if (argc > 1 && std::strcmp(argv[1], "--text") == 0) {
    std::fputs(pokin::import::read_pdf_source(table_pdf(argc > 2 ? std::atoi(argv[2]) : 1)).text.c_str(), stdout);
    return 0;
  }
  int pages = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100;
  std::string pdf = table_pdf(pages);
  std::size_t sasaran = 0, indikator = 0;
  double best = 1e18;
  for (int run = 0; run < 3; ++run) {
    auto start = std::chrono::steady_clock::now();
    pokin::import::ImportResult result = pokin::import::import_text("iku.pdf", pdf, {});
    best = std::min(best, bench::milliseconds_since(start));
    sasaran = result.document.sasaran.size();
    indikator = result.document.indikator.size();
  }
  std::printf("%d-page PDF table (%.1f MB, IKU shape, header repeated, %d rows a page): %zu sasaran, %zu indikator: "
              "best of 3 %.0f ms, peak resident %.0f MB\n",
              pages, pdf.size() / 1048576.0, kRowsPerPage, sasaran, indikator, best, bench::peak_resident_mb());
  return 0;
}
