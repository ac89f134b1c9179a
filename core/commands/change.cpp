#include "core/commands/change.h"

namespace pokin {
namespace {

template <class T>
void put(std::map<Id, T>& map, Id id, const std::optional<T>& value, Document& document) {
  if (value) {
    map.insert_or_assign(id, *value);
    document.note_id(id);
  } else {
    map.erase(id);
  }
}

void apply_one(Document& document, const RowChange& change, bool forward) {
  std::visit(
      [&](const auto& c) {
        using C = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<C, InfoPut>) {
          document.info = forward ? c.after : c.before;
        } else {
          const auto& value = forward ? c.after : c.before;
          if constexpr (std::is_same_v<C, Put<Unit>>) put(document.units, c.id, value, document);
          if constexpr (std::is_same_v<C, Put<Sasaran>>) put(document.sasaran, c.id, value, document);
          if constexpr (std::is_same_v<C, Put<Indikator>>) put(document.indikator, c.id, value, document);
          if constexpr (std::is_same_v<C, Put<CrosscuttingLink>>) put(document.links, c.id, value, document);
        }
      },
      change);
}

}  // namespace

void apply_forward(Document& document, const std::vector<RowChange>& changes) {
  for (const auto& change : changes) apply_one(document, change, true);
}

void apply_backward(Document& document, const std::vector<RowChange>& changes) {
  for (auto it = changes.rbegin(); it != changes.rend(); ++it) apply_one(document, *it, false);
}

}  // namespace pokin
