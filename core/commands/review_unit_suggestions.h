#pragma once
// The planner's verdict on all the suggested cascade links of one unit at once ("Terima semua saran unit ini" /
// "Tolak semua"), as one Step (one undo entry).
#include "core/commands/change.h"

namespace pokin::commands {

enum class SuggestionVerdict {
  Accept,  // every suggested link of the unit's sasaran becomes a person's link (LinkOrigin::Person), parent kept
  Reject,  // every suggested link is cleared: the sasaran have no parent, to be linked by hand
};

// The sasaran owned by `unit` itself (not by its sub-units) whose link to a parent is LinkOrigin::Suggested, in
// display order.
std::vector<Id> suggested_links_of_unit(const Document& document, Id unit);

// Applies `verdict` to every suggested_links_of_unit(document, unit). Throws UserError (Indonesian and English)
// when the unit does not exist or none of its sasaran has a suggested link; nothing has changed then.
Step review_unit_suggestions(const Document& document, Id unit, SuggestionVerdict verdict);

}  // namespace pokin::commands
