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

std::string upper(std::string text) {
  for (char& c : text)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return text;
}

// A pohon kinerja listing of about 5,000 sasaran in the form of seed 003: a head, 40 Bidang, 12 Seksi under each,
// every unit with its SSn sasaran and IKn indicators; the topic words repeat down each branch as in real
// documents, so every sasaran below the head gets a suggested parent.
std::string listing_text(int bidang_count = 40, int seksi_per_bidang = 12, int sasaran_per_seksi = 10) {
  static const char* const kTopics[] = {"investasi", "perizinan", "industri", "tenaga kerja", "koperasi",
                                        "perdagangan", "pariwisata", "pertanian", "kesehatan", "pendidikan"};
  static const char* const kAspects[] = {"kualitas", "cakupan", "ketepatan waktu", "kepatuhan", "digitalisasi",
                                         "promosi", "pembinaan", "pengawasan", "data", "regulasi"};
  std::string text = "KEPALA DINAS\n";
  for (int i = 0; i < 10; ++i)
    text += "SS" + std::to_string(i + 1) + ". Meningkatnya " + kAspects[i] + " " + kTopics[i] + " daerah\nIKU " +
            std::to_string(i + 1) + ". Indeks " + kTopics[i] + "\n";
  for (int b = 0; b < bidang_count; ++b) {
    std::string topic = kTopics[b % 10];
    text += "\n" + upper("BIDANG " + topic + " " + std::to_string(b + 1)) + "\n";
    for (int s = 0; s < 5; ++s)
      text += "SS" + std::to_string(s + 1) + ". Meningkatnya " + kAspects[(b + s) % 10] + " layanan " + topic +
              "\nIK" + std::to_string(s + 1) + ". Persentase " + kAspects[(b + s) % 10] + " " + topic + "\n";
    for (int k = 0; k < seksi_per_bidang; ++k) {
      text += "\n" + upper("SEKSI " + std::string(kAspects[k % 10]) + " " + topic + " " + std::to_string(b + 1) + "." +
                           std::to_string(k + 1)) + "\n";
      for (int s = 0; s < sasaran_per_seksi; ++s)
        text += "SS" + std::to_string(s + 1) + ". Terlaksananya " + kAspects[(k + s) % 10] + " " + topic +
                " tahap " + std::to_string(s + 1) + "\nIK" + std::to_string(s + 1) + ". Jumlah " +
                kAspects[(k + s) % 10] + " " + topic + " yang selesai\n";
    }
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

  // 5,000 sasaran, then twice as many Bidang (10,000) to see that the time grows linearly.
  for (int bidang : {40, 80}) {
    std::string listing = listing_text(bidang);
    std::size_t listing_counts[3] = {0, 0, 0};
    double listing_ms = best_of(5, [&] {
      pokin::import::ImportResult result = pokin::import::import_text("listing.txt", listing, {});
      listing_counts[0] = result.document.sasaran.size();
      listing_counts[2] = 0;
      listing_counts[1] = result.report.suggestions.size();
      for (const auto& suggestion : result.report.suggestions) listing_counts[2] += suggestion.applied ? 1 : 0;
    });
    // The suggestion step alone, on the same document with its suggested links taken away again.
    pokin::Document unlinked = pokin::import::import_text("listing.txt", listing, {}).document;
    for (auto& [id, sasaran] : unlinked.sasaran)
      if (sasaran.link_origin == pokin::LinkOrigin::Suggested) sasaran.parent = pokin::kNoId;
    double suggest_ms = best_of(5, [&] {
      pokin::Document document = unlinked;
      pokin::import::ImportReport report;
      pokin::import::suggest_cascade(document, report);
    });
    std::printf("listing of %zu sasaran (%zu suggestions, %zu applied): best of 5 %.1f ms (read + place + suggest), "
                "suggest alone %.1f ms\n",
                listing_counts[0], listing_counts[1], listing_counts[2], listing_ms, suggest_ms);
  }

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
