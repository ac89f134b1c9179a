#include "core/export/docx_page_geometry.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pokin {

std::int64_t twips_from_mm(double millimetres) { return std::llround(millimetres / 25.4 * 1440); }

DocxPageTwips page_twips(const DocxPage& page) {
  PageSetup setup;
  setup.paper = page.paper;
  setup.orientation = page.orientation;
  PageSize size = page_size(setup);  // points, rounded to 0.01 pt: the same twips as from millimetres
  DocxPageTwips twips;
  twips.width = std::llround(size.width * 20);
  twips.height = std::llround(size.height * 20);
  twips.top = twips_from_mm(page.top);
  twips.bottom = twips_from_mm(page.bottom);
  twips.left = twips_from_mm(page.left);
  twips.right = twips_from_mm(page.right);
  return twips;
}

DocxExtent figure_extent(const DocxPage& page, double width, double height) {
  DocxPageTwips twips = page_twips(page);
  const double area_width = static_cast<double>(std::max<std::int64_t>(twips.text_width(), 1) * kEmuPerTwip);
  const double area_height =
      static_cast<double>(std::max<std::int64_t>(twips.text_height() - kCaptionReserveTwips, 1) * kEmuPerTwip);
  const double figure_width = std::max(width, 1.0) * 12700, figure_height = std::max(height, 1.0) * 12700;
  DocxExtent extent;
  extent.scale = std::min(area_width / figure_width, area_height / figure_height);
  extent.width = std::max<std::int64_t>(1, std::llround(figure_width * extent.scale));
  extent.height = std::max<std::int64_t>(1, std::llround(figure_height * extent.scale));
  return extent;
}

std::vector<std::int64_t> fitted_column_twips(const std::vector<double>& given, std::size_t columns,
                                              std::int64_t text_width) {
  std::vector<double> proportions(columns, 0);
  double sum = 0;
  std::size_t usable = 0;
  for (std::size_t k = 0; k < columns && k < given.size(); ++k) {
    if (!std::isfinite(given[k]) || given[k] <= 0) continue;
    proportions[k] = std::min(given[k], 1e6);  // a kilometre: no sum of widths can overflow
    sum += proportions[k];
    ++usable;
  }
  const double mean = usable == 0 ? 1 : sum / static_cast<double>(usable);
  for (double& proportion : proportions)
    if (proportion <= 0) proportion = mean;
  const double total = std::accumulate(proportions.begin(), proportions.end(), 0.0);
  const double width = static_cast<double>(std::max<std::int64_t>(text_width, 1));
  std::vector<std::int64_t> widths;
  double covered = 0;
  std::int64_t previous_end = 0;
  for (double proportion : proportions) {
    covered += proportion;
    const std::int64_t end = std::llround(width * covered / total);
    widths.push_back(std::max<std::int64_t>(end - previous_end, 1));
    previous_end = std::max(end, previous_end + 1);
  }
  return widths;
}

}  // namespace pokin
