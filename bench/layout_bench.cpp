// Layout + SVG against `dot -Tsvg` (default settings) on the DOT file Pokin writes for the same view, the same
// layout + SVG with the Graphviz engine (LayoutEngine::Graphviz, dot in-process), relayout time, and resident memory. Figures and the command are in docs/PERFORMANCE.md ("Layout and export"). Then the page-fitted style against compact (time, bounds, one-page scale).
//   build/layout_bench [max_sasaran]     (needs `dot` on PATH for the ratio; sizes 100..10,000)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "bench_support.h"
#include "core/export/dot_export.h"
#include "core/export/figure.h"
#include "core/export/svg_export.h"
#include "core/layout/layout_service.h"
#include "core/synthetic/synthetic_document.h"

using namespace pokin;

namespace {

struct Timing {
  double layout_ms;
  double svg_ms;
  std::size_t svg_bytes;
};

// Layout (through the service, as every caller does: Graphviz only runs on its thread) and SVG.
Timing layout_and_svg(LayoutService& layout, const Document& document, const LayoutView& view,
                      Geometry* keep = nullptr) {
  auto start = std::chrono::steady_clock::now();
  Geometry geometry = layout.layout_now(document, view);
  double layout_ms = bench::milliseconds_since(start);
  start = std::chrono::steady_clock::now();
  std::string svg = figure_to_svg(make_figure_text(document, geometry, view, "1 Januari 2026", false), geometry);
  double svg_ms = bench::milliseconds_since(start);
  if (keep) *keep = std::move(geometry);
  return {layout_ms, svg_ms, svg.size()};
}

double best_of(int runs, const auto& run) {
  double best = 1e300;
  for (int i = 0; i < runs; ++i) best = std::min(best, run());
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  int max_sasaran = argc > 1 ? std::atoi(argv[1]) : 10000;
  bool have_dot = std::system("dot -V > /dev/null 2>&1") == 0;
  std::printf("%8s %8s %10s %10s %10s %12s %12s %14s %8s\n", "sasaran", "boxes", "layout ms", "svg ms", "svg MB",
              "dot -Tsvg ms", "ratio", "graphviz ms", "RSS MB");
  LayoutService layout;
  for (int size : {100, 500, 2000, 5000, 10000}) {
    if (size > max_sasaran) break;
    SyntheticOptions options;
    options.sasaran = size;
    Document document = make_synthetic_document(options);
    LayoutView view;
    view.fields.target_year = 2024;
    Geometry geometry;
    Timing pokin{};
    double total = best_of(3, [&] {
      pokin = layout_and_svg(layout, document, view, &geometry);
      return pokin.layout_ms + pokin.svg_ms;
    });

    double dot_ms = -1;
    if (have_dot && size <= 5000) {
      auto path = std::filesystem::temp_directory_path() / ("pokin_bench_" + std::to_string(size) + ".dot");
      std::ofstream(path) << geometry_to_dot(geometry, view, "bench");
      std::string command = "dot -Tsvg '" + path.string() + "' -o /dev/null 2>/dev/null";
      auto start = std::chrono::steady_clock::now();
      if (std::system(command.c_str()) == 0) dot_ms = bench::milliseconds_since(start);
      std::filesystem::remove(path);
    }
    // The Graphviz engine: layout + SVG, one run (it is the slow one); not at 10,000.
    std::string graphviz = "-";
    if (size <= 5000) {
      LayoutView graphviz_view = view;
      graphviz_view.engine = LayoutEngine::Graphviz;
      Timing timing = layout_and_svg(layout, document, graphviz_view);
      graphviz = std::to_string(static_cast<int>(timing.layout_ms)) + "+" + std::to_string(static_cast<int>(timing.svg_ms));
    }
    std::printf("%8zu %8zu %10.1f %10.1f %10.1f %12.0f %12s %14s %8.0f\n", document.sasaran.size(),
                geometry.boxes.size(), pokin.layout_ms, pokin.svg_ms, pokin.svg_bytes / 1e6, dot_ms,
                dot_ms > 0 ? (std::to_string(static_cast<int>(dot_ms / total)) + "x").c_str() : "-", graphviz.c_str(),
                bench::peak_resident_mb());
    std::fflush(stdout);
  }

  // The page-fitted style against compact, fit = an A4 landscape page's content area (786 x 497 pt): layout time
  // and the scale a one-page fit would need, min(786 / W, 497 / H).
  std::printf("\n%8s %9s %10s %20s %12s\n", "sasaran", "style", "layout ms", "bounds pt", "page scale");
  for (int size : {500, 5000, 10000}) {
    if (size > max_sasaran) break;
    SyntheticOptions options;
    options.sasaran = size;
    Document document = make_synthetic_document(options);
    for (LayoutStyle style : {LayoutStyle::Compact, LayoutStyle::Fitted}) {
      LayoutView view;
      view.style = style;
      view.fit = {786, 497};
      view.fields.target_year = 2024;
      Geometry geometry;
      double ms = best_of(3, [&] {
        auto start = std::chrono::steady_clock::now();
        geometry = layout.layout_now(document, view);
        return bench::milliseconds_since(start);
      });
      std::string bounds = std::to_string(static_cast<int>(geometry.bounds.width)) + " x " +
                           std::to_string(static_cast<int>(geometry.bounds.height));
      double scale = std::min(786 / geometry.bounds.width, 497 / geometry.bounds.height);
      std::printf("%8zu %9s %10.1f %20s %12.4f\n", document.sasaran.size(),
                  style == LayoutStyle::Fitted ? "fitted" : "compact", ms, bounds.c_str(), scale);
      std::fflush(stdout);
    }
  }
  std::printf("\n");

  // Relayout of a 500-sasaran document as the app does it: through the LayoutService, one edit at a time.
  SyntheticOptions options;
  options.sasaran = 500;
  auto document = std::make_shared<const Document>(make_synthetic_document(options));
  LayoutService service;
  for (LayoutEngine engine : {LayoutEngine::Pokin, LayoutEngine::Graphviz}) {
    LayoutView view;
    view.engine = engine;
    view.fields.target_year = 2024;
    double worst = 0, sum = 0;
    const int rounds = 20;
    for (int i = 0; i < rounds; ++i) {
      view.style = i % 2 ? LayoutStyle::Compact : LayoutStyle::TopDown;
      auto start = std::chrono::steady_clock::now();
      std::uint64_t generation = service.submit(document, view);
      std::optional<Geometry> result;
      while (!(result = service.take_latest()) || result->generation != generation) std::this_thread::yield();
      double ms = bench::milliseconds_since(start);
      worst = std::max(worst, ms);
      sum += ms;
    }
    std::printf("relayout of %zu sasaran through LayoutService, %s engine: mean %.1f ms, worst %.1f ms (target <= 50 ms)\n",
                document->sasaran.size(), engine == LayoutEngine::Pokin ? "Pokin" : "Graphviz", sum / rounds, worst);
  }
  std::printf("peak RSS: %.0f MB (target <= 200 MB at 10,000 sasaran)\n", bench::peak_resident_mb());
  return 0;
}
