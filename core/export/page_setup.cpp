#include "core/export/page_setup.h"

#include <algorithm>
#include <cmath>

namespace pokin {

PageSize page_size(const PageSetup& setup) {
  PageSize size = setup.paper == Paper::A3   ? PageSize{841.89, 1190.55}
                  : setup.paper == Paper::F4 ? PageSize{609.45, 935.43}  // 215 x 330 mm, the Indonesian folio
                                             : PageSize{595.28, 841.89};
  if (setup.orientation == Orientation::Landscape) std::swap(size.width, size.height);
  return size;
}

Rect content_area(const PageSetup& setup) {
  PageSize size = page_size(setup);
  double strip = setup.pages == Pages::Tile ? setup.marks : 0;
  return {setup.margin, setup.margin + setup.header + strip, size.width - 2 * setup.margin,
          size.height - 2 * setup.margin - setup.header - setup.footer - 2 * strip};
}

TileGrid tile_grid(const PageSetup& setup, double width, double height) {
  Rect area = content_area(setup);
  TileGrid grid;
  if (setup.pages == Pages::Fit) {
    grid.scale = std::min({1.0, area.width / std::max(width, 1.0), area.height / std::max(height, 1.0)});
    return grid;
  }
  auto count = [&](double figure, double page) {
    if (figure <= page) return 1;
    return static_cast<int>(std::ceil((figure - setup.overlap) / (page - setup.overlap)));
  };
  grid.columns = count(width, area.width);
  grid.rows = count(height, area.height);
  return grid;
}

}  // namespace pokin
