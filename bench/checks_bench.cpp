// The desk review and the capaian roll-up on a Pemda-size document: the Checks panel and "colour by capaian" run
// them after every edit, so they must stay well inside a frame budget of interactive use.
//   checks_bench [SASARAN]   (default 5,000 sasaran, 4 indikator each, 6 years, realisasi for 3 years)
//   checks_bench chain DEPTH (check_document on a chain DEPTH units and DEPTH sasaran deep, core/synthetic/chain_document.h:
//                             the checks must stay linear in the size of the tree whatever its depth)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "bench_support.h"
#include "core/capaian/capaian_decorations.h"
#include "core/checks/check_document.h"
#include "core/synthetic/chain_document.h"
#include "core/synthetic/synthetic_document.h"

namespace {

int chain(int depth) {
  pokin::Document document = pokin::make_chain_document(depth);
  auto start = std::chrono::steady_clock::now();
  pokin::CheckReport report = pokin::check_document(document);
  double open_ms = bench::milliseconds_since(start);
  start = std::chrono::steady_clock::now();
  std::size_t cycles = pokin::check_document(pokin::make_chain_document(depth, true)).findings.size();
  double closed_ms = bench::milliseconds_since(start);
  std::printf("chain of %d units and %d sasaran: check_document %.1f ms (%zu findings); closed into one cycle: "
              "%.1f ms including building it (%zu findings)\n",
              depth, depth, open_ms, report.findings.size(), closed_ms, cycles);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 2 && std::string(argv[1]) == "chain") return chain(std::atoi(argv[2]));
  pokin::SyntheticOptions options;
  options.sasaran = argc > 1 ? std::atoi(argv[1]) : 5000;
  options.min_indikator = options.max_indikator = 4;
  pokin::Document document = pokin::make_synthetic_document(options);

  // Best of five: the figure is the work, not the machine's other load.
  double checks_ms = 1e9, capaian_ms = 1e9, decorations_ms = 1e9;
  std::size_t findings = 0, decorated = 0;
  for (int run = 0; run < 5; ++run) {
    auto start = std::chrono::steady_clock::now();
    pokin::CheckReport report = pokin::check_document(document);
    checks_ms = std::min(checks_ms, bench::milliseconds_since(start));
    findings = report.findings.size();

    start = std::chrono::steady_clock::now();
    pokin::CapaianYear capaian = pokin::compute_capaian_year(document, options.period_start);
    capaian_ms = std::min(capaian_ms, bench::milliseconds_since(start));

    start = std::chrono::steady_clock::now();
    decorated = pokin::capaian_decorations(document, capaian, pokin::Language::Indonesian).size();
    decorations_ms = std::min(decorations_ms, bench::milliseconds_since(start));
  }
  std::printf(
      "%zu units, %zu sasaran, %zu indikator: check_document %.1f ms (%zu findings), "
      "compute_capaian_year %.1f ms, capaian_decorations %.1f ms (%zu nodes); best of 5\n",
      document.units.size(), document.sasaran.size(), document.indikator.size(), checks_ms, findings, capaian_ms,
      decorations_ms, decorated);
  return 0;
}
