// A unit (or a position) with no sasaran of its own has no place in the cascade.
#include "core/checks/review.h"

namespace pokin {

void check_units_without_sasaran(Review& review) {
  for (const auto& [id, unit] : review.document.units)
    if (review.index.unit_sasaran(id).empty())
      review.add(
          Rule::UnitWithoutSasaran, id,
          {"Unit " + review.quoted(id) + " belum memiliki sasaran.", "Unit " + review.quoted(id) + " has no sasaran."},
          {"Rumuskan sasaran unit ini yang mendukung sasaran unit atasannya, atau hapus unit bila tidak dipakai.",
           "Write this unit's sasaran supporting its superior's, or delete the unit if it is not used."});
}

}  // namespace pokin
