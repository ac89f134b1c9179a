#include "app/ui/canvas_view.h"

#include <GLFW/glfw3.h>  // key codes only
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "app/ui/alignment_path.h"
#include "app/ui/canvas_detail.h"
#include "app/ui/canvas_environment.h"
#include "app/ui/canvas_hit_test.h"
#include "app/ui/capaian_legend_view.h"
#include "app/ui/minimap_view.h"
#include "app/ui/opening_camera.h"
#include "app/ui/overview_labels.h"
#include "app/ui/palette.h"
#include "app/ui/strings.h"
#include "core/layout/box_content.h"
#include "core/capaian/capaian_band.h"
#include "core/layout/level_palette.h"

namespace pokin::ui {
namespace {

constexpr double kDragThreshold = 5;      // pixels before a press on a box becomes a drag
constexpr double kMinReadableText = 5.5;  // em pixels; smaller text is drawn as grey bars, then not at all

struct Frame {
  ImDrawList* draw_list;
  ImVec2 min;
  ImVec2 max;
  const Camera& camera;
  Theme theme;
  ImVec2 screen(Point world) const {
    Point p = camera.to_screen(world, {min.x, min.y});
    return ImVec2(static_cast<float>(p.x), static_cast<float>(p.y));
  }
};

void paint_grid_with_lines(ImDrawList* draw_list, const GridRequest& request) {
  draw_list->AddRectFilled(ImVec2(request.min_x, request.min_y), ImVec2(request.max_x, request.max_y),
                           im_colour(request.background));
  double step = request.spacing * request.camera.zoom;
  if (step < 6) return;
  double start_x = std::floor(request.camera.origin_x / request.spacing) * request.spacing;
  double start_y = std::floor(request.camera.origin_y / request.spacing) * request.spacing;
  for (double x = start_x;; x += request.spacing) {
    float sx = static_cast<float>(request.min_x + (x - request.camera.origin_x) * request.camera.zoom);
    if (sx > request.max_x) break;
    draw_list->AddLine(ImVec2(sx, request.min_y), ImVec2(sx, request.max_y), im_colour(request.minor_colour));
  }
  for (double y = start_y;; y += request.spacing) {
    float sy = static_cast<float>(request.min_y + (y - request.camera.origin_y) * request.camera.zoom);
    if (sy > request.max_y) break;
    draw_list->AddLine(ImVec2(request.min_x, sy), ImVec2(request.max_x, sy), im_colour(request.minor_colour));
  }
}

bool intersects(const Rect& a, const Rect& b) {
  return a.x <= b.right() && b.x <= a.right() && a.y <= b.bottom() && b.y <= a.bottom();
}

Rect curve_bounds(const std::vector<Point>& points) {
  if (points.empty()) return {};
  double min_x = points[0].x, max_x = min_x, min_y = points[0].y, max_y = min_y;
  for (const Point& p : points) {
    min_x = std::min(min_x, p.x);
    max_x = std::max(max_x, p.x);
    min_y = std::min(min_y, p.y);
    max_y = std::max(max_y, p.y);
  }
  return {min_x, min_y, max_x - min_x, max_y - min_y};
}

void stroke_dashed(ImDrawList* draw_list, ImU32 colour, float thickness, float dash) {
  // The path was built by PathBezierCubicCurveTo; walk it and draw every other dash.
  ImVector<ImVec2>& path = draw_list->_Path;
  bool on = true;
  float left = dash;
  for (int i = 1; i < path.Size; ++i) {
    ImVec2 a = path[i - 1], b = path[i];
    float length = std::hypot(b.x - a.x, b.y - a.y);
    float done = 0;
    while (length - done > 0.01f) {
      float piece = std::min(left, length - done);
      ImVec2 from(a.x + (b.x - a.x) * done / length, a.y + (b.y - a.y) * done / length);
      ImVec2 to(a.x + (b.x - a.x) * (done + piece) / length, a.y + (b.y - a.y) * (done + piece) / length);
      if (on) draw_list->AddLine(from, to, colour, thickness);
      done += piece;
      left -= piece;
      if (left <= 0.01f) {
        on = !on;
        left = dash;
      }
    }
  }
  draw_list->PathClear();
}

// True when `point` lies within half a pixel of the segment from `a` to `b` (between its ends).
bool on_line(ImVec2 point, ImVec2 a, ImVec2 b) {
  const float dx = b.x - a.x, dy = b.y - a.y;
  const float length_squared = dx * dx + dy * dy;
  if (length_squared < 0.25f) return std::hypot(point.x - a.x, point.y - a.y) < 0.5f;
  const float t = ((point.x - a.x) * dx + (point.y - a.y) * dy) / length_squared;
  if (t < -0.01f || t > 1.01f) return false;
  const float cross = (point.x - a.x) * dy - (point.y - a.y) * dx;
  return cross * cross < 0.25f * length_squared;
}

void draw_edge(const Frame& frame, const Edge& edge, ImU32 colour, float thickness) {
  if (edge.curve.size() < 2) return;
  Rect bounds = curve_bounds(edge.curve);
  double screen_extent = std::max(bounds.width, bounds.height) * frame.camera.zoom;
  if (screen_extent < 1.5) return;  // hidden under the boxes it joins
  ImDrawList* draw_list = frame.draw_list;
  draw_list->PathLineTo(frame.screen(edge.curve[0]));
  if (screen_extent < 24 || edge.curve.size() % 3 != 1) {
    // Far out a curve is a few pixels: its end points are enough.
    for (std::size_t i = 3; i < edge.curve.size(); i += 3) draw_list->PathLineTo(frame.screen(edge.curve[i]));
    if (edge.curve.size() % 3 != 1) draw_list->PathLineTo(frame.screen(edge.curve.back()));
  } else {
    int segments = std::clamp(static_cast<int>(screen_extent / 12), 4, 24);
    ImVec2 start = frame.screen(edge.curve[0]);
    for (std::size_t i = 1; i + 2 < edge.curve.size(); i += 3) {
      ImVec2 c1 = frame.screen(edge.curve[i]), c2 = frame.screen(edge.curve[i + 1]), end = frame.screen(edge.curve[i + 2]);
      // The straight runs of an orthogonal edge are cubics too: one line each, not `segments` pieces (the
      // whole-Pemda overview's frame was mostly the triangles of these pieces).
      if (on_line(c1, start, end) && on_line(c2, start, end))
        draw_list->PathLineTo(end);
      else
        draw_list->PathBezierCubicCurveTo(c1, c2, end, segments);
      start = end;
    }
  }
  if (edge.kind == EdgeKind::Crosscutting)
    stroke_dashed(draw_list, colour, thickness, 6);
  else
    draw_list->PathStroke(colour, 0, thickness);
  if (edge.arrowhead.size() >= 3 && screen_extent >= 24) {
    ImVec2 points[8];
    int count = std::min<int>(8, static_cast<int>(edge.arrowhead.size()));
    for (int i = 0; i < count; ++i) points[i] = frame.screen(edge.arrowhead[i]);
    draw_list->AddConvexPolyFilled(points, count, colour);
  }
}

ImFont* pick_font(const std::vector<ImFont*>& fonts, float size) {
  if (fonts.empty()) return ImGui::GetFont();
  for (ImFont* font : fonts)
    if (font->FontSize >= size) return font;
  return fonts.back();
}

void draw_box_text(const Frame& frame, const Box& box, ImU32 colour) {
  const CanvasEnvironment& environment = canvas_environment();
  for (const TextLine& line : box.lines) {
    float em = static_cast<float>(line.size * frame.camera.zoom);
    // Too small to read: left out (the overview labels name the boxes far out), never grey bars.
    if (em < kMinReadableText) continue;
    ImVec2 start = frame.screen({line.x, line.baseline});
    float size = em * static_cast<float>(environment.em_ratio);
    ImFont* font = pick_font(line.bold ? environment.bold : environment.regular, size);
    if (line.bold && environment.bold.empty()) font = pick_font(environment.regular, size);
    float ascent = font->Ascent * size / font->FontSize;
    frame.draw_list->AddText(font, size, ImVec2(start.x, start.y - ascent), colour, line.text.c_str());
  }
}

void draw_badge(const Frame& frame, const Box& box, const Palette& colours) {
  const float full = std::max(8.f, ImGui::GetFontSize() * 0.55f);
  const float radius = static_cast<float>(badge_radius(box, frame.camera.zoom, full));
  if (radius < 3) return;
  ImVec2 corner = frame.screen({box.rect.right(), box.rect.y});
  frame.draw_list->AddCircleFilled(corner, radius, im_colour(colours.badge));
  if (radius < full * 0.8f) return;  // the count would not fit
  const float text_size = ImGui::GetFontSize() * radius / full;
  ImVec2 size = ImGui::GetFont()->CalcTextSizeA(text_size, 1e6f, 0, box.badge.c_str());
  frame.draw_list->AddText(ImGui::GetFont(), text_size, ImVec2(corner.x - size.x / 2, corner.y - size.y / 2),
                           IM_COL32_WHITE, box.badge.c_str());
}

// Far out: the names of the top boxes and the size of their branches, at a size that can be read.
void draw_overview_labels(const Frame& frame, const Geometry& geometry, const CanvasInput& input) {
  const CanvasEnvironment& environment = canvas_environment();
  const float em = static_cast<float>(kOverviewLabelPixels);
  const float size = em * static_cast<float>(environment.em_ratio);
  ImFont* font = pick_font(environment.bold.empty() ? environment.regular : environment.bold, size);
  auto measure = [&](const std::string& text, double) {
    return static_cast<double>(font->CalcTextSizeA(size, 1e6f, 0, text.c_str()).x);
  };
  const auto labels = overview_labels(geometry, input.document, input.index, frame.camera, {frame.min.x, frame.min.y},
                                      frame.max.x - frame.min.x, frame.max.y - frame.min.y, measure);
  const Palette& colours = palette(frame.theme);
  for (const OverviewLabel& label : labels) {
    LevelColours level = level_colours(frame.theme, label.level);
    ImVec2 a(static_cast<float>(label.screen.x), static_cast<float>(label.screen.y));
    ImVec2 b(static_cast<float>(label.screen.right()), static_cast<float>(label.screen.bottom()));
    frame.draw_list->AddRectFilled(a, b, im_colour(colours.background, 235), 4);
    frame.draw_list->AddRect(a, b, im_colour(level.border), 4, 0, 1.5f);
    const float ascent = font->Ascent * size / font->FontSize;
    const float baseline = a.y + (b.y - a.y) / 2 + em * 0.35f;
    frame.draw_list->AddText(font, size, ImVec2(a.x + 4, baseline - ascent), im_colour(colours.text),
                             label.text.c_str());
  }
}

void draw_toggle(const Frame& frame, Point centre_world, bool collapsed, const Palette& colours, ImU32 border) {
  ImVec2 centre = frame.screen(centre_world);
  float radius = static_cast<float>(kToggleRadius);
  frame.draw_list->AddCircleFilled(centre, radius, im_colour(colours.background));
  frame.draw_list->AddCircle(centre, radius, border, 0, 1.5f);
  frame.draw_list->AddLine(ImVec2(centre.x - radius * 0.55f, centre.y), ImVec2(centre.x + radius * 0.55f, centre.y),
                           border, 1.5f);
  if (collapsed)
    frame.draw_list->AddLine(ImVec2(centre.x, centre.y - radius * 0.55f), ImVec2(centre.x, centre.y + radius * 0.55f),
                             border, 1.5f);
}

void draw_spinner(ImDrawList* draw_list, ImVec2 centre, float radius, ImU32 colour) {
  float start = static_cast<float>(ImGui::GetTime() * 6.0);
  draw_list->PathArcTo(centre, radius, start, start + 4.2f, 24);
  draw_list->PathStroke(colour, 0, radius * 0.3f);
}

void handle_wheel(ViewState& view, ImVec2 canvas_min) {
  ImGuiIO& io = ImGui::GetIO();
  Camera& camera = view.canvas.camera;
  if (io.MouseWheel == 0 && io.MouseWheelH == 0) return;
  if (io.KeyCtrl) {
    camera.zoom_around({io.MousePos.x, io.MousePos.y}, {canvas_min.x, canvas_min.y}, std::pow(1.15, io.MouseWheel));
    return;
  }
  double step = 60 / camera.zoom;
  double horizontal = io.KeyShift ? io.MouseWheel : io.MouseWheelH;
  double vertical = io.KeyShift ? 0 : io.MouseWheel;
  camera.origin_x -= horizontal * step;
  camera.origin_y -= vertical * step;
}

}  // namespace

bool geometry_is_current(const LayoutView* laid_out, const LayoutView& wanted) {
  return !laid_out || *laid_out == wanted;
}

bool can_drop_on(const Document& document, const TreeIndex& index, Id source, Id target) {
  if (source == target || !document.find_sasaran(source) || !document.find_sasaran(target)) return false;
  return !index.sasaran_is_ancestor(source, target);
}

Intents canvas_view(const CanvasInput& input, ViewState& view) {
  Intents intents;
  CanvasState& canvas = view.canvas;
  const Palette& colours = palette(view.theme);
  ImVec2 min = ImGui::GetCursorScreenPos();
  ImVec2 size = ImGui::GetContentRegionAvail();
  size.x = std::max(size.x, 50.f);
  size.y = std::max(size.y, 50.f);
  ImVec2 max(min.x + size.x, min.y + size.y);
  canvas.width = size.x;
  canvas.height = size.y;

  ImGui::InvisibleButton("##canvas", size,
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                             ImGuiButtonFlags_MouseButtonMiddle);
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  draw_list->PushClipRect(min, max, true);

  const Geometry* geometry = input.geometry;
  if (geometry && geometry->generation != 0 && !geometry->boxes.empty()) {
    const bool current = geometry_is_current(input.laid_out, view.layout);
    if (canvas.open_pending && current) {
      canvas.camera = opening_camera(*geometry, size.x, size.y);
      canvas.open_pending = false;
    }
    if (canvas.fit_pending && current) {
      canvas.camera.fit(geometry->bounds, size.x, size.y);
      canvas.fit_pending = false;
    }
    if (canvas.center_pending != kNoId) {
      for (const Box& box : geometry->boxes)
        if (box.id == canvas.center_pending && box.kind != BoxKind::CollapsedStub) {
          const Rect seen = canvas.camera.visible(size.x, size.y);
          const bool on_screen = seen.x <= box.rect.x && seen.y <= box.rect.y && box.rect.right() <= seen.right() &&
                                 box.rect.bottom() <= seen.bottom();
          if (!canvas.center_only_if_hidden || !on_screen) {
            if (canvas.camera.zoom < 0.6) canvas.camera.zoom = 1.0;
            canvas.camera.center_on({box.rect.x + box.rect.width / 2, box.rect.y + box.rect.height / 2}, size.x, size.y);
          }
          canvas.center_pending = kNoId;
          canvas.center_only_if_hidden = false;
          break;
        }
    }
  }

  GridRequest grid{min.x, min.y, max.x, max.y, canvas.camera, 50, colours.grid_minor, colours.grid_major,
                   colours.background};
  if (!canvas.grid) grid.spacing = 0;
  const CanvasEnvironment& environment = canvas_environment();
  if (environment.paint_grid && canvas.grid)
    environment.paint_grid(draw_list, grid);
  else if (canvas.grid)
    paint_grid_with_lines(draw_list, grid);
  else
    draw_list->AddRectFilled(min, max, im_colour(colours.background));

  Frame frame{draw_list, min, max, canvas.camera, view.theme};
  const Rect visible = canvas.camera.visible(size.x, size.y);
  const bool left_right = view.layout.style == LayoutStyle::LeftRight;

  bool over_minimap = false;
  if (geometry) {
    const auto path = alignment_path(input.document, input.index, view.selected);
    const bool has_selection = !path.empty();
    const float zoom = static_cast<float>(canvas.camera.zoom);

    // Edges first, so boxes cover their ends; the alignment path last, on top of the others.
    const ImU32 edge_colour = im_colour(colours.edge, has_selection ? 110 : 255);
    const ImU32 cross_colour = im_colour(colours.edge_crosscutting);
    const ImU32 path_colour = im_colour(colours.highlight);
    const float edge_width = std::clamp(1.4f * zoom, 1.0f, 2.5f);
    for (const Edge& edge : geometry->edges) {
      if (!intersects(curve_bounds(edge.curve), visible)) continue;
      bool on_path = edge.kind == EdgeKind::Cascade && path.count(edge.from) && path.count(edge.to);
      if (on_path) continue;
      draw_edge(frame, edge, edge.kind == EdgeKind::Crosscutting ? cross_colour : edge_colour, edge_width);
    }
    for (const Edge& edge : geometry->edges) {
      if (edge.kind != EdgeKind::Cascade || !path.count(edge.from) || !path.count(edge.to)) continue;
      if (!intersects(curve_bounds(edge.curve), visible)) continue;
      draw_edge(frame, edge, path_colour, edge_width * 2.2f);
    }

    const Id drop_target = [&] {
      if (!canvas.dragging || !hovered) return kNoId;
      Point world = canvas.camera.to_world({ImGui::GetIO().MousePos.x, ImGui::GetIO().MousePos.y}, {min.x, min.y});
      CanvasHit hit = hit_test(*geometry, input.index, view.layout, world, canvas.camera.zoom);
      if (hit.box && can_drop_on(input.document, input.index, canvas.drag_source, hit.box->id)) return hit.box->id;
      return kNoId;
    }();

    const int pixel_columns = static_cast<int>(size.x) + 1, pixel_rows = static_cast<int>(size.y) + 1;
    std::vector<bool> drawn_pixels;
    if (zoom < 0.05f) drawn_pixels.assign(static_cast<std::size_t>(pixel_columns) * pixel_rows, false);
    for (const Box& box : geometry->boxes) {
      if (!intersects(box.rect, visible)) continue;
      ImVec2 a = frame.screen({box.rect.x, box.rect.y}), b = frame.screen({box.rect.right(), box.rect.bottom()});
      LevelColours level = level_colours(view.theme, box.level);
      std::uint32_t fill = box.fill ? box.fill : level.fill;
      std::uint32_t border = level.border;
      if (box.kind == BoxKind::Unit) {
        fill = box.fill ? box.fill : colours.unit_fill;
        border = colours.unit_border;
      }
      const bool tiny = (b.y - a.y) < 4;
      const bool dimmed = has_selection && !path.count(box.id);
      const std::uint8_t alpha = dimmed ? 150 : 255;
      if (tiny) {
        if (!drawn_pixels.empty() && b.x - a.x < 2 && b.y - a.y < 2) {
          // Far out thousands of boxes share a few thousand pixels: draw each pixel once.
          int column = static_cast<int>(a.x - min.x), row = static_cast<int>(a.y - min.y);
          if (column < 0 || row < 0 || column >= pixel_columns || row >= pixel_rows) continue;
          std::vector<bool>::reference cell = drawn_pixels[static_cast<std::size_t>(row) * pixel_columns + column];
          if (cell) continue;
          cell = true;
          a = ImVec2(min.x + column, min.y + row);
          b = ImVec2(a.x + 1.5f, a.y + 1.5f);
        }
        draw_list->AddRectFilled(a, ImVec2(std::max(b.x, a.x + 1), std::max(b.y, a.y + 1)), im_colour(border, alpha));
        continue;
      }
      // Corners under 2.5 px cannot be seen as round: square ones cost a few vertices instead of dozens, which is
      // most of a far-out frame's vertices (the whole-Pemda overview: docs/PERFORMANCE.md).
      float rounding = std::min(6.f * zoom, 8.f);
      if (rounding < 2.5f) rounding = 0;
      if (box.kind == BoxKind::CollapsedStub) {
        draw_list->AddRectFilled(a, b, im_colour(colours.background, alpha), rounding);
        draw_list->AddRect(a, b, im_colour(border, alpha), rounding, 0, 1.5f);
      } else {
        draw_list->AddRectFilled(a, b, im_colour(fill, alpha), rounding);
        if (box.fill == kCapaianIncompleteColour)
          draw_incomplete_hatching(draw_list, a, b, std::clamp(6.f * zoom, 3.f, 12.f), alpha);
        // A band in the level colour along the top names the level at a glance, even when boxes are coloured
        // by achievement.
        float band = std::min(5.f * zoom, (b.y - a.y) * 0.2f);
        if (band >= 1.5f)
          draw_list->AddRectFilled(a, ImVec2(b.x, a.y + band), im_colour(border, alpha), rounding,
                                   ImDrawFlags_RoundCornersTop);
        ImU32 outline = im_colour(border, alpha);
        float outline_width = 1.2f;
        if (box.unlinked) outline = im_colour(colours.unlinked, alpha), outline_width = 2.f;
        if (box.suggested) outline = im_colour(colours.suggested, alpha), outline_width = 2.f;
        if (box.ghost) {  // removed, put back by a comparison: dashed, as in the exported figure
          draw_list->PathRect(a, b, rounding);
          if (draw_list->_Path.Size > 0) draw_list->PathLineTo(draw_list->_Path[0]);
          stroke_dashed(draw_list, im_colour(kGhostStrokeColour, alpha), 1.8f, std::clamp(5.f * zoom, 3.f, 10.f));
        } else {
          draw_list->AddRect(a, b, outline, rounding, 0, outline_width);
        }
      }
      if (box.id == view.selected)
        draw_list->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), path_colour, rounding + 2, 0, 3.f);
      else if (has_selection && path.count(box.id))
        draw_list->AddRect(a, b, path_colour, rounding, 0, 2.f);
      if (box.id == drop_target)
        draw_list->AddRect(ImVec2(a.x - 4, a.y - 4), ImVec2(b.x + 4, b.y + 4), im_colour(colours.suggested), rounding + 3,
                           0, 3.5f);

      for (double divider : box.dividers) {
        float y = frame.screen({box.rect.x, divider}).y;
        draw_list->AddLine(ImVec2(a.x + 4, y), ImVec2(b.x - 4, y), im_colour(border, static_cast<std::uint8_t>(alpha / 3)));
      }
      // Achievement colours are chosen for black text (core/capaian/capaian_band.h); other fills by lightness.
      std::uint32_t text_rgb = box.fill != 0 || is_light(box.kind == BoxKind::CollapsedStub ? colours.background : fill)
                                   ? palette(Theme::Light).text
                                   : colours.text_on_dark;
      draw_box_text(frame, box, im_colour(text_rgb, alpha));
      if (!box.badge.empty()) draw_badge(frame, box, colours);
      if (toggle_shown(box, canvas.camera.zoom) && has_toggle(box, input.index, view.layout.collapsed.count(box.id) > 0))
        draw_toggle(frame, toggle_centre(box, left_right), view.layout.collapsed.count(box.id) > 0, colours,
                    im_colour(border, alpha));
    }

