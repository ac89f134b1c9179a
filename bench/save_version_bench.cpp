// Recording a named version ("Simpan versi", core/store/document_versions.h) of a large document: the snapshot
// (write_document into a fresh in-memory database, serialise, compress) and the row written into the file, then
// reading the version back (decompress, check, read as a file is read).
//   save_version_bench            5,000 sasaran, 4 indikator each, 6 years (open_document_bench's document)
//   save_version_bench SASARAN    another size
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "bench_support.h"
#include "core/model/document_counts.h"
#include "core/store/document_versions.h"
#include "core/synthetic/synthetic_document.h"

int main(int argc, char** argv) {
  pokin::SyntheticOptions options;
  options.sasaran = argc > 1 ? std::atoi(argv[1]) : 5000;
  options.min_indikator = options.max_indikator = 4;
  options.realisasi = false;
  pokin::Document document = pokin::make_synthetic_document(options);
  auto counts = pokin::count_document(document);
  std::filesystem::path path = std::filesystem::temp_directory_path() / "pokin_save_version_bench.pokin";
  std::filesystem::remove(path);
  auto file = pokin::store::DocumentFile::create(path, document);
  auto file_bytes = std::filesystem::file_size(path);

  std::string snapshot;
  double snapshot_ms = bench::best_of_3([&] { snapshot = pokin::store::document_snapshot(document); });
  int saved = 0;
  double save_ms = bench::best_of_3([&] {
    pokin::store::save_version(file, document, "Versi " + std::to_string(++saved), "188.45/1/2026", "2026-12-02");
  });
  double read_ms = bench::best_of_3([&] { pokin::store::read_version(file, "Versi 1"); });
  auto grown_bytes = std::filesystem::file_size(path);
  std::printf("%zu sasaran, %zu indikator, %zu targets; file %.1f MB\n", counts.sasaran, counts.indikator,
              counts.targets_filled, file_bytes / 1048576.0);
  std::printf("snapshot (write + serialise + compress): %.0f ms, %.2f MB compressed\n", snapshot_ms,
              snapshot.size() / 1048576.0);
  std::printf("save_version (snapshot + row in the file, one transaction): %.0f ms (best of 3)\n", save_ms);
  std::printf("read_version (decompress + check + read): %.0f ms (best of 3)\n", read_ms);
  std::printf("file after 3 versions: %.1f MB\n", grown_bytes / 1048576.0);
  std::filesystem::remove(path);
  return 0;
}
