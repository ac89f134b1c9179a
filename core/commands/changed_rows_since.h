#pragma once
// The rows a save must write: every entity an editor's journal touched since `revision` (the revision the file
// holds). std::nullopt when the journal no longer reaches back that far: the caller then saves the whole
// document.
#include <cstdint>
#include <optional>

#include "core/commands/editor.h"
#include "core/store/changed_rows.h"

namespace pokin::commands {

std::optional<store::ChangedRows> changed_rows_since(const Editor& editor, std::uint64_t revision);

}  // namespace pokin::commands
