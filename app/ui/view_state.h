#pragma once
// Everything about how the document is being looked at: selection, camera, the layout view asked for, panels.
// Never stored in the document; parts of it (theme, language, panel sizes) persist in the user's settings.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/ui/camera.h"
#include "core/commands/commands.h"
#include "core/model/ids.h"
#include "core/text/bilingual.h"
#include "core/view/layout_view.h"

namespace pokin::ui {

enum class Theme { Light, Dark };
enum class LeftTab { Outline, Search, Checks, History };

struct CanvasState {
  Camera camera;
  bool open_pending = true;       // the opening view (opening_camera.h) once the first geometry is on screen
  bool fit_pending = false;       // fit all once the next geometry is on screen (wins over the opening view)
  Id center_pending = kNoId;      // centre this node once its box is known
  bool center_only_if_hidden = false;  // for center_pending: a box already wholly on screen is left where it is
  // Meeting mode: frame the shown boxes readably (meeting_framing.h) once the geometry of the view asked for is on
  // screen, summarising branches as "+N" first when they need more room than the screen has.
  bool meeting_frame_pending = false;
  bool minimap = true;
  bool grid = true;
  // Drag-to-reparent in progress: the sasaran picked up, where the press happened (screen).
  Id drag_source = kNoId;
  bool dragging = false;
  double press_x = 0, press_y = 0;
  bool panning = false;
  // Canvas size of the last frame (for fit / centre requested from other panels).
  double width = 800, height = 600;
};

struct SearchState {
  std::string query;
  int cursor = 0;            // highlighted result
  bool focus_input = false;  // put the keyboard into the query box on the next frame
};

// A question the app waits for the user to answer (one at a time), with the choices made so far.
struct DeleteQuestion {
  Id id = kNoId;
  // For a unit: what happens to its sub-units and to the sasaran it owns.
  commands::ChildPolicy children = commands::ChildPolicy::LiftChildren;
  commands::OwnedSasaranPolicy owned = commands::OwnedSasaranPolicy::MoveTo;
  Id move_to = kNoId;  // kNoId: the parent unit (or the first unit that stays, for the head)
};

struct ViewState {
  Id selected = kNoId;
  // Sasaran picked with ctrl-click in the outline, for an action on all of them at once (assign to a unit).
  std::set<Id> multi_selected;
  LayoutView layout;           // what the canvas asks the layout engine for
  CanvasState canvas;
  SearchState search;
  std::string outline_filter;
  bool outline_reveal = false;  // unfold and scroll the outline to the selection on the next frame
  LeftTab left_tab = LeftTab::Outline;
  bool left_tab_switch = false;  // select `left_tab` on the next frame
  Theme theme = Theme::Light;
  bool meeting = false;
  int achievement_year = 0;    // colour by achievement for this year; 0 = by level
  // Why that year colours every box grey (no realisasi, nothing computable); shown under the legend.
  std::optional<Bilingual> achievement_warning;
  bool finding_badges = true;  // the number of check findings on each box
  struct ChecksFilter {
    std::string text;
    bool errors = true, warnings = true, infos = false;
  } checks_filter;
  std::optional<DeleteQuestion> delete_question;
  bool focus_inspector = false;
  std::string link_search;   // the inspector's "helped by" picker
  std::string link_partner;  // an outside partner's name for a new crosscutting link  // F2: put the keyboard into the selected node's main field
  // The last error a command or file operation gave (shown in the status bar and a popup).
  Bilingual message;
  bool message_is_error = false;
  double message_time = -1;  // ImGui time when set
};

}  // namespace pokin::ui
