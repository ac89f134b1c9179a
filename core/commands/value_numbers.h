#pragma once
// The number of a Value is read from its text by the commands, so an edit of the text (typed in the inspector) can
// never leave the number of the old text behind. A text that did not change keeps its number (an import may have
// read it from a spreadsheet cell rather than from the text). Internal to core/commands.
#include <map>

#include "core/model/indikator.h"

namespace pokin::commands {

// `before`: the value the edited one replaces, or nullptr for a new value.
void renumber(Value& value, const Value* before);
// Each year's value against the same year of `before` (nullptr: all new).
void renumber_years(std::map<int, Value>& values, const std::map<int, Value>* before);

}  // namespace pokin::commands
