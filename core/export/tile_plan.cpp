#include "core/export/tile_plan.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

#include "core/layout/text_metrics.h"

namespace pokin {
namespace {

constexpr double kEpsilon = 1e-6;

// A piece's extent along one axis.
struct Interval {
  double start = 0;
  double end = 0;
  bool diagram = true;
};

// The pages along one axis: page i prints [windows[i].start, windows[i].end] and keeps
// [windows[i].keep_start, windows[i].keep_end] after trimming; neighbours share a keep edge, the cut line.
struct Window {
  double start = 0, end = 0, keep_start = 0, keep_end = 0;
};

struct AxisCuts {
  std::vector<Window> windows;
  int avoidable = 0;  // forced cuts through pieces that each fit on a page (a thinner band would miss them)
  int split = 0;      // pieces a cut line goes through
};

// Where a page edge may fall: the complement of the open intervals in [0, length]. Touching pieces leave a
// zero-width gap (their shared edge line), which is allowed.
std::vector<std::pair<double, double>> free_segments(std::vector<Interval> intervals, double length) {
  std::sort(intervals.begin(), intervals.end(), [](const Interval& a, const Interval& b) { return a.start < b.start; });
  std::vector<std::pair<double, double>> gaps;
  double cursor = 0;
  for (const Interval& interval : intervals) {
    if (interval.start >= cursor - kEpsilon) gaps.push_back({cursor, std::max(cursor, interval.start)});
    cursor = std::max(cursor, interval.end);
  }
  if (cursor <= length + kEpsilon) gaps.push_back({cursor, std::max(cursor, length)});
  return gaps;
}

// True when the rest of the axis from `next` fits on one page and holds pieces but no box: it would become a page
// of its own with only a signature (or a title) on it.
bool leaves_boxless_page(const std::vector<Interval>& intervals, double next, double length, double page) {
  if (length - next > page + kEpsilon) return false;
  bool any = false;
  for (const Interval& interval : intervals)
    if (interval.end > next + kEpsilon) {
      if (interval.diagram) return false;
      any = true;
    }
  return any;
}

struct Step {
  double end = 0;   // this page's window end
  double next = 0;  // the next page's window start
};

// Candidate ends of the page starting at `start`, the fullest first: for each gap the page can reach, the page
// ends as far into it as the page allows and the next starts up to `overlap` before, still inside the gap.
std::vector<Step> steps(const std::vector<std::pair<double, double>>& gaps, double start, double page, double overlap,
                        double length) {
  double limit = start + page;
  std::vector<Step> out;
  for (auto [from, to] : gaps) {
    if (from > limit + kEpsilon) break;
    double end = std::min(to, limit);
    double next = std::max(from, end - overlap);
    // A narrower glue band when the full one would leave the rest just too long for one more page.
    if (length - next > page && length - end <= page) next = std::max(next, length - page);
    if (next <= start + 1) continue;  // no progress
    out.push_back({end, next});
  }
  std::sort(out.begin(), out.end(), [](const Step& a, const Step& b) { return a.end > b.end; });
  return out;
}

// No gap within reach: a piece longer than the page (or a chain of overlapping ones) is in the way. The cut goes
// where it crosses the fewest pieces (the furthest such place), with no glue band, and counts what it crosses and
// whether each of those would have fitted on a page.
Step forced_step(const std::vector<Interval>& intervals, double start, double page, AxisCuts& cuts) {
  double limit = start + page;
  std::vector<double> places{limit};
  for (const Interval& interval : intervals)
    if (interval.end > start + 1 && interval.end < limit) places.push_back(interval.end);
  auto crossing = [&](double at) {
    int n = 0;
    for (const Interval& interval : intervals) n += interval.start < at - kEpsilon && interval.end > at + kEpsilon;
    return n;
  };
  double best = limit;
  int fewest = crossing(limit);
  for (double at : places)
    if (int n = crossing(at); n < fewest || (n == fewest && at > best)) {
      best = at;
      fewest = n;
    }
  bool avoidable = true;
  for (const Interval& interval : intervals)
    if (interval.start < best - kEpsilon && interval.end > best + kEpsilon) {
      ++cuts.split;
      if (interval.end - interval.start > page) avoidable = false;
    }
  if (avoidable) ++cuts.avoidable;
  return {best, best};
}

void close_windows(std::vector<Window>& windows, const std::vector<double>& cut_lines, double length) {
  for (std::size_t i = 0; i < windows.size(); ++i) {
    windows[i].keep_start = i == 0 ? 0 : cut_lines[i - 1];
    windows[i].keep_end = i + 1 == windows.size() ? length : cut_lines[i];
  }
}

AxisCuts cut_axis(const std::vector<Interval>& intervals, double length, double page, double overlap) {
  AxisCuts cuts;
  auto gaps = free_segments(intervals, length);
  std::vector<double> cut_lines;
  double start = 0;
  while (true) {
    if (length - start <= page + kEpsilon) {
      cuts.windows.push_back({start, length});
      break;
    }
    auto options = steps(gaps, start, page, overlap, length);
    std::optional<Step> chosen;
    for (const Step& step : options)
      if (!leaves_boxless_page(intervals, step.next, length, page)) {
        chosen = step;
        break;
      }
    if (!chosen && !options.empty()) chosen = options.front();
    if (!chosen) chosen = forced_step(intervals, start, page, cuts);
    cuts.windows.push_back({start, chosen->end});
    cut_lines.push_back((chosen->end + chosen->next) / 2);
    start = chosen->next;
  }
  close_windows(cuts.windows, cut_lines, length);
  return cuts;
}

std::vector<Interval> x_intervals(const std::vector<TileBlock>& blocks, double top, double bottom) {
  std::vector<Interval> out;
  for (const TileBlock& block : blocks)
    if (block.rect.y < bottom - kEpsilon && block.rect.bottom() > top + kEpsilon)
      out.push_back({block.rect.x, block.rect.right(), block.diagram});
  return out;
}

struct Band {
  Window rows;
  AxisCuts columns;
};

// Rows of pages first (each as tall as the gaps allow), then each row cut into pages. `grid`: every row takes the
// cut lines that miss every piece of the whole figure.
std::vector<Band> plan_rows(const std::vector<TileBlock>& blocks, double width, double height, double page_width,
                            double page_height, double overlap, bool grid, int& split) {
  std::vector<Interval> ys;
  for (const TileBlock& block : blocks) ys.push_back({block.rect.y, block.rect.bottom(), block.diagram});
  auto gaps = free_segments(ys, height);
  AxisCuts global;
  if (grid) global = cut_axis(x_intervals(blocks, -1e300, 1e300), width, page_width, overlap);
  auto columns_for = [&](double top, double bottom) {
    return grid ? global : cut_axis(x_intervals(blocks, top, bottom), width, page_width, overlap);
  };
  std::vector<Band> bands;
  std::vector<double> cut_lines;
  AxisCuts rows;
  double start = 0;
  while (true) {
    bool last = height - start <= page_height + kEpsilon;
    if (last) {
      AxisCuts columns = columns_for(start, height);
      if (columns.avoidable == 0) {
        bands.push_back({{start, height}, std::move(columns)});
        break;
      }
    }
    // The fullest band whose pages cut no box that would fit on a page.
    auto options = steps(gaps, start, page_height, overlap, height);
    std::optional<Step> chosen;
    AxisCuts chosen_columns;
    for (const Step& step : options) {
      if (last && step.end >= height - kEpsilon) continue;
      if (leaves_boxless_page(ys, step.next, height, page_height)) continue;
      AxisCuts columns = columns_for(start, step.end);
      if (columns.avoidable == 0) {
        chosen = step;
        chosen_columns = std::move(columns);
        break;
      }
    }
    if (!chosen && last) {
      bands.push_back({{start, height}, columns_for(start, height)});
      break;
    }
    if (!chosen && !options.empty()) {
      chosen = options.front();
      chosen_columns = columns_for(start, chosen->end);
    }
    if (!chosen) {
      chosen = forced_step(ys, start, page_height, rows);
      chosen_columns = columns_for(start, chosen->end);
    }
    bands.push_back({{start, chosen->end}, std::move(chosen_columns)});
    cut_lines.push_back((chosen->end + chosen->next) / 2);
    start = chosen->next;
  }
  std::vector<Window> row_windows;
  for (const Band& band : bands) row_windows.push_back(band.rows);
  close_windows(row_windows, cut_lines, height);
  split = rows.split;
  for (std::size_t i = 0; i < bands.size(); ++i) {
    bands[i].rows = row_windows[i];
    if (!grid || i == 0) split += bands[i].columns.split;
  }
  return bands;
}

bool overlaps(const Rect& a, const Rect& b) {
  return a.x < b.right() - kEpsilon && b.x < a.right() - kEpsilon && a.y < b.bottom() - kEpsilon &&
         b.y < a.bottom() - kEpsilon;
}

// The printed tiles of a plan: a tile whose kept part has no piece and no mark of a line is left out.
TilePlan tiles_of(const std::vector<Band>& bands, const std::vector<TileBlock>& blocks,
                  const std::vector<Point>& marks) {
  TilePlan plan;
  plan.rows = static_cast<int>(bands.size());
  for (std::size_t r = 0; r < bands.size(); ++r) {
    const Band& band = bands[r];
    plan.columns = std::max(plan.columns, static_cast<int>(band.columns.windows.size()));
    std::vector<Point> band_marks;
    for (Point p : marks)
      if (p.y >= band.rows.keep_start && p.y <= band.rows.keep_end) band_marks.push_back(p);
    for (std::size_t c = 0; c < band.columns.windows.size(); ++c) {
      const Window& w = band.columns.windows[c];
      Tile tile;
      tile.row = static_cast<int>(r);
      tile.column = static_cast<int>(c);
      tile.window = {w.start, band.rows.start, w.end - w.start, band.rows.end - band.rows.start};
      tile.cut = {w.keep_start, band.rows.keep_start, w.keep_end - w.keep_start,
                  band.rows.keep_end - band.rows.keep_start};
      bool content = std::any_of(blocks.begin(), blocks.end(),
                                 [&](const TileBlock& block) { return overlaps(block.rect, tile.cut); }) ||
                     std::any_of(band_marks.begin(), band_marks.end(), [&](Point p) {
                       return p.x > tile.cut.x && p.x < tile.cut.right() && p.y > tile.cut.y && p.y < tile.cut.bottom();
                     });
      if (content) plan.tiles.push_back(tile);
    }
  }
  return plan;
}

// Guillotine cuts, for a tree whose levels leave no free vertical line within a page's width in places: the
// figure is cut at full-height free lines where there are some, and only the stretches without one are cut
// into rows. Tiles come out as rectangles of any arrangement; rows and columns are numbered afterwards.
class Guillotine {
 public:
  Guillotine(const std::vector<TileBlock>& blocks, double page_width, double page_height, double overlap)
      : blocks_(blocks), page_width_(page_width), page_height_(page_height), overlap_(overlap) {}

