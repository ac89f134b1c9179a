#pragma once
// The primitive of every edit: an entity replaced by another value (added: no `before`; removed: no `after`).
// A Step is a named list of them. Applying a step forward and then backward gives back the identical document,
// which is what makes undo exact.
#include <optional>
#include <variant>
#include <vector>

#include "core/model/document.h"
#include "core/text/bilingual.h"

namespace pokin {

template <class T>
struct Put {
  Id id = kNoId;
  std::optional<T> before;
  std::optional<T> after;
};

struct InfoPut {
  DocumentInfo before;
  DocumentInfo after;
};

// One row put or the document info changed (named RowChange: core/compare/document_diff.h has a Change of its own).
using RowChange = std::variant<Put<Unit>, Put<Sasaran>, Put<Indikator>, Put<CrosscuttingLink>, InfoPut>;

struct Step {
  Bilingual name;               // shown in the history: "Ubah sasaran SS1" / "Edit sasaran SS1"
  std::vector<RowChange> changes;     // applied in order, reverted in reverse order
  Id created = kNoId;           // the main entity an "add" step created, for the caller to select
};

void apply_forward(Document& document, const std::vector<RowChange>& changes);
void apply_backward(Document& document, const std::vector<RowChange>& changes);

}  // namespace pokin
