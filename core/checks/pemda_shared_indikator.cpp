// One indicator claimed by two OPD at their top level (the IKU of two Kepala Dinas): counted twice in the Pemda's
// roll-up and owned by nobody when it is missed. "Nearly the same" is the same name once case, punctuation, runs
// of spaces and a remark in brackets are set aside: "Indeks Kepuasan Masyarakat (IKM)" and "indeks kepuasan
// masyarakat" are one indicator. Within one OPD the duplicate_indikator rule speaks instead.
#include <algorithm>
#include <map>
#include <vector>

#include "core/checks/comparable_text.h"
#include "core/checks/pemda_review.h"

namespace pokin {
namespace {

std::string without_brackets(const std::string& text) {
  std::string kept;
  int depth = 0;
  for (char c : text) {
    if (c == '(') ++depth;
    if (depth == 0) kept += c;
    if (c == ')' && depth > 0) --depth;
  }
  return kept;
}

struct Claim {
  Id indikator = kNoId;
  Id opd = kNoId;
  std::size_t opd_position = 0;
};

}  // namespace

void check_indikator_claimed_by_two_opd(Review& review, const OpdIndex& opds) {
  const Document& d = review.document;
  std::map<Id, std::size_t> position;
  for (Id opd : opds.opds()) position.emplace(opd, position.size());
  std::map<std::string, std::vector<Claim>> claims;
  for (const auto& [id, indikator] : d.indikator) {
    const Sasaran* sasaran = d.find_sasaran(indikator.sasaran);
    if (!sasaran || !opds.is_opd_top(*sasaran)) continue;
    std::string name = comparable_text(without_brackets(indikator.name));
    if (name.empty()) name = comparable_text(indikator.name);  // a name that is all remark
    if (name.empty()) continue;
    Id opd = opds.opd_of_unit(sasaran->unit);
    auto at = position.find(opd);
    if (at == position.end()) continue;
    claims[name].push_back({id, opd, at->second});
  }
  for (auto& [name, list] : claims) {
    std::stable_sort(list.begin(), list.end(),
                     [](const Claim& a, const Claim& b) { return a.opd_position < b.opd_position; });
    const Claim& first = list.front();
    Id reported_opd = first.opd;
    for (const Claim& claim : list) {
      if (claim.opd == first.opd || claim.opd == reported_opd) continue;  // once per OPD
      reported_opd = claim.opd;
      std::string here = quoted_opd(review, claim.opd), there = quoted_opd(review, first.opd);
      review.add(Rule::IndikatorClaimedByTwoOpd, claim.indikator,
                 {"Indikator " + review.quoted(claim.indikator) + " milik " + here + " sama dengan " +
                      review.quoted(first.indikator) + " milik " + there + ": satu indikator diklaim dua Perangkat Daerah.",
                  "Indicator " + review.quoted(claim.indikator) + " of " + here + " is the same as " +
                      review.quoted(first.indikator) + " of " + there + ": one indicator claimed by two OPD."},
                 {"Sepakati satu Perangkat Daerah pengampu (" + there + " atau " + here +
                      "); yang lain mendukungnya lewat crosscutting atau indikator yang lebih rinci.",
                  "Agree on one OPD in charge (" + there + " or " + here +
                      "); the other supports it through crosscutting or a finer indicator."},
                 {first.indikator, first.opd});
    }
  }
}

}  // namespace pokin
