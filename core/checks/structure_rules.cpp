// Structural breakage: the only error-severity rules. A document built through core/commands never has these;
// a file edited by another tool, a bad import or a hand-built document can.
#include <set>

#include "core/checks/review.h"

namespace pokin {
namespace {

// The members of the parent cycle that `start` runs into, or empty when its parent chain ends.
template <class T>
std::set<Id> cycle_from(const std::map<Id, T>& entities, Id start) {
  std::set<Id> seen;
  Id current = start;
  while (current != kNoId && !seen.count(current)) {
    seen.insert(current);
    auto it = entities.find(current);
    if (it == entities.end()) return {};
    current = it->second.parent;
  }
  if (current == kNoId) return {};
  // `current` is on the cycle: walk it once more to collect exactly its members.
  std::set<Id> cycle;
  for (Id id = current; !cycle.count(id); id = entities.at(id).parent) cycle.insert(id);
  return cycle;
}

// One finding per cycle, on its smallest id.
template <class T>
void report_cycles(Review& review, const std::map<Id, T>& entities, const Bilingual& what) {
  std::set<Id> reported;
  for (const auto& [id, entity] : entities) {
    if (reported.count(id)) continue;
    std::set<Id> cycle = cycle_from(entities, id);
    if (cycle.empty() || reported.count(*cycle.begin())) continue;
    reported.insert(cycle.begin(), cycle.end());
    Id first = *cycle.begin();
    std::string names;
    for (Id member : cycle) names += (names.empty() ? "" : " → ") + review.quoted(member);
    review.add(Rule::Cycle, first,
               {what.id + " membentuk siklus: " + names + ".", what.en + " form a cycle: " + names + "."},
               {"Putuskan salah satu hubungan atasan dalam siklus ini.", "Break one of the parent links in this cycle."},
               std::vector<Id>(std::next(cycle.begin()), cycle.end()));
  }
}

void check_references(Review& review) {
  const Document& d = review.document;
  const Bilingual fix_unit{"Pilih unit atasan yang ada, atau jadikan unit puncak.",
                           "Choose an existing parent unit, or make it a top unit."};
  for (const auto& [id, unit] : d.units)
    if (unit.parent != kNoId && !d.find_unit(unit.parent))
      review.add(Rule::BrokenReference, id,
                 {"Unit " + review.quoted(id) + " merujuk ke unit atasan #" + std::to_string(unit.parent) +
                      " yang tidak ada.",
                  "Unit " + review.quoted(id) + " refers to parent unit #" + std::to_string(unit.parent) +
                      ", which does not exist."},
                 fix_unit);
  for (const auto& [id, sasaran] : d.sasaran) {
    if (!d.find_unit(sasaran.unit))
      review.add(Rule::BrokenReference, id,
                 {"Sasaran " + review.quoted(id) + " dimiliki unit #" + std::to_string(sasaran.unit) +
                      " yang tidak ada.",
                  "Sasaran " + review.quoted(id) + " is owned by unit #" + std::to_string(sasaran.unit) +
                      ", which does not exist."},
                 {"Pindahkan sasaran ke unit yang ada.", "Move the sasaran to an existing unit."});
    if (sasaran.parent != kNoId && !d.find_sasaran(sasaran.parent))
      review.add(Rule::BrokenReference, id,
                 {"Sasaran " + review.quoted(id) + " mendukung sasaran #" + std::to_string(sasaran.parent) +
                      " yang tidak ada.",
                  "Sasaran " + review.quoted(id) + " supports sasaran #" + std::to_string(sasaran.parent) +
                      ", which does not exist."},
                 {"Hubungkan ulang ke sasaran atasan yang ada.", "Link it again to an existing parent sasaran."});
  }
  for (const auto& [id, indikator] : d.indikator)
    if (!d.find_sasaran(indikator.sasaran))
      review.add(Rule::BrokenReference, id,
                 {"Indikator " + review.quoted(id) + " milik sasaran #" + std::to_string(indikator.sasaran) +
                      " yang tidak ada.",
                  "Indicator " + review.quoted(id) + " belongs to sasaran #" + std::to_string(indikator.sasaran) +
                      ", which does not exist."},
                 {"Pindahkan indikator ke sasaran yang ada atau hapus.",
                  "Move the indicator to an existing sasaran or delete it."});
  for (const auto& [id, link] : d.links) {
    bool from_ok = d.find_sasaran(link.from) != nullptr;
    bool to_ok = link.to == kNoId || d.find_sasaran(link.to) != nullptr;
    if (from_ok && to_ok) continue;
    Id missing = from_ok ? link.to : link.from;
    review.add(Rule::BrokenReference, from_ok ? link.from : id,
               {"Tautan crosscutting #" + std::to_string(id) + " merujuk ke sasaran #" + std::to_string(missing) +
                    " yang tidak ada.",
                "Crosscutting link #" + std::to_string(id) + " refers to sasaran #" + std::to_string(missing) +
                    ", which does not exist."},
               {"Hapus tautan ini atau arahkan ke sasaran yang ada.",
                "Delete this link or point it to an existing sasaran."},
               {id});
  }
}

void check_inverted_levels(Review& review) {
  const Document& d = review.document;
  const DocumentInfo& info = d.info;
  for (const auto& [id, sasaran] : d.sasaran) {
    const Sasaran* parent = d.find_sasaran(sasaran.parent);
    if (!parent || sasaran.level > parent->level) continue;
    std::string child_level = level_sasaran_label(info, sasaran.level);
    std::string parent_level = level_sasaran_label(info, parent->level);
    review.add(Rule::LevelInverted, id,
               {"Sasaran " + review.quoted(id) + " (" + child_level + ") mendukung " + review.quoted(parent->id) +
                    " (" + parent_level + ") yang levelnya sama atau lebih rendah.",
                "Sasaran " + review.quoted(id) + " (" + child_level + ") supports " + review.quoted(parent->id) +
                    " (" + parent_level + "), which is at the same or a lower level."},
               {"Hubungkan ke sasaran di level atasnya, atau perbaiki levelnya.",
                "Link it to a sasaran of the level above, or correct its level."},
               {parent->id});
  }
}

}  // namespace

void check_structure(Review& review) {
  check_references(review);
  report_cycles(review, review.document.units, {"Unit", "Units"});
  report_cycles(review, review.document.sasaran, {"Sasaran", "Sasaran"});
  check_inverted_levels(review);
}

}  // namespace pokin