  std::vector<std::pair<Rect, Rect>> tiles;  // window, kept part
  int split = 0;

  void cut(Rect window, Rect keep, int depth = 0) {
    bool wide = window.width > page_width_ + kEpsilon, tall = window.height > page_height_ + kEpsilon;
    if ((!wide && !tall) || depth > 200) {
      tiles.push_back({window, keep});
      return;
    }
    std::vector<Interval> xs, ys;
    for (const TileBlock& block : blocks_)
      if (overlaps(block.rect, window)) {
        xs.push_back({block.rect.x, block.rect.right(), block.diagram});
        ys.push_back({block.rect.y, block.rect.bottom(), block.diagram});
      }
    if (wide) {
      auto gaps = free_segments(xs, window.right());
      auto options = steps(gaps, window.x, page_width_, overlap_, window.right());
      for (const Step& step : options)
        if (!leaves_boxless_page(xs, step.next, window.right(), page_width_)) return split_x(window, keep, step, depth);
      if (!options.empty()) return split_x(window, keep, options.front(), depth);
      // No free line within a page: cut at the nearest one further on; the stretch before it is cut in rows.
      for (auto [from, to] : gaps)
        if (from > window.x + page_width_ && std::min(to, from + overlap_) < window.right() - 1 && !tall)
          return split_x(window, keep, {std::min(to, from + overlap_), from}, depth);
    }
    if (tall) {
      auto options = steps(free_segments(ys, window.bottom()), window.y, page_height_, overlap_, window.bottom());
      for (const Step& step : options)
        if (!leaves_boxless_page(ys, step.next, window.bottom(), page_height_)) return split_y(window, keep, step, depth);
      if (!options.empty()) return split_y(window, keep, options.front(), depth);
    } else {
      // Fits in height but not in width with no free line: rows, at the free line that frees the most width.
      std::optional<Step> best;
      double reach = window.x;
      for (auto [from, to] : free_segments(ys, window.bottom())) {
        if (from <= window.y + 1 || to >= window.bottom() - 1) continue;
        Step step{std::min(to, (from + to) / 2 + overlap_ / 2), std::max(from, (from + to) / 2 - overlap_ / 2)};
        double r = std::min(reach_of(window, window.y, step.end), reach_of(window, step.next, window.bottom()));
        if (r > reach) {
          reach = r;
          best = step;
        }
      }
      if (best) return split_y(window, keep, *best, depth);
    }
    AxisCuts forced;
    if (wide) split_x(window, keep, forced_step(xs, window.x, page_width_, forced), depth);
    else split_y(window, keep, forced_step(ys, window.y, page_height_, forced), depth);
    split += forced.split;
  }

