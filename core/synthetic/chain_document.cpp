#include "core/synthetic/chain_document.h"

#include <algorithm>

#include "core/model/document_limits.h"

namespace pokin {

Document make_chain_document(int depth, bool closed) {
  Document document;
  Id previous_unit = kNoId, previous_sasaran = kNoId;
  for (int k = 0; k < depth; ++k) {
    Unit unit;
    unit.id = document.allocate_id();
    unit.parent = previous_unit;
    unit.kind = k == 0 ? UnitKind::Head : UnitKind::Staff;
    unit.name = "Unit " + std::to_string(k + 1);
    document.units.emplace(unit.id, unit);

    Sasaran sasaran;
    sasaran.id = document.allocate_id();
    sasaran.unit = unit.id;
    sasaran.parent = previous_sasaran;
    sasaran.level = std::min(k, kMaxSasaranLevel);
    sasaran.statement = "Meningkatnya kinerja unit " + std::to_string(k + 1);
    document.sasaran.emplace(sasaran.id, sasaran);

    previous_unit = unit.id;
    previous_sasaran = sasaran.id;
  }
  if (closed && depth > 0) document.sasaran.begin()->second.parent = previous_sasaran;
  return document;
}

}  // namespace pokin
