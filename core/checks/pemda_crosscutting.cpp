// Crosscutting between two OPD that is only proposed: in a Pemda tree both OPD must agree before Bappeda counts
// on it. The finding sits on the sasaran helped and names both OPD; crosscutting_status.cpp leaves these links
// to this rule (and still reports rejected ones).
#include "core/checks/pemda_review.h"

namespace pokin {

void check_crosscutting_between_opd(Review& review, const OpdIndex& opds) {
  const Document& d = review.document;
  for (const auto& [id, link] : d.links) {
    if (link.status != LinkStatus::Usulan || !d.find_sasaran(link.from) || !d.find_sasaran(link.to)) continue;
    Id helped = opds.opd_of_sasaran(link.from), helping = opds.opd_of_sasaran(link.to);
    if (helped == kNoId || helping == kNoId || helped == helping) continue;
    std::string helped_opd = quoted_opd(review, helped), helping_opd = quoted_opd(review, helping);
    review.add(Rule::CrosscuttingBetweenOpdNotAgreed, link.from,
               {"Crosscutting dari " + review.quoted(link.to) + " (" + helping_opd + ") untuk " +
                    review.quoted(link.from) + " (" + helped_opd + ") masih usulan: belum disepakati kedua Perangkat Daerah.",
                "Crosscutting from " + review.quoted(link.to) + " (" + helping_opd + ") for " + review.quoted(link.from) +
                    " (" + helped_opd + ") is only proposed: the two OPD have not agreed it."},
               {"Sepakati bersama " + helping_opd + " dan " + helped_opd + ", lalu ubah statusnya menjadi diterima, atau tolak.",
                "Agree it with " + helping_opd + " and " + helped_opd + ", then set it to accepted, or reject it."},
               {id, link.to});
  }
}

}  // namespace pokin
