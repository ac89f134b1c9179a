#pragma once
// `--unit ID|NAME`: the unit a planner means. An id must exist; a name matches a unit's name or jabatan ignoring
// case and repeated spaces, exactly first, then as a part ("perizinan" finds "Bidang Pelayanan Perizinan").
// Throws UserError naming the candidates when nothing or more than one unit matches.
#include <string>

#include "core/model/document.h"

namespace pokin {

Id resolve_unit(const Document& document, const std::string& selector);

}  // namespace pokin
