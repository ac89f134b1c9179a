#include "core/forms/lkjip_budget.h"

#include <cmath>
#include <unordered_set>
#include <vector>

#include "core/model/indonesian_number.h"

namespace pokin {
namespace {

const Value* written(const std::map<int, Value>& values, int year) {
  auto found = values.find(year);
  return found == values.end() || found->second.empty() ? nullptr : &found->second;
}

std::optional<double> number_of(const Value* value) {
  if (!value) return std::nullopt;
  std::optional<double> number = value->number ? value->number : parse_indonesian_number(value->text);
  if (number && !std::isfinite(*number)) return std::nullopt;
  return number;
}

}  // namespace

SasaranBudget sasaran_budget(const Document& document, const TreeIndex& index, Id sasaran, int year) {
  SasaranBudget budget;
  std::unordered_set<Id> seen;  // a damaged document may loop; each sasaran counts once
  std::vector<Id> stack{sasaran};
  while (!stack.empty()) {
    Id id = stack.back();
    stack.pop_back();
    const Sasaran* node = document.find_sasaran(id);
    if (!node || !seen.insert(id).second) continue;
    const Value* pagu = written(node->pagu, year);
    const Value* realisasi = written(node->realisasi_pagu, year);
    if (!pagu && !realisasi) {
      for (Id child : index.child_sasaran(id)) stack.push_back(child);
      continue;
    }
    ++budget.holders;
    if (auto number = number_of(pagu)) {
      ++budget.pagu_written;
      budget.pagu += *number;
    }
    if (auto number = number_of(realisasi)) {
      ++budget.realisasi_written;
      budget.realisasi += *number;
    }
  }
  return budget;
}

}  // namespace pokin
