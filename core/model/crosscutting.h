#pragma once
#include <string>

#include "core/model/ids.h"

namespace pokin {

enum class PartnerKind { OpdLain, InstansiVertikal, Desa, NonPemerintah };
enum class LinkStatus { Usulan, Diterima, Ditolak };

// A sasaran that another unit, another OPD or an outside partner helps achieve: a link outside the tree.
// Either `to` names a sasaran of this document, or `partner_name` names someone outside it.
struct CrosscuttingLink {
  Id id = kNoId;
  Id from = kNoId;  // the sasaran that is helped
  Id to = kNoId;    // a sasaran of this document that helps, or kNoId for an outside partner
  std::string partner_name;
  PartnerKind partner_kind = PartnerKind::OpdLain;
  LinkStatus status = LinkStatus::Usulan;
  std::string note;

  bool operator==(const CrosscuttingLink&) const = default;
};

}  // namespace pokin
