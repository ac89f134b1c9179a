// Import speed: the largest seed document and 10 MB of spreadsheet table text.
//   import_bench SEED.txt [MEGABYTES]
// Goal (issue 3): <= 50 ms for the largest seed (001, 135 KB), <= 2 s for 10 MB of table text.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "bench_support.h"
#include "core/commands/editor.h"
#include "core/import/import_document.h"

namespace {

// A semicolon CSV like a Pemda-wide matrix: units, sasaran, indicators with formulas and five yearly targets.
std::string table_text(std::size_t bytes) {
  std::string text = "Unit Kerja;Sasaran;Indikator;Formulasi;Satuan;Target 2025;Target 2026;Target 2027;Target 2028;"
                     "Target 2029;Sumber Data\n";
  for (int row = 0; text.size() < bytes; ++row) {
    int unit = row / 40, sasaran = row / 4;
    text += "Seksi Pelayanan Perizinan " + std::to_string(unit) + ";Meningkatnya kualitas pelayanan perizinan nomor " +
            std::to_string(sasaran) + ";Persentase izin yang diterbitkan tepat waktu " + std::to_string(row) +
            ";\"$\\frac{\\Sigma \\text{izin tepat waktu}}{\\Sigma \\text{izin}} \\times 100\\%$\";%;80;82,5;85;"
            "87,5;90;Aplikasi SiCantik\n";
  }
  return text;
}

template <class F>
double best_of(int runs, F&& run) {
  double best = 1e18;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    run();
    best = std::min(best, bench::milliseconds_since(start));
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: import_bench SEED.txt [MEGABYTES]\n");
    return 2;
  }
  std::size_t counts[3] = {0, 0, 0};
  double seed_ms = best_of(10, [&] {
    pokin::import::ImportResult result = pokin::import::import_file(argv[1], {});
    pokin::Editor editor;
    std::vector<pokin::import::ImportResult> results{std::move(result)};
    pokin::import::apply_imports(editor, results);
    counts[0] = editor.document().units.size();
    counts[1] = editor.document().sasaran.size();
    counts[2] = editor.document().indikator.size();
  });
  std::printf("%s: %zu units, %zu sasaran, %zu indikator: best of 10 %.1f ms (import + merge)\n", argv[1], counts[0],
              counts[1], counts[2], seed_ms);

  double megabytes = argc > 2 ? std::atof(argv[2]) : 10;
  std::string text = table_text(static_cast<std::size_t>(megabytes * 1024 * 1024));
  std::size_t indikator = 0;
  double table_ms = best_of(3, [&] {
    pokin::import::ImportResult result = pokin::import::import_text("bench.csv", text, {});
    indikator = result.document.indikator.size();
  });
  std::printf("%.1f MB of table text: %zu indikator: best of 3 %.0f ms, peak resident %.0f MB\n",
              text.size() / 1048576.0, indikator, table_ms, bench::peak_resident_mb());
  return 0;
}
