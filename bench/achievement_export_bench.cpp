// What colouring by achievement (and finding badges) adds to an export of a Pemda-size tree: the same SVG export
// by level and by capaian, with and without badges, on one synthetic document.
//   achievement_export_bench [SASARAN]   (default 5,000 sasaran, 2-4 indikator each, realisasi for 3 years)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "bench_support.h"
#include "core/export/export_document.h"
#include "core/synthetic/synthetic_document.h"

namespace {

double export_ms(pokin::LayoutService& layout, const pokin::Document& document, const pokin::ExportRequest& request) {
  return bench::best_of_3([&] { pokin::export_document(document, request, layout); });
}

}  // namespace

int main(int argc, char** argv) {
  pokin::SyntheticOptions options;
  options.sasaran = argc > 1 ? std::atoi(argv[1]) : 5000;
  pokin::Document document = pokin::make_synthetic_document(options);

  pokin::LayoutService layout;
  pokin::ExportRequest request;
  request.format = pokin::ExportFormat::Svg;
  request.output = std::filesystem::temp_directory_path() / "pokin_achievement_bench.svg";
  request.view.style = pokin::LayoutStyle::Compact;
  request.view.fields.target_year = options.period_start;
  double level = export_ms(layout, document, request);
  request.colour = pokin::BoxColour::Achievement;
  request.capaian_year = options.period_start;
  double achievement = export_ms(layout, document, request);
  request.badges = true;
  double with_badges = export_ms(layout, document, request);
  std::filesystem::remove(request.output);
  std::printf("%zu sasaran, %zu indikator, compact SVG: by level %.0f ms, by achievement %.0f ms, "
              "by achievement with badges %.0f ms; best of 3\n",
              document.sasaran.size(), document.indikator.size(), level, achievement, with_badges);
}
