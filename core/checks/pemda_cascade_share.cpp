// How far each OPD carries its cascade, level by level: the figure of the penjenjangan table, as a finding on
// the OPD's head unit wherever a level is not fully cascaded. Which sasaran stop the cascade is told per sasaran
// by the not_cascaded rule.
#include "core/capaian/capaian.h"
#include "core/checks/opd_cascade.h"
#include "core/checks/pemda_review.h"

namespace pokin {

void check_opd_cascade_share(Review& review, const OpdIndex& opds) {
  const Document& d = review.document;
  for (const OpdCascade& opd : summarize_pemda_cascade(d, review.index, opds).opds) {
    std::string name = quoted_opd(review, opd.opd);
    for (const LevelSummary& level : opd.levels) {
      if (!level.cascaded_share || level.cascaded == level.sasaran) continue;
      std::string next = level_sasaran_label(d.info, level.level + 1LL);
      std::string of_id = std::to_string(level.cascaded) + " dari " + std::to_string(level.sasaran) + " " + level.label;
      std::string of_en = std::to_string(level.cascaded) + " of " + std::to_string(level.sasaran) + " " + level.label;
      std::size_t missing = level.sasaran - level.cascaded;
      review.add(Rule::OpdLevelNotCascaded, opd.opd,
                 {name + ": " + of_id + " (" + format_percent(*level.cascaded_share, Language::Indonesian) +
                      ") sudah diturunkan ke " + next + "; " + std::to_string(missing) + " belum.",
                  name + ": " + of_en + " (" + format_percent(*level.cascaded_share, Language::English) +
                      ") are cascaded to " + next + "; " + std::to_string(missing) + " are not."},
                 {"Temuan \"Sasaran belum diturunkan ke level berikutnya\" menyebut sasaran mana saja; turunkan ke unit "
                  "bawahan " + name + ".",
                  "The \"Sasaran not cascaded to the next level\" findings name which ones; cascade them to the "
                  "sub-units of " + name + "."});
    }
  }
}

}  // namespace pokin
