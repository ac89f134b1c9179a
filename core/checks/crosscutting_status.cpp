// Crosscutting links that nobody has agreed to yet, or that the partner turned down. The finding sits on the
// sasaran that is helped (a node on the canvas); the link's id comes first in `related`.
#include "core/checks/review.h"

namespace pokin {

void check_crosscutting(Review& review) {
  const Document& d = review.document;
  for (const auto& [id, link] : d.links) {
    if (link.status == LinkStatus::Diterima || !d.find_sasaran(link.from)) continue;
    if (link.to != kNoId && !d.find_sasaran(link.to)) continue;  // a broken reference, reported as an error
    std::string partner = link.to != kNoId ? review.quoted(link.to) : "\"" + link.partner_name + "\"";
    std::vector<Id> related{id};
    if (link.to != kNoId) related.push_back(link.to);
    if (link.status == LinkStatus::Usulan)
      review.add(Rule::CrosscuttingProposed, link.from,
                 {"Crosscutting dari " + partner + " untuk " + review.quoted(link.from) + " masih berstatus usulan.",
                  "Crosscutting with " + partner + " for " + review.quoted(link.from) + " is still proposed."},
                 {"Sepakati dengan mitra lalu ubah statusnya menjadi diterima, atau tolak.",
                  "Agree it with the partner and set it to accepted, or reject it."},
                 std::move(related));
    else
      review.add(Rule::CrosscuttingRejected, link.from,
                 {"Crosscutting dari " + partner + " untuk " + review.quoted(link.from) + " ditolak.",
                  "Crosscutting with " + partner + " for " + review.quoted(link.from) + " was rejected."},
                 {"Cari mitra lain yang mendukung sasaran ini, atau hapus tautan ini.",
                  "Find another partner supporting this sasaran, or delete the link."},
                 std::move(related));
  }
}

}  // namespace pokin