    if (zoom * TypeScale::kStatement < kMinReadableText) draw_overview_labels(frame, *geometry, input);

    const bool all_visible = visible.x <= geometry->bounds.x && visible.y <= geometry->bounds.y &&
                             visible.right() >= geometry->bounds.right() && visible.bottom() >= geometry->bounds.bottom();
    if (canvas.minimap && !geometry->boxes.empty() && !all_visible && !view.meeting)
      over_minimap = minimap_view(draw_list, *geometry, canvas, view.theme, min.x, min.y, size.x, size.y);
  }

  if (!geometry || geometry->boxes.empty()) {
    const char* text = input.busy ? tr("canvas.laying_out") : tr("canvas.empty");
    ImVec2 text_size = ImGui::CalcTextSize(text);
    draw_list->AddText(ImVec2(min.x + (size.x - text_size.x) / 2, min.y + (size.y - text_size.y) / 2),
                       im_colour(colours.edge), text);
  }
  if (geometry && !geometry->error.empty()) {
    draw_list->AddText(ImVec2(min.x + 12, min.y + 12), im_colour(colours.unlinked), geometry->error.c_str());
  }
  if (view.achievement_year != 0 && !view.meeting) {
    ImVec2 legend = draw_capaian_legend(draw_list, ImVec2(min.x + 10, min.y + 10), view.achievement_year, false);
    if (view.achievement_warning) {
      // Every box grey is not a finding about the plan: say why, under the legend.
      const std::string& warning = view.achievement_warning->in(current_language());
      float wrap = std::max(legend.x, ImGui::GetFontSize() * 24);
      ImVec2 at(min.x + 10, min.y + 10 + legend.y + 6);
      ImVec2 size = ImGui::CalcTextSize(warning.c_str(), nullptr, false, wrap);
      draw_list->AddRectFilled(ImVec2(at.x - 4, at.y - 4), ImVec2(at.x + size.x + 4, at.y + size.y + 4),
                               IM_COL32(255, 244, 214, 240), 4);
      draw_list->AddText(nullptr, 0, at, IM_COL32(120, 60, 0, 255), warning.c_str(), nullptr, wrap);
    }
  }
  if (input.busy) {
    float radius = ImGui::GetFontSize() * 0.6f;
    draw_spinner(draw_list, ImVec2(max.x - radius * 2.5f, min.y + radius * 2.5f), radius, im_colour(colours.highlight));
  }

  // Input.
  ImGuiIO& io = ImGui::GetIO();
  const Point mouse{io.MousePos.x, io.MousePos.y};
  const Point canvas_origin{min.x, min.y};
  if (hovered && !over_minimap) handle_wheel(view, min);

  if (hovered && !over_minimap && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    canvas.press_x = mouse.x;
    canvas.press_y = mouse.y;
    canvas.dragging = false;
    canvas.panning = false;
    canvas.drag_source = kNoId;
    if (geometry) {
      CanvasHit hit = hit_test(*geometry, input.index, view.layout, canvas.camera.to_world(mouse, canvas_origin),
                               canvas.camera.zoom);
      if (hit.box && !hit.on_toggle && hit.box->kind != BoxKind::CollapsedStub) canvas.drag_source = hit.box->id;
      if (!hit.box) canvas.panning = true;
    } else {
      canvas.panning = true;
    }
  }
  if (ImGui::IsMouseDown(ImGuiMouseButton_Left) && !over_minimap) {
    double moved = std::hypot(mouse.x - canvas.press_x, mouse.y - canvas.press_y);
    if (canvas.panning && ImGui::IsItemActive()) {
      canvas.camera.origin_x -= io.MouseDelta.x / canvas.camera.zoom;
      canvas.camera.origin_y -= io.MouseDelta.y / canvas.camera.zoom;
    } else if (canvas.drag_source != kNoId && moved > kDragThreshold &&
               input.document.find_sasaran(canvas.drag_source)) {
      canvas.dragging = true;
    }
  }
  if ((ImGui::IsMouseDragging(ImGuiMouseButton_Right) || ImGui::IsMouseDragging(ImGuiMouseButton_Middle)) &&
      ImGui::IsItemActive()) {
    canvas.camera.origin_x -= io.MouseDelta.x / canvas.camera.zoom;
    canvas.camera.origin_y -= io.MouseDelta.y / canvas.camera.zoom;
  }
  if (canvas.dragging) {
    draw_list->AddLine(ImVec2(static_cast<float>(canvas.press_x), static_cast<float>(canvas.press_y)), io.MousePos,
                       im_colour(colours.suggested), 2.5f);
    draw_list->AddCircleFilled(io.MousePos, 5, im_colour(colours.suggested));
  }
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    if (geometry && (canvas.dragging || canvas.drag_source != kNoId || (hovered && !canvas.panning))) {
      CanvasHit hit = hit_test(*geometry, input.index, view.layout, canvas.camera.to_world(mouse, canvas_origin),
                               canvas.camera.zoom);
      if (canvas.dragging) {
        if (hit.box && hovered && can_drop_on(input.document, input.index, canvas.drag_source, hit.box->id))
          intents.push_back(Reparent{canvas.drag_source, hit.box->id});
      } else if (hit.box && hovered) {
        // A stub opens its branch only where its "+N" can be read; far out a click selects, as on any box.
        if (hit.on_toggle || (hit.box->kind == BoxKind::CollapsedStub && toggle_shown(*hit.box, canvas.camera.zoom)))
          intents.push_back(ToggleCollapse{hit.box->id});
        else
          intents.push_back(SelectNode{hit.box->id, false});
      }
    } else if (hovered && canvas.panning &&
               std::hypot(mouse.x - canvas.press_x, mouse.y - canvas.press_y) <= kDragThreshold) {
      intents.push_back(SelectNode{kNoId, false});  // a click on empty canvas clears the selection
    }
    canvas.dragging = false;
    canvas.drag_source = kNoId;
    canvas.panning = false;
  }
  if (hovered && geometry && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
    CanvasHit hit = hit_test(*geometry, input.index, view.layout, canvas.camera.to_world(mouse, canvas_origin),
                             canvas.camera.zoom);
    if (hit.box && !hit.on_toggle && hit.box->kind != BoxKind::CollapsedStub)
      intents.push_back(RequestAction{AppAction::EditSelected});
  }
  // Far out the text is not drawn: the box under the mouse says what it is.
  if (hovered && geometry && !canvas.dragging && !canvas.panning && !over_minimap &&
      canvas.camera.zoom * 10 < kMinReadableText) {
    CanvasHit hit = hit_test(*geometry, input.index, view.layout, canvas.camera.to_world(mouse, canvas_origin),
                             canvas.camera.zoom);
    if (hit.box) {
      if (const Sasaran* sasaran = input.document.find_sasaran(hit.box->id))
        ImGui::SetTooltip("%s%s%s", sasaran->code.c_str(), sasaran->code.empty() ? "" : "  ", sasaran->statement.c_str());
      else if (const Unit* unit = input.document.find_unit(hit.box->id))
        ImGui::SetTooltip("%s", unit->name.c_str());
    }
  }
  if (hovered && !io.WantTextInput && !io.KeyCtrl) {
    // + and - (also on the keypad) zoom around the canvas's centre.
    Point centre{min.x + size.x / 2, min.y + size.y / 2};
    if (ImGui::IsKeyPressed(GLFW_KEY_EQUAL) || ImGui::IsKeyPressed(GLFW_KEY_KP_ADD))
      canvas.camera.zoom_around(centre, canvas_origin, 1.25);
    if (ImGui::IsKeyPressed(GLFW_KEY_MINUS) || ImGui::IsKeyPressed(GLFW_KEY_KP_SUBTRACT))
      canvas.camera.zoom_around(centre, canvas_origin, 1 / 1.25);
  }
  draw_list->PopClipRect();
  return intents;
}

}  // namespace pokin::ui
