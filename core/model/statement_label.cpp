#include "core/model/statement_label.h"

namespace pokin {

std::string statement_label(const DocumentInfo& info, const Sasaran& sasaran) {
  if (sasaran.kind == StatementKind::Tujuan) return "Tujuan";
  return level_sasaran_label(info, sasaran.level);
}

std::string statement_indikator_label(const DocumentInfo& info, const Sasaran& sasaran) {
  if (sasaran.kind == StatementKind::Tujuan) return "Indikator Tujuan";
  return level_indikator_label(info, sasaran.level);
}

int cascade_rank(const Sasaran& sasaran) { return sasaran.kind == StatementKind::Tujuan ? -1 : sasaran.level; }

}  // namespace pokin
