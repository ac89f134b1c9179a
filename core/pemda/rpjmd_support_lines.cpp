#include "core/pemda/rpjmd_support_lines.h"

#include <set>

#include "core/model/pemda_structure.h"
#include "core/pemda/split_note_lines.h"

namespace pokin::pemda {

void restore_rpjmd_support_lines(Document& pemda, Id pemda_unit, const std::vector<Id>& parts, MergeReport& report) {
  std::vector<Id> rpjmd;
  for (const auto& [id, sasaran] : pemda.sasaran)
    if (sasaran.unit == pemda_unit && sasaran.kind == StatementKind::Sasaran) rpjmd.push_back(id);
  const std::set<Id> wanted(parts.begin(), parts.end());
  for (auto& [id, sasaran] : pemda.sasaran) {
    if (sasaran.unit == pemda_unit || !wanted.count(opd_of_unit(pemda, sasaran.unit))) continue;
    std::optional<std::string> reference = note_line(sasaran.note, kRpjmdSupportPrefix);
    if (!reference) continue;
    sasaran.note = note_without_line(sasaran.note, kRpjmdSupportPrefix);
    if (sasaran.parent != kNoId) continue;  // the Pemda document's own link stands
    Id target = find_referenced_sasaran(pemda, rpjmd, *reference);
    std::string opd = opd_name(pemda, opd_of_unit(pemda, sasaran.unit));
    if (target == kNoId) {
      report.lost.push_back({opd, sasaran.code, sasaran.statement,
                             {"mendukung sasaran RPJMD \"" + *reference + "\", yang tidak ada (atau tidak tunggal) di RPJMD ini; tautan tidak dipasang",
                              "supported sasaran RPJMD \"" + *reference + "\", which this RPJMD does not hold (or holds more than once); not linked"}});
      continue;
    }
    sasaran.parent = target;
    sasaran.link_origin = LinkOrigin::Person;
    sasaran.suggestion_score = 0;
    report.kept.push_back({opd + ": " + quoted_statement(sasaran) + " mendukung sasaran RPJMD \"" + *reference + "\" (dari berkas OPD)",
                           opd + ": " + quoted_statement(sasaran) + " supports sasaran RPJMD \"" + *reference + "\" (from the OPD file)"});
  }
}

}  // namespace pokin::pemda
