// Does every OPD's Sasaran Strategis support a sasaran RPJMD, and does some OPD support every sasaran RPJMD?
// Bappeda's first question of a Pemda tree. A Sasaran Strategis may reach the RPJMD through the OPD's own Tujuan;
// a link on the way that an import only suggested is reported apart, since it may be wrong.
#include <unordered_set>

#include "core/checks/opd_cascade.h"
#include "core/checks/pemda_review.h"
#include "core/model/pemda_structure.h"
#include "core/model/statement_label.h"

namespace pokin {
namespace {

struct RpjmdReach {
  Id rpjmd = kNoId;        // the sasaran RPJMD reached, or kNoId
  Id outside = kNoId;      // the first statement above that lies outside the OPD (another OPD's), or kNoId
  bool suggested = false;  // some link on the way was only suggested
};

RpjmdReach reach_rpjmd(const Document& document, const OpdIndex& opds, const Sasaran& start, Id opd) {
  RpjmdReach reach;
  const Sasaran* at = &start;
  for (std::size_t steps = 0; steps <= document.sasaran.size(); ++steps) {
    const Sasaran* parent = document.find_sasaran(at->parent);
    if (!parent) return reach;
    reach.suggested |= at->link_origin == LinkOrigin::Suggested;
    if (opds.is_rpjmd(parent->id)) {
      if (parent->kind == StatementKind::Sasaran) reach.rpjmd = parent->id;
      return reach;
    }
    if (opds.opd_of_unit(parent->unit) != opd) {
      reach.outside = parent->id;
      return reach;
    }
    at = parent;
  }
  return reach;
}

void check_opd_sasaran(Review& review, const OpdIndex& opds, const Sasaran& sasaran) {
  const Document& d = review.document;
  Id opd = opds.opd_of_unit(sasaran.unit);
  RpjmdReach reach = reach_rpjmd(d, opds, sasaran, opd);
  std::string what = statement_label(d.info, sasaran) + " " + review.quoted(sasaran.id);
  std::string of_opd = quoted_opd(review, opd);
  if (reach.rpjmd != kNoId && !reach.suggested) return;
  if (reach.rpjmd != kNoId) {
    review.add(Rule::OpdSasaranWithoutRpjmd, sasaran.id,
               {what + " milik " + of_opd + " mendukung sasaran RPJMD " + review.quoted(reach.rpjmd) +
                    " hanya melalui tautan usulan otomatis yang belum ditinjau.",
                what + " of " + of_opd + " supports the sasaran RPJMD " + review.quoted(reach.rpjmd) +
                    " only through an automatically suggested link nobody has reviewed."},
               {"Tinjau tautannya bersama " + of_opd + ": terima bila benar, atau hubungkan ke sasaran RPJMD yang tepat.",
                "Review the link with " + of_opd + ": accept it if it is right, or link it to the right sasaran RPJMD."},
               {reach.rpjmd});
    return;
  }
  std::string elsewhere_id, elsewhere_en;
  std::vector<Id> related;
  if (reach.outside != kNoId) {
    Id other = opds.opd_of_sasaran(reach.outside);
    std::string owner = other != kNoId ? quoted_opd(review, other) : review.quoted(d.sasaran.at(reach.outside).unit);
    elsewhere_id = " (ia tergantung pada " + review.quoted(reach.outside) + " milik " + owner + ")";
    elsewhere_en = " (it hangs under " + review.quoted(reach.outside) + " of " + owner + ")";
    related.push_back(reach.outside);
  }
  review.add(Rule::OpdSasaranWithoutRpjmd, sasaran.id,
             {what + " milik " + of_opd + " belum mendukung sasaran RPJMD mana pun" + elsewhere_id + ".",
              what + " of " + of_opd + " supports no sasaran RPJMD" + elsewhere_en + "."},
             {"Hubungkan ke sasaran RPJMD yang didukungnya (Bappeda bersama " + of_opd + ").",
              "Link it to the sasaran RPJMD it supports (Bappeda with " + of_opd + ")."},
             std::move(related));
}

}  // namespace

std::string quoted_opd(const Review& review, Id opd) { return "\"" + opd_name(review.document, opd) + "\""; }

void check_rpjmd_support(Review& review, const OpdIndex& opds) {
  const Document& d = review.document;
  for (const auto& [id, sasaran] : d.sasaran)
    if (sasaran.kind == StatementKind::Sasaran && opds.is_opd_top(sasaran)) check_opd_sasaran(review, opds, sasaran);

  const RpjmdSupportReach supported = supported_rpjmd_sasaran(d, opds);
  for (const auto& [id, sasaran] : d.sasaran) {
    if (sasaran.kind != StatementKind::Sasaran || !opds.is_rpjmd(id)) continue;
    // Reached only through an unreviewed suggestion: the finding on the OPD's Sasaran Strategis says so, once.
    if (supported.reviewed.count(id) || supported.suggested_only.count(id)) continue;
    // A sasaran RPJMD split into finer sasaran RPJMD is carried by those: each of them is reported instead.
    bool split = false;
    for (Id child : review.index.child_sasaran(id)) split |= opds.is_rpjmd(child);
    if (split) continue;
    review.add(Rule::RpjmdSasaranUnsupported, id,
               {"Sasaran RPJMD " + review.quoted(id) +
                    " belum didukung Sasaran Strategis Perangkat Daerah mana pun.",
                "Sasaran RPJMD " + review.quoted(id) + " is supported by no OPD's Sasaran Strategis."},
               {"Tetapkan Perangkat Daerah pengampunya dan hubungkan Sasaran Strategisnya ke sasaran ini.",
                "Name the OPD in charge of it and link that OPD's Sasaran Strategis to this sasaran."});
  }
}

void check_pemda(Review& review) {
  OpdIndex opds(review.document);
  check_rpjmd_support(review, opds);
  check_indikator_claimed_by_two_opd(review, opds);
  check_crosscutting_between_opd(review, opds);
  check_opd_cascade_share(review, opds);
}

}  // namespace pokin
