#include "core/commands/changed_rows_since.h"

#include <variant>

namespace pokin::commands {

std::optional<store::ChangedRows> changed_rows_since(const Editor& editor, std::uint64_t revision) {
  auto journal = editor.changes_since(revision);
  if (!journal) return std::nullopt;
  store::ChangedRows rows;
  for (const AppliedChanges& applied : *journal) {
    for (const RowChange& change : *applied.changes) {
      // Forward or backward, a change touches the same row; what the row holds now is read from the document.
      std::visit(
          [&rows](const auto& put) {
            using T = std::decay_t<decltype(put)>;
            if constexpr (std::is_same_v<T, Put<Unit>>) rows.units.insert(put.id);
            else if constexpr (std::is_same_v<T, Put<Sasaran>>) rows.sasaran.insert(put.id);
            else if constexpr (std::is_same_v<T, Put<Indikator>>) rows.indikator.insert(put.id);
            else if constexpr (std::is_same_v<T, Put<CrosscuttingLink>>) rows.links.insert(put.id);
            else rows.info = true;
          },
          change);
    }
  }
  return rows;
}

}  // namespace pokin::commands
