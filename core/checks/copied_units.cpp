// Units whose whole set of sasaran and indicators is the same as another unit's: copy-paste in the source
// document (seed 003 has five identical SEKSI PROSES PERIZINAN units). Each unit of such a group is reported,
// because the reviewer cannot know which one is the original.
#include <algorithm>
#include <map>

#include "core/checks/comparable_text.h"
#include "core/checks/review.h"

namespace pokin {
namespace {

// Order-free content of a unit: each sasaran's statement with its indicator names, sorted. Codes are left out
// (a copy often renumbers them).
using UnitContent = std::vector<std::pair<std::string, std::vector<std::string>>>;

UnitContent content_of(const Review& review, Id unit) {
  UnitContent content;
  for (Id sasaran_id : review.index.unit_sasaran(unit)) {
    std::vector<std::string> names;
    for (Id indikator : review.index.sasaran_indikator(sasaran_id))
      names.push_back(comparable_text(review.document.indikator.at(indikator).name));
    std::sort(names.begin(), names.end());
    content.emplace_back(comparable_text(review.document.sasaran.at(sasaran_id).statement), std::move(names));
  }
  std::sort(content.begin(), content.end());
  return content;
}

}  // namespace

void check_copied_units(Review& review) {
  std::map<UnitContent, std::vector<Id>> units_by_content;
  for (const auto& [id, unit] : review.document.units) {
    UnitContent content = content_of(review, id);
    if (!content.empty()) units_by_content[std::move(content)].push_back(id);
  }
  for (const auto& [content, units] : units_by_content) {
    if (units.size() < 2) continue;
    for (Id unit : units) {
      std::vector<Id> others;
      std::string names;
      for (Id other : units) {
        if (other == unit) continue;
        others.push_back(other);
        if (others.size() <= 3) names += (names.empty() ? "" : ", ") + review.quoted(other);
      }
      std::string more_id, more_en;
      if (others.size() > 3) {
        more_id = " dan " + std::to_string(others.size() - 3) + " unit lain";
        more_en = " and " + std::to_string(others.size() - 3) + " more units";
      }
      review.add(Rule::CopiedUnit, unit,
                 {"Seluruh sasaran dan indikator unit " + review.quoted(unit) + " sama persis dengan unit " + names +
                      more_id + ".",
                  "All sasaran and indicators of unit " + review.quoted(unit) + " are the same as those of " + names +
                      more_en + "."},
                 {"Rumuskan sasaran dan indikator yang khas untuk tugas dan fungsi unit ini.",
                  "Write sasaran and indicators specific to this unit's tasks and functions."},
                 std::move(others));
    }
  }
}

}  // namespace pokin