 private:
  // How far the first page of the stretch [top, bottom] of `window` reaches without cutting a piece.
  double reach_of(const Rect& window, double top, double bottom) const {
    std::vector<Interval> xs;
    for (const TileBlock& block : blocks_)
      if (block.rect.y < bottom && block.rect.bottom() > top && overlaps(block.rect, window))
        xs.push_back({block.rect.x, block.rect.right(), block.diagram});
    auto options = steps(free_segments(xs, window.right()), window.x, page_width_, overlap_, window.right());
    return options.empty() ? window.x : options.front().end;
  }
  void split_x(const Rect& w, const Rect& k, Step step, int depth) {
    double line = (step.end + step.next) / 2;
    cut({w.x, w.y, step.end - w.x, w.height}, {k.x, k.y, line - k.x, k.height}, depth + 1);
    cut({step.next, w.y, w.right() - step.next, w.height}, {line, k.y, k.right() - line, k.height}, depth + 1);
  }
  void split_y(const Rect& w, const Rect& k, Step step, int depth) {
    double line = (step.end + step.next) / 2;
    cut({w.x, w.y, w.width, step.end - w.y}, {k.x, k.y, k.width, line - k.y}, depth + 1);
    cut({w.x, step.next, w.width, w.bottom() - step.next}, {k.x, line, k.width, k.bottom() - line}, depth + 1);
  }

