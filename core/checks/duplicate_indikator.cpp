// The same indicator twice in one unit (under one sasaran or two): measured twice, counted twice in the roll-up.
#include <map>

#include "core/checks/comparable_text.h"
#include "core/checks/review.h"

namespace pokin {

void check_duplicate_indikator(Review& review) {
  const Document& d = review.document;
  for (const auto& [unit_id, unit] : d.units) {
    std::map<std::string, Id> first_by_name;
    for (Id sasaran : review.index.unit_sasaran(unit_id))
      for (Id indikator_id : review.index.sasaran_indikator(sasaran)) {
        std::string name = comparable_text(d.indikator.at(indikator_id).name);
        if (name.empty()) continue;
        auto [it, inserted] = first_by_name.try_emplace(name, indikator_id);
        if (inserted) continue;
        Id first = it->second;
        review.add(Rule::DuplicateIndikator, indikator_id,
                   {"Indikator " + review.quoted(indikator_id) + " sama dengan " + review.quoted(first) + " di unit " +
                        review.quoted(unit_id) + ".",
                    "Indicator " + review.quoted(indikator_id) + " repeats " + review.quoted(first) + " in unit " +
                        review.quoted(unit_id) + "."},
                   {"Hapus salah satunya, atau bedakan namanya bila keduanya mengukur hal yang berbeda.",
                    "Delete one of them, or rename one if they measure different things."},
                   {first});
      }
  }
}

}  // namespace pokin
