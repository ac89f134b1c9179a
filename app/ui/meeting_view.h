#pragma once
// Meeting mode: the tree alone on a projector. Full window, no editing chrome; a title block (instansi, pemda,
// period, year shown) and the legend; one branch in focus (everything else hidden), revealed level by level.
// Every step is framed once its own layout is on screen: the shown levels in a layout shaped like the screen
// (LayoutStyle::Fitted), box titles at least kMeetingTitlePixels high, what does not fit that way summarised as
// "+N" stubs (a click on one focuses its branch).
// Keys: Down / Up reveal or hide a level; Left / Right move to the previous / next sibling branch; Page Up
// focuses the parent branch, Page Down the first child; Enter focuses the selected box; T switches the projector
// theme; Esc leaves (the shell restores the view as it was).
#include "app/ui/intents.h"
#include "app/ui/view_state.h"
#include "core/layout/geometry.h"
#include "core/model/tree_index.h"

namespace pokin::ui {

struct MeetingInput {
  const Document& document;
  const TreeIndex& index;
  const Geometry* geometry = nullptr;
  bool busy = false;
  const LayoutView* laid_out = nullptr;  // the view `geometry` was laid out for (null: taken as current)
};

// Call inside a window covering the display. Returns SelectNode intents and RequestAction{ToggleMeeting} (Esc).
Intents meeting_view(const MeetingInput& input, ViewState& view);

// Puts meeting mode's starting view on `view`: the selected branch with the level below it, or the whole tree's
// top level, laid out to fill the screen (the shell keeps the planner's own view and restores it on leaving).
void enter_meeting(const Document& document, ViewState& view);

}  // namespace pokin::ui
