#include "core/forms/renstra_statements.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/forms/unit_selection.h"
#include "core/text/bilingual.h"

namespace pokin {
namespace {

enum class Shown { No, Kept, Context };

bool within_levels(const Sasaran& sasaran, int levels) {
  return levels <= 0 || sasaran.kind == StatementKind::Tujuan || sasaran.level < levels;
}

// Kept statements, and above each the statements it stands under (a parent cycle ends the climb).
std::unordered_map<Id, Shown> shown_statements(const Document& document, const FormRequest& request,
                                               const TreeIndex& index) {
  Id unit = request.unit.empty() ? kNoId : resolve_unit(document, request.unit);
  if (request.branch != kNoId && !document.find_sasaran(request.branch))
    throw UserError("Sasaran dengan id " + std::to_string(request.branch) + " tidak ada dalam dokumen.",
                    "There is no sasaran with id " + std::to_string(request.branch) + " in the document.");
  std::unordered_map<Id, Shown> shown;
  for (const auto& [id, sasaran] : document.sasaran) {
    bool kept = within_levels(sasaran, request.levels) &&
                (unit == kNoId || index.unit_is_ancestor(unit, sasaran.unit)) &&
                (request.branch == kNoId || index.sasaran_is_ancestor(request.branch, id));
    if (kept) shown[id] = Shown::Kept;
  }
  std::vector<Id> kept;
  for (const auto& [id, how] : shown) kept.push_back(id);
  for (Id id : kept) {
    const Sasaran* above = document.find_sasaran(document.sasaran.at(id).parent);
    while (above && !shown.count(above->id)) {
      shown[above->id] = Shown::Context;
      above = document.find_sasaran(above->parent);
    }
  }
  return shown;
}

// Unlinked lower statements before the Tujuan and Sasaran Strategis at the top (stable: sibling order stays).
std::vector<Id> ordered_roots(const Document& document, const TreeIndex& index) {
  std::vector<Id> roots = index.root_sasaran();
  std::stable_partition(roots.begin(), roots.end(), [&](Id id) {
    const Sasaran& sasaran = document.sasaran.at(id);
    return renstra_column(sasaran) == RenstraColumn::Program && sasaran.kind != StatementKind::Tujuan;
  });
  return roots;
}

}  // namespace

RenstraColumn renstra_column(const Sasaran& sasaran) {
  if (sasaran.kind == StatementKind::Tujuan) return RenstraColumn::Tujuan;
  if (!sasaran.nomenclature.empty()) return RenstraColumn::Program;
  return sasaran.level <= 0 ? RenstraColumn::Sasaran : RenstraColumn::Program;
}

std::vector<RenstraStatement> renstra_statements(const Document& document, const TreeIndex& index,
                                                const FormRequest& request) {
  std::unordered_map<Id, Shown> shown = shown_statements(document, request, index);
  std::vector<RenstraStatement> out;
  std::unordered_set<Id> visited;
  // Depth first without recursion: a document may hold a chain thousands of statements deep.
  auto walk = [&](Id root) {
    std::vector<std::pair<Id, int>> stack{{root, 0}};
    while (!stack.empty()) {
      auto [id, depth] = stack.back();
      stack.pop_back();
      if (!visited.insert(id).second) continue;
      auto found = shown.find(id);
      bool is_shown = found != shown.end();
      if (is_shown) out.push_back({id, depth, found->second == Shown::Context});
      const std::vector<Id>& children = index.child_sasaran(id);
      for (auto child = children.rbegin(); child != children.rend(); ++child)
        stack.emplace_back(*child, is_shown ? depth + 1 : depth);
    }
  };
  for (Id root : ordered_roots(document, index)) walk(root);
  for (const auto& [id, sasaran] : document.sasaran)
    if (shown.count(id) && !visited.count(id)) walk(id);
  return out;
}

}  // namespace pokin
