// Is every sasaran carried further down? A sasaran whose unit has sub-units, but that no sasaran of a lower
// level supports, stops the cascade. Per node this is info; the headline figure is the cascaded share per level
// (summarize_levels in check_document.cpp).
#include "core/checks/review.h"
#include "core/model/pemda_structure.h"
#include "core/model/statement_label.h"

namespace pokin {

void check_cascade_coverage(Review& review) {
  const DocumentInfo& info = review.document.info;
  const bool is_pemda = is_pemda_document(review.document);
  for (const auto& [id, sasaran] : review.document.sasaran) {
    if (!review.index.child_sasaran(id).empty()) continue;
    // A sasaran RPJMD is carried by the OPD: the Pemda rule rpjmd_sasaran_unsupported (pemda_checks.cpp) says so.
    if (is_pemda && sasaran.kind == StatementKind::Sasaran && opd_of_unit(review.document, sasaran.unit) == kNoId)
      continue;
    std::string next_level = level_sasaran_label(info, cascade_rank(sasaran) + 1LL);
    if (sasaran.kind == StatementKind::Tujuan) {  // carried by the Sasaran Strategis of the same unit
      review.add(Rule::NotCascaded, id,
                 {"Tujuan " + review.quoted(id) + " belum didukung oleh " + next_level + " mana pun.",
                  "Tujuan " + review.quoted(id) + " is not supported by any " + next_level + "."},
                 {"Hubungkan " + next_level + " yang mewujudkan tujuan ini ke tujuan ini.",
                  "Link the " + next_level + " that realise this tujuan to it."});
      continue;
    }
    const auto& sub_units = review.index.child_units(sasaran.unit);
    if (sub_units.empty()) continue;  // the end of the organisation: nobody below to carry it
    std::string sub_unit = review.quoted(sub_units.front());
    review.add(Rule::NotCascaded, id,
               {"Sasaran " + review.quoted(id) + " belum didukung oleh " + next_level + " mana pun.",
                "Sasaran " + review.quoted(id) + " is not supported by any " + next_level + "."},
               {"Hubungkan " + next_level + " unit bawahan (misalnya " + sub_unit + ") ke sasaran ini.",
                "Link a " + next_level + " of a sub-unit (e.g. " + sub_unit + ") to this sasaran."});
  }
}

}  // namespace pokin
