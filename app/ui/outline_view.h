#pragma once
// The outline: units as a tree with their sasaran under each, with counts and a filter box. A click selects and
// centres; ctrl-click picks several sasaran to give to one unit (assign_to_unit_view.h); dragging a sasaran onto
// another reparents it.
#include "app/ui/intents.h"
#include "app/ui/view_state.h"
#include "core/model/tree_index.h"

namespace pokin::ui {

inline constexpr const char* kSasaranPayload = "POKIN_SASARAN";

Intents outline_view(const Document& document, const TreeIndex& index, ViewState& view);

// Label of a sasaran in lists: "SS1  Meningkatnya ..." (statement shortened to `max_chars`), "Tujuan  T1  ..."
// for a Tujuan.
std::string sasaran_label(const Sasaran& sasaran, std::size_t max_chars = 90);

}  // namespace pokin::ui
