#pragma once
// What a planner calls a statement and its indicators: "Tujuan" / "Indikator Tujuan" for a Tujuan of the Renstra,
// the names of its level for a sasaran ("Sasaran Program" / "IKP"). Every place that names the level of a node
// (box, inspector, findings, exports) asks here, so a Tujuan is never called "Sasaran Strategis".
#include <string>

#include "core/model/document.h"

namespace pokin {

std::string statement_label(const DocumentInfo& info, const Sasaran& sasaran);
std::string statement_indikator_label(const DocumentInfo& info, const Sasaran& sasaran);

// Where a statement stands in the cascade, for comparing a statement with the one it supports: a sasaran's level,
// and -1 for a Tujuan, which sits above the Sasaran Strategis (level 0) that support it.
int cascade_rank(const Sasaran& sasaran);

}  // namespace pokin
