#pragma once
// The Compare view: the tree of a comparison drawn once (core/compare/diff_figure.h) on a read-only canvas with
// its own camera, and beside it the "matriks perubahan" (every change: kind, node, old -> new; a click frames the
// box that carries its mark) and the text matches for review (score, old, new), which are suggestions: the planner
// accepts one ("Padanan benar") or rejects it ("Bukan padanan"; the comparison is made again without it, see
// CompareState). Nothing here changes any document. Esc or the close button asks the shell to leave (RequestAction{LeaveCompare}).
#include <string>

#include "app/ui/comparison.h"
#include "app/ui/intents.h"

namespace pokin::ui {

// Call inside a window covering the display (the shell's compare screen, or a test's window).
Intents compare_view(CompareState& state);
// The whole window given to the Compare view (what the shell draws instead of the main window).
Intents compare_screen_view(CompareState& state);

// The text of a row of the matriks perubahan: what the change is about ("SP2 Terlaksananya promosi investasi"),
// read from the figure's document, else from the old or the new text the change carries.
std::string compare_row_node(const Comparison& comparison, std::size_t change);

// The id of a review button of the match `pair` in the "Padanan" tab (tests click it): `suffix` "###accept"
// ("Padanan benar"), "###reject" ("Bukan padanan") or "###restore" ("Kembalikan", once reviewed).
unsigned int review_button_id(NodePair pair, const char* suffix);
// The id of "Terima semua" (every match still waiting accepted).
unsigned int accept_all_button_id();

}  // namespace pokin::ui
