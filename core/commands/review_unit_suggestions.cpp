#include "core/commands/review_unit_suggestions.h"

#include <algorithm>

#include "core/text/bilingual.h"

namespace pokin::commands {

std::vector<Id> suggested_links_of_unit(const Document& document, Id unit) {
  std::vector<const Sasaran*> found;
  for (const auto& [id, sasaran] : document.sasaran)
    if (sasaran.unit == unit && sasaran.parent != kNoId && sasaran.link_origin == LinkOrigin::Suggested)
      found.push_back(&sasaran);
  std::stable_sort(found.begin(), found.end(), [](const Sasaran* a, const Sasaran* b) { return a->order < b->order; });
  std::vector<Id> ids;
  for (const Sasaran* sasaran : found) ids.push_back(sasaran->id);
  return ids;
}

Step review_unit_suggestions(const Document& document, Id unit_id, SuggestionVerdict verdict) {
  const Unit* unit = document.find_unit(unit_id);
  if (!unit)
    throw UserError("Unit kerja dengan id " + std::to_string(unit_id) + " tidak ada dalam dokumen.",
                    "There is no unit with id " + std::to_string(unit_id) + " in the document.");
  std::string name = "\"" + (unit->name.empty() ? unit->jabatan : unit->name) + "\"";
  std::vector<Id> pending = suggested_links_of_unit(document, unit_id);
  if (pending.empty())
    throw UserError("Unit " + name + " tidak punya usulan tautan yang menunggu ditinjau.",
                    "Unit " + name + " has no suggested links awaiting review.");
  Step step;
  bool accept = verdict == SuggestionVerdict::Accept;
  std::string count = std::to_string(pending.size());
  step.name = accept ? Bilingual{"Terima " + count + " usulan tautan unit " + name,
                                 "Accept " + count + " suggested links of unit " + name}
                     : Bilingual{"Tolak " + count + " usulan tautan unit " + name,
                                 "Reject " + count + " suggested links of unit " + name};
  for (Id id : pending) {
    const Sasaran& before = document.sasaran.at(id);
    Sasaran after = before;
    after.link_origin = LinkOrigin::Person;
    if (!accept) {
      after.parent = kNoId;
      after.suggestion_score = 0;
    }
    step.changes.push_back(Put<Sasaran>{id, before, after});
  }
  return step;
}

}  // namespace pokin::commands
