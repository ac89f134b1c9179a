#include "app/ui/meeting_view.h"

#include <GLFW/glfw3.h>  // key codes only
#include <imgui.h>

#include <algorithm>

#include "app/ui/canvas_environment.h"
#include "app/ui/canvas_view.h"
#include "app/ui/capaian_legend_view.h"
#include "app/ui/keyboard_shortcuts.h"
#include "app/ui/meeting_framing.h"
#include "app/ui/palette.h"
#include "app/ui/strings.h"
#include "core/layout/box_content.h"

namespace pokin::ui {
namespace {

constexpr int kMaxRevealLevels = 8;
constexpr double kMeetingWrapWidth = 120;  // points

// A new step: what it shows is framed afresh once its layout arrives (the summaries of the step before go).
void reframe(ViewState& view) {
  view.layout.collapsed.clear();
  view.canvas.meeting_frame_pending = true;
  view.canvas.fit_pending = false;
}

void focus(ViewState& view, Id branch) {
  view.layout.branch = branch;
  view.selected = branch;
  reframe(view);
}

// Asks for a layout shaped like the canvas and, once the layout of the view asked for is on screen, frames it:
// readable, or with more branches summarised and laid out again.
void frame_step(const MeetingInput& input, ViewState& view, double width, double height) {
  if (view.layout.style == LayoutStyle::Fitted) {
    const LayoutView::FitArea area = meeting_fit_area(width, height, TypeScale::kStatement);
    if (!(area == view.layout.fit)) {
      view.layout.fit = area;
      reframe(view);
    }
  }
  if (!view.canvas.meeting_frame_pending || !input.geometry || input.geometry->boxes.empty() ||
      !geometry_is_current(input.laid_out, view.layout))
    return;
  MeetingFraming framing = frame_meeting(*input.geometry, input.index, width, height);
  const std::size_t collapsed = view.layout.collapsed.size();
  for (Id id : framing.collapse) view.layout.collapsed.insert(id);
  if (view.layout.collapsed.size() != collapsed) return;  // laid out again, framed when that arrives
  view.canvas.camera = framing.camera;
  view.canvas.meeting_frame_pending = false;
}

}  // namespace

void enter_meeting(const Document& document, ViewState& view) {
  Id branch = view.selected;
  if (const Indikator* indikator = document.find_indikator(branch)) branch = indikator->sasaran;
  if (!document.find_sasaran(branch) && !document.find_unit(branch)) branch = kNoId;
  view.meeting = true;
  view.layout.branch = branch;
  // The whole tree opens on its Sasaran Strategis alone, large enough to read from the back of the room; a branch
  // opens with the level below it.
  view.layout.max_levels = branch == kNoId ? 1 : 2;
  view.layout.style = LayoutStyle::Fitted;  // its area is the screen's (meeting_view sets it)
  // Narrower boxes than at the desk: at 24 px titles a 1080p screen is 780 points wide: five boxes and their gaps.
  view.layout.wrap_width = kMeetingWrapWidth;
  view.finding_badges = false;
  view.canvas.grid = false;  // findings are for the planner's desk, not for the meeting
  view.canvas.minimap = false;
  view.canvas.open_pending = false;
  reframe(view);
}

Intents meeting_view(const MeetingInput& input, ViewState& view) {
  Intents intents;
  const Document& document = input.document;
  const Palette& colours = palette(view.theme);
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 size = ImGui::GetContentRegionAvail();
  const CanvasEnvironment& environment = canvas_environment();
  ImFont* title_font = environment.title_font ? environment.title_font : ImGui::GetFont();
  const float title_size = std::max(ImGui::GetFontSize() * 2.0f, title_font->FontSize);

  // Title block: what the room is looking at.
  const float band = title_size * 2.9f;
  draw_list->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + band), im_colour(colours.unit_fill));
  draw_list->AddLine(ImVec2(origin.x, origin.y + band), ImVec2(origin.x + size.x, origin.y + band),
                     im_colour(level_colours(view.theme, 0).border), 3);
  std::string title = document.info.instansi.empty() ? std::string(tr("document.untitled")) : document.info.instansi;
  draw_list->AddText(title_font, title_size, ImVec2(origin.x + title_size * 0.6f, origin.y + title_size * 0.35f),
                     im_colour(colours.text), title.c_str());
  std::string subtitle = document.info.pemda;
  if (document.info.period_years() > 0)
    subtitle += (subtitle.empty() ? "" : "  \xC2\xB7  ") +
                format(tr("meeting.period"), {std::to_string(document.info.period_start),
                                              std::to_string(document.info.period_end)});
  if (view.achievement_year != 0)
    subtitle += "  \xC2\xB7  " + format(tr("meeting.year_shown"), {std::to_string(view.achievement_year)});
  if (const Sasaran* branch = document.find_sasaran(view.layout.branch))
    subtitle += "  \xC2\xB7  " + format(tr("meeting.branch"), {branch->code.empty() ? branch->statement : branch->code});
  draw_list->AddText(title_font, title_size * 0.6f, ImVec2(origin.x + title_size * 0.6f, origin.y + title_size * 1.6f),
                     im_colour(colours.edge), subtitle.c_str());

  // The tree, read-only: clicks select and show the path, nothing is dragged.
  const float help_height = ImGui::GetFontSize() * 2;
  const double canvas_width = size.x, canvas_height = std::max(50.f, size.y - band - 3 - help_height);
  frame_step(input, view, canvas_width, canvas_height);
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + band + 3));
  ImGui::BeginChild("meeting_canvas", ImVec2(size.x, static_cast<float>(canvas_height)), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  Intents canvas = canvas_view(CanvasInput{document, input.index, input.geometry, input.busy, input.laid_out}, view);
  ImVec2 canvas_bottom_left(ImGui::GetWindowPos().x + 16, ImGui::GetWindowPos().y + ImGui::GetWindowSize().y - 16);
  ImGui::EndChild();
  for (Intent& intent : canvas) {
    if (std::holds_alternative<SelectNode>(intent)) intents.push_back(std::move(intent));
    // A "+N" stub opens as a step of its own: its branch in focus, framed readably (not unfolded in place, where
    // it would not fit).
    if (auto* toggle = std::get_if<ToggleCollapse>(&intent))
      if (document.find_sasaran(toggle->id) || document.find_unit(toggle->id)) focus(view, toggle->id);
  }
  view.canvas.dragging = false;
  if (view.achievement_year != 0)
    draw_capaian_legend(ImGui::GetForegroundDrawList(), canvas_bottom_left, view.achievement_year, true, title_font,
                        title_size * 0.5f);

  std::string help = tr("meeting.help");
  help += "   " + format(tr("meeting.levels"), {std::to_string(view.layout.max_levels)});
  ImGui::SetCursorScreenPos(ImVec2(origin.x + 10, origin.y + size.y - help_height + 4));
  ImGui::TextDisabled("%s", help.c_str());

  // Keys.
  if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) intents.push_back(RequestAction{AppAction::ToggleMeeting});
  if (ImGui::IsKeyPressed(GLFW_KEY_DOWN) && view.layout.max_levels < kMaxRevealLevels) {
    view.layout.max_levels = view.layout.max_levels == 0 ? kMaxRevealLevels : view.layout.max_levels + 1;
    reframe(view);
  }
  if (ImGui::IsKeyPressed(GLFW_KEY_UP) && view.layout.max_levels != 1) {
    view.layout.max_levels = view.layout.max_levels == 0 ? kMaxRevealLevels - 1 : view.layout.max_levels - 1;
    reframe(view);
  }
  const Id branch = view.layout.branch;
  auto go = [&](Direction direction) {
    Id target = neighbour(document, input.index, branch, direction);
    if (target != kNoId) focus(view, target);
  };
  if (branch != kNoId) {
    if (ImGui::IsKeyPressed(GLFW_KEY_LEFT)) go(Direction::Previous);
    if (ImGui::IsKeyPressed(GLFW_KEY_RIGHT)) go(Direction::Next);
    if (ImGui::IsKeyPressed(GLFW_KEY_PAGE_UP)) go(Direction::Up);
    if (ImGui::IsKeyPressed(GLFW_KEY_PAGE_DOWN)) go(Direction::Down);
    if (ImGui::IsKeyPressed(GLFW_KEY_BACKSPACE)) focus(view, kNoId);
  }
  if (ImGui::IsKeyPressed(GLFW_KEY_ENTER) && view.selected != kNoId && view.selected != branch &&
      (document.find_sasaran(view.selected) || document.find_unit(view.selected)))
    focus(view, view.selected);
  if (ImGui::IsKeyPressed(GLFW_KEY_T, false)) view.theme = view.theme == Theme::Light ? Theme::Dark : Theme::Light;
  return intents;
}

}  // namespace pokin::ui