  const std::vector<TileBlock>& blocks_;
  double page_width_, page_height_, overlap_;
};

TilePlan guillotine_plan(const std::vector<TileBlock>& blocks, const std::vector<Point>& marks, double width,
                         double height, double page_width, double page_height, double overlap) {
  Guillotine guillotine(blocks, page_width, page_height, overlap);
  guillotine.cut({0, 0, width, height}, {0, 0, width, height});
  TilePlan plan;
  plan.grid = false;
  plan.split_blocks = guillotine.split;
  std::vector<double> tops;
  for (const auto& [window, keep] : guillotine.tiles) tops.push_back(keep.y);
  std::sort(tops.begin(), tops.end());
  tops.erase(std::unique(tops.begin(), tops.end(), [](double a, double b) { return std::abs(a - b) < kEpsilon; }), tops.end());
  for (const auto& [window, kept] : guillotine.tiles) {
    const Rect keep = kept;  // a copy: lambdas cannot capture a structured binding under clang 14 (the fuzz build)
    bool content = std::any_of(blocks.begin(), blocks.end(), [&](const TileBlock& b) { return overlaps(b.rect, keep); }) ||
                   std::any_of(marks.begin(), marks.end(), [&](Point p) {
                     return p.x > keep.x && p.x < keep.right() && p.y > keep.y && p.y < keep.bottom();
                   });
    if (!content) continue;
    Tile tile;
    tile.window = window;
    tile.cut = keep;
    tile.row = static_cast<int>(std::lower_bound(tops.begin(), tops.end(), keep.y - kEpsilon) - tops.begin());
    plan.tiles.push_back(tile);
  }
  std::sort(plan.tiles.begin(), plan.tiles.end(), [](const Tile& a, const Tile& b) {
    return std::make_tuple(a.row, a.cut.x) < std::make_tuple(b.row, b.cut.x);
  });
  for (std::size_t i = 0; i < plan.tiles.size(); ++i) {
    plan.tiles[i].column = i > 0 && plan.tiles[i - 1].row == plan.tiles[i].row ? plan.tiles[i - 1].column + 1 : 0;
    plan.columns = std::max(plan.columns, plan.tiles[i].column + 1);
    plan.rows = std::max(plan.rows, plan.tiles[i].row + 1);
  }
  return plan;
}

Rect transposed(const Rect& r) { return {r.y, r.x, r.height, r.width}; }

std::vector<Point> edge_marks(const Geometry& geometry, Point origin) {
  std::vector<Point> marks;
  for (const Edge& edge : geometry.edges)
    for (std::size_t i = 0; i + 3 < edge.curve.size(); i += 3)
      for (int k = 0; k <= 8; ++k) {
        double t = k / 8.0, u = 1 - t;
        const auto& c = edge.curve;
        marks.push_back({u * u * u * c[i].x + 3 * u * u * t * c[i + 1].x + 3 * u * t * t * c[i + 2].x +
                             t * t * t * c[i + 3].x + origin.x,
                         u * u * u * c[i].y + 3 * u * u * t * c[i + 1].y + 3 * u * t * t * c[i + 2].y +
                             t * t * t * c[i + 3].y + origin.y});
      }
  return marks;
}

// A place for a `size` block inside `room` that touches no piece and no line: the lowest, then rightmost one
// (a signature), or with `top_left` the highest, then leftmost one (a title).
std::optional<Rect> free_spot(const Rect& room, Point size, const std::vector<TileBlock>& blocks,
                              const std::vector<Point>& marks, double pad, bool top_left = false) {
  if (room.width < size.x || room.height < size.y) return std::nullopt;
  std::vector<Rect> near;
  for (const TileBlock& block : blocks)
    if (overlaps(block.rect, {room.x - pad, room.y - pad, room.width + 2 * pad, room.height + 2 * pad}))
      near.push_back({block.rect.x - pad, block.rect.y - pad, block.rect.width + 2 * pad, block.rect.height + 2 * pad});
  std::vector<Point> near_marks;
  for (Point p : marks)
    if (p.x > room.x - pad && p.x < room.right() + pad && p.y > room.y - pad && p.y < room.bottom() + pad)
      near_marks.push_back(p);
  constexpr double kStep = 6;
  int columns = static_cast<int>((room.width - size.x) / kStep) + 1, rows = static_cast<int>((room.height - size.y) / kStep) + 1;
  for (int row = 0; row < rows; ++row)
    for (int column = 0; column < columns; ++column) {
      double x = top_left ? room.x + column * kStep : room.right() - size.x - column * kStep;
      double y = top_left ? room.y + row * kStep : room.bottom() - size.y - row * kStep;
      Rect spot{x, y, size.x, size.y};
      if (std::any_of(near.begin(), near.end(), [&](const Rect& r) { return overlaps(r, spot); })) continue;
      if (std::any_of(near_marks.begin(), near_marks.end(), [&](Point p) {
            return p.x > x - pad && p.x < spot.right() + pad && p.y > y - pad && p.y < spot.bottom() + pad;
          }))
        continue;
      return spot;
    }
  return std::nullopt;
}

}  // namespace

std::string Tile::label() const {
  std::string letters;
  for (int c = column + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row + 1);
}

std::vector<int> TilePlan::neighbours(int i, TileSide side) const {
  std::vector<int> out;
  const Rect& a = tiles[i].cut;
  for (int j = 0; j < static_cast<int>(tiles.size()); ++j) {
    if (j == i) continue;
    const Rect& b = tiles[j].cut;
    bool vertical = side == TileSide::Left || side == TileSide::Right;
    bool along = vertical ? (a.y < b.bottom() - kEpsilon && b.y < a.bottom() - kEpsilon)
                          : (a.x < b.right() - kEpsilon && b.x < a.right() - kEpsilon);
    double mine = side == TileSide::Left ? a.x : side == TileSide::Right ? a.right() : side == TileSide::Top ? a.y : a.bottom();
    double theirs = side == TileSide::Left ? b.right() : side == TileSide::Right ? b.x : side == TileSide::Top ? b.bottom() : b.y;
    if (along && std::abs(mine - theirs) < 1e-6) out.push_back(j);
  }
  return out;
}

TilePlan plan_tile_pieces(const std::vector<TileBlock>& blocks, const std::vector<Point>& marks, double width,
                          double height, double page_width, double page_height, double overlap) {
  struct Candidate {
    TilePlan plan;
    int order;
  };
  std::vector<Candidate> candidates;
  for (bool grid : {true, false}) {
    int split = 0;
    TilePlan plan = tiles_of(plan_rows(blocks, width, height, page_width, page_height, overlap, grid, split), blocks, marks);
    plan.grid = grid;
    plan.split_blocks = split;
    candidates.push_back({std::move(plan), grid ? 0 : 1});
  }
  {
    // A left-to-right tree: columns first. Plan the transposed figure and turn the result back.
    std::vector<TileBlock> flipped;
    for (const TileBlock& block : blocks) flipped.push_back({transposed(block.rect), block.diagram});
    std::vector<Point> flipped_marks;
    for (Point p : marks) flipped_marks.push_back({p.y, p.x});
    int split = 0;
    TilePlan plan = tiles_of(plan_rows(flipped, height, width, page_height, page_width, overlap, false, split),
                             flipped, flipped_marks);
    for (Tile& tile : plan.tiles) {
      tile.window = transposed(tile.window);
      tile.cut = transposed(tile.cut);
      std::swap(tile.row, tile.column);
    }
    std::swap(plan.rows, plan.columns);
    std::stable_sort(plan.tiles.begin(), plan.tiles.end(),
                     [](const Tile& a, const Tile& b) { return std::tie(a.row, a.column) < std::tie(b.row, b.column); });
    // Rows of a column-first plan are not aligned across columns: name the columns, number the rows per column.
    plan.grid = false;
    plan.columns_first = true;
    plan.split_blocks = split;
    candidates.push_back({std::move(plan), 2});
  }
  candidates.push_back({guillotine_plan(blocks, marks, width, height, page_width, page_height, overlap), 3});
  auto better = [](const Candidate& a, const Candidate& b) {
    return std::make_tuple(a.plan.split_blocks, a.plan.tiles.size(), a.order) <
           std::make_tuple(b.plan.split_blocks, b.plan.tiles.size(), b.order);
  };
  return std::min_element(candidates.begin(), candidates.end(), better)->plan;
}

namespace {

// The poster of `layout` as it stands, with the signature (if any) placed as plan_tiles promises.
TilePlan plan_laid_out(const PageSetup& setup, const FigureText& text, const Geometry& geometry, FigureLayout& layout) {
  Rect area = content_area(setup);
  std::vector<Rect> rects = figure_blocks(text, geometry, layout);
  std::vector<TileBlock> blocks;
  // A page edge keeps clear of a box's outline too (its stroke reaches past the rect), so no sliver of a
  // neighbour's outline shows at a page's edge.
  constexpr double kStroke = 1.5;
  for (std::size_t i = 0; i < rects.size(); ++i)
    blocks.push_back({{rects[i].x - kStroke, rects[i].y - kStroke, rects[i].width + 2 * kStroke,
                       rects[i].height + 2 * kStroke},
                      i < geometry.boxes.size()});
  if (text.signature) blocks.pop_back();  // figure_blocks puts the signature last; it is placed below
  std::vector<Point> marks = edge_marks(geometry, layout.diagram);
  double diagram_bottom = layout.diagram.y + geometry.bounds.height;
  double height = text.signature ? diagram_bottom : layout.height;
  TilePlan plan = plan_tile_pieces(blocks, marks, layout.width, height, area.width, area.height, setup.overlap);
  if (!text.signature) return plan;

  // Free room on a page that already shows the diagram (the last pages first), away from its cut lines and glue
  // bands; a page at the bottom of the figure may reach below the diagram as far as its paper allows.
  constexpr double kPad = 12;
  Point size{layout.signature.width, layout.signature.height};
  std::optional<Rect> spot;
  int tried = 0;
  for (auto tile = plan.tiles.rbegin(); tile != plan.tiles.rend() && !spot && tried < 40; ++tile, ++tried) {
    Rect room = tile->cut;
    if (room.bottom() >= height - kEpsilon) room.height = tile->window.y + area.height - room.y;
    double left = room.x > kEpsilon ? setup.overlap + kPad : kPad;
    double top = room.y > kEpsilon ? setup.overlap + kPad : kPad;
    double right = tile->cut.right() < layout.width - kEpsilon ? setup.overlap + kPad : kPad + 12;
    double bottom = tile->cut.bottom() < height - kEpsilon ? setup.overlap + kPad : kPad;
    room = {room.x + left, room.y + top, room.width - left - right, room.height - top - bottom};
    spot = free_spot(room, size, blocks, marks, kPad);
  }
  if (spot) {
    // The plan stands: the signature lies inside one page's kept part, clear of every cut line and glue band.
    // Pages at the bottom of the figure grow down to it, as far as their paper allows (its own page does).
    layout.signature = *spot;
    layout.height = std::max(diagram_bottom, spot->bottom() + kPad);
    for (Tile& tile : plan.tiles)
      if (tile.cut.bottom() >= height - kEpsilon && tile.window.y + area.height >= layout.height - kEpsilon) {
        tile.window.height = layout.height - tile.window.y;
        tile.cut.height = layout.height - tile.cut.y;
      }
    return plan;
  }
  // Without room, it stays under the diagram; the planner keeps boxes on its page (leaves_boxless_page).
  blocks.push_back({layout.signature, false});
  return plan_tile_pieces(blocks, marks, layout.width, layout.height, area.width, area.height, setup.overlap);
}


// Places where the title block can go instead of across the top of the figure: free room near the top left of
// the diagram (beside or between the roots of a wide tree), the diagram rising to the top; a few, left to right.
std::vector<FigureLayout> titles_inside_diagram(const PageSetup& setup, const FigureText& text,
                                                const Geometry& geometry, const FigureLayout& layout) {
  std::vector<Rect> rects = figure_blocks(text, geometry, layout);
  std::size_t title_end = rects.size() - (text.signature ? 1 : 0);
  if (title_end <= geometry.boxes.size()) return {};
  double ink_right = 0, ink_top = 1e300, ink_bottom = 0;
  for (std::size_t i = geometry.boxes.size(); i < title_end; ++i) {
    ink_right = std::max(ink_right, rects[i].right());
    ink_top = std::min(ink_top, rects[i].y);
    ink_bottom = std::max(ink_bottom, rects[i].bottom());
  }
  // The block's blank top is left out: only its ink (and a little air) needs the room.
  Point size{ink_right + 24, ink_bottom - ink_top + 8};
  double rise = layout.diagram.y;
  std::vector<TileBlock> boxes;
  for (std::size_t i = 0; i < geometry.boxes.size(); ++i)
    boxes.push_back({{rects[i].x, rects[i].y - rise, rects[i].width, rects[i].height}});
  std::vector<Point> marks = edge_marks(geometry, {layout.diagram.x, 0});
  Rect area = content_area(setup);
  // Over the first four pages' width and the first page's height.
  double right = std::min(layout.width, 4 * area.width);
  double height = std::min(geometry.bounds.height, area.height - setup.overlap - 12);
  std::vector<FigureLayout> out;
  for (double left = 0; left < right && out.size() < 5;) {
    auto spot = free_spot({left, 0, right - left, height}, size, boxes, marks, 6, true);
    if (!spot) break;
    FigureLayout moved = layout;
    moved.diagram.y = 0;
    moved.title = {spot->x, spot->y - ink_top + 4, size.x, layout.title.height};
    if (text.signature) moved.signature.y -= rise;
    moved.height -= rise;
    out.push_back(moved);
    left = spot->right();
  }
  return out;
}

}  // namespace

FigureText poster_text(const FigureText& text, const PageSetup& setup) {
  FigureText out = text;
  // The title block draws the instansi at 11 pt bold from x = 24 (figure.cpp).
  if (text_width(out.instansi, 11, true) + 24 > content_area(setup).width) out.instansi.clear();
  return out;
}

TilePlan plan_tiles(const PageSetup& setup, const FigureText& text, const Geometry& geometry, FigureLayout& layout) {
  // The title across the top, or inside the diagram where that cuts no box and saves pages.
  FigureLayout best_layout = layout;
  // The rule under the title spans the title block only, not every page of the poster's first row.
  double ink_right = 0;
  std::vector<Rect> rects = figure_blocks(text, geometry, layout);
  for (std::size_t i = geometry.boxes.size(); i < rects.size() - (text.signature ? 1 : 0); ++i)
    ink_right = std::max(ink_right, rects[i].right());
  if (ink_right > 0) best_layout.title.width = std::min(best_layout.title.width, ink_right + 24);
  TilePlan best = plan_laid_out(setup, text, geometry, best_layout);
  for (FigureLayout moved : titles_inside_diagram(setup, text, geometry, layout)) {
    TilePlan plan = plan_laid_out(setup, text, geometry, moved);
    if (std::make_pair(plan.split_blocks, plan.tiles.size()) < std::make_pair(best.split_blocks, best.tiles.size())) {
      best = std::move(plan);
      best_layout = moved;
    }
  }
  layout = best_layout;
  return best;
}

}  // namespace pokin
