// Crosscutting links that nobody has agreed to yet, or that the partner turned down. The finding sits on the
// sasaran that is helped (a node on the canvas); the link's id comes first in `related`.
#include "core/checks/review.h"
#include "core/model/pemda_structure.h"

namespace pokin {
namespace {

bool between_two_opd(const Document& document, const CrosscuttingLink& link) {
  if (!is_pemda_document(document) || link.to == kNoId) return false;
  Id helped = opd_of_sasaran(document, link.from), helping = opd_of_sasaran(document, link.to);
  return helped != kNoId && helping != kNoId && helped != helping;
}

}  // namespace

void check_crosscutting(Review& review) {
  const Document& d = review.document;
  for (const auto& [id, link] : d.links) {
    if (link.status == LinkStatus::Diterima || !d.find_sasaran(link.from)) continue;
    if (link.to != kNoId && !d.find_sasaran(link.to)) continue;  // a broken reference, reported as an error
    if (link.status == LinkStatus::Usulan && between_two_opd(d, link)) continue;  // pemda_crosscutting.cpp
    std::string partner = link.to != kNoId ? review.quoted(link.to) : "\"" + link.partner_name + "\"";
    std::vector<Id> related{id};
    if (link.to != kNoId) related.push_back(link.to);
    bool proposed = link.status == LinkStatus::Usulan;
    std::string what_id = "Crosscutting dari " + partner + " untuk " + review.quoted(link.from);
    std::string what_en = "Crosscutting with " + partner + " for " + review.quoted(link.from);
    review.add(proposed ? Rule::CrosscuttingProposed : Rule::CrosscuttingRejected, link.from,
               proposed ? Bilingual{what_id + " masih berstatus usulan.", what_en + " is still proposed."}
                        : Bilingual{what_id + " ditolak.", what_en + " was rejected."},
               proposed ? Bilingual{"Sepakati dengan mitra lalu ubah statusnya menjadi diterima, atau tolak.",
                                    "Agree it with the partner and set it to accepted, or reject it."}
                        : Bilingual{"Cari mitra lain yang mendukung sasaran ini, atau hapus tautan ini.",
                                    "Find another partner supporting this sasaran, or delete the link."},
               std::move(related));
  }
}

}  // namespace pokin
