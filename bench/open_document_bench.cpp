// Opening a large .pokin document: time to a loaded model and peak resident memory.
//   open_document_bench --make FILE   writes a synthetic document (5,000 sasaran, 4 indikator each, 6 years)
//   open_document_bench FILE          opens it in a fresh process and prints the figures
// Goal (issue 2): <= 300 ms to a loaded model, <= 150 MB resident.
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "bench_support.h"
#include "core/model/document_counts.h"
#include "core/store/document_file.h"
#include "core/synthetic/synthetic_document.h"

int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "--make") == 0) {
    pokin::SyntheticOptions options;
    options.sasaran = 5000;
    options.min_indikator = options.max_indikator = 4;
    options.realisasi = false;
    pokin::Document document = pokin::make_synthetic_document(options);
    std::filesystem::remove(argv[2]);
    auto start = std::chrono::steady_clock::now();
    pokin::store::DocumentFile::create(argv[2], document);
    auto counts = pokin::count_document(document);
    std::printf("wrote %s: %zu units, %zu sasaran, %zu indikator, %zu targets in %.0f ms\n", argv[2], counts.units,
                counts.sasaran, counts.indikator, counts.targets_filled, bench::milliseconds_since(start));
    return 0;
  }
  if (argc != 2) {
    std::fprintf(stderr, "usage: open_document_bench --make FILE | open_document_bench FILE\n");
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  pokin::Document document;
  auto file = pokin::store::DocumentFile::open(argv[1], document);
  double open_ms = bench::milliseconds_since(start);
  auto counts = pokin::count_document(document);
  std::printf("opened %zu sasaran, %zu indikator, %zu targets: %.1f ms to a loaded model, peak resident %.1f MB\n",
              counts.sasaran, counts.indikator, counts.targets_filled, open_ms, bench::peak_resident_mb());

  start = std::chrono::steady_clock::now();
  file.save(document);
  std::printf("save of the whole document: %.1f ms\n", bench::milliseconds_since(start));
  return 0;
}
