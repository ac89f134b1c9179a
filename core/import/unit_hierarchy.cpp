#include "core/import/unit_hierarchy.h"

#include <algorithm>

#include "core/import/document_builder.h"
#include "core/import/text_similarity.h"

namespace pokin::import {
namespace {

std::vector<const Unit*> units_in_order(const Document& document) {
  std::vector<const Unit*> units;
  for (const auto& [id, unit] : document.units) units.push_back(&unit);
  std::stable_sort(units.begin(), units.end(), [](const Unit* a, const Unit* b) { return a->order < b->order; });
  return units;
}

}  // namespace

void set_sasaran_levels(Document& document) {
  for (auto& [id, sasaran] : document.sasaran) {
    int depth = 0;
    const Unit* unit = document.find_unit(sasaran.unit);
    for (int guard = 0; unit && unit->parent != kNoId && guard < 64; ++guard) {
      ++depth;
      unit = document.find_unit(unit->parent);
    }
    sasaran.level = std::max(sasaran.level, depth);
  }
}

void infer_unit_hierarchy(Document& document, ImportReport& report, bool in_document_order) {
  if (document.units.empty()) return;
  std::vector<const Unit*> ordered = units_in_order(document);

  Id head = kNoId;
  for (const Unit* unit : ordered)
    if (unit->kind == UnitKind::Head && unit->parent == kNoId) {
      head = unit->id;
      break;
    }
  if (head == kNoId) {
    Unit unit;
    unit.kind = UnitKind::Head;
    unit.name = unit.jabatan = "Kepala Dinas";
    unit.order = -1;
    unit.id = document.allocate_id();
    head = unit.id;
    document.units.emplace(head, unit);
    report.note({"Dokumen tidak memuat unit Kepala Dinas; unit \"Kepala Dinas\" ditambahkan sebagai puncak pohon.",
                 "The document has no head-of-agency unit; a \"Kepala Dinas\" unit was added as the top of the tree."});
    ordered = units_in_order(document);
  }

  // Text of each unit's sasaran and indikator, for placing a Seksi whose name shares nothing with any Bidang.
  std::map<Id, std::string> unit_text;
  for (const auto& [id, sasaran] : document.sasaran) unit_text[sasaran.unit] += " " + sasaran.statement;
  for (const auto& [id, indikator] : document.indikator)
    if (const Sasaran* owner = document.find_sasaran(indikator.sasaran)) unit_text[owner->unit] += " " + indikator.name;
  constexpr std::size_t kMostPlacementStems = 60;  // enough to recognise a unit's subject
  SimilarityIndex names, texts;
  std::map<Id, std::vector<std::string>> name_stems, text_stems;
  for (const Unit* unit : ordered) {
    name_stems[unit->id] = unit_name_stems(unit->name);
    names.add(name_stems[unit->id]);
    text_stems[unit->id] = content_stems(unit_text[unit->id], kMostPlacementStems);
    texts.add(text_stems[unit->id]);
  }
  std::map<Id, SimilarityIndex::Profile> name_profile, text_profile;
  for (const Unit* unit : ordered) {
    name_profile[unit->id] = names.profile(name_stems[unit->id]);
    text_profile[unit->id] = texts.profile(text_stems[unit->id]);
  }

  Id sekretariat = kNoId;
  for (const Unit* unit : ordered)
    if (unit->kind == UnitKind::Division && unit->name == "Sekretariat") sekretariat = unit->id;

  // Comparing every Seksi with every Bidang is quadratic; beyond a real agency's size, order alone places them.
  constexpr std::size_t kMostComparedDivisions = 50;
  std::vector<const Unit*> divisions;
  for (const Unit* unit : ordered)
    if (unit->kind == UnitKind::Division) divisions.push_back(unit);
  if (divisions.size() > kMostComparedDivisions) divisions.clear();

  // In a decree the Kabid's block comes right before his Kasi's: the Bidang above wins unless another one
  // matches clearly better by name and sasaran.
  constexpr double kOrderBonus = 0.5;
  Id division_above = kNoId, section_above = kNoId;
  for (const Unit* unit : ordered) {
    Unit& placed = document.units.at(unit->id);
    bool needs_parent = placed.parent == kNoId && placed.id != head;
    switch (placed.kind) {
      case UnitKind::Head:
        if (needs_parent) {
          placed.parent = head;
          placed.kind = UnitKind::Division;
          report.note({"Unit kepala kedua \"" + placed.name + "\" ditempatkan di bawah kepala pertama.",
                       "A second head unit \"" + placed.name + "\" was placed under the first one."});
        }
        break;
      case UnitKind::Division:
        if (needs_parent) placed.parent = head;
        division_above = placed.id;
        section_above = kNoId;
        break;
      case UnitKind::Section: {
        if (needs_parent) {
          if (placed.name.rfind("Sub Bagian", 0) == 0 && sekretariat != kNoId) {
            placed.parent = sekretariat;
          } else {
            Id best = kNoId;
            double best_score = 0;
            for (const Unit* candidate : divisions) {
              double score = names.similarity(name_profile[placed.id], name_profile[candidate->id]) +
                             0.5 * texts.similarity(text_profile[placed.id], text_profile[candidate->id]);
              if (in_document_order && candidate->id == division_above) score += kOrderBonus;
              if (score > best_score + 1e-9) {
                best_score = score;
                best = candidate->id;
              }
            }
            if (best_score >= 0.02) placed.parent = best;
            else if (division_above != kNoId) placed.parent = division_above;
            else {
              placed.parent = head;
              report.note({"Unit \"" + placed.name + "\" tidak dapat ditempatkan; diletakkan di bawah kepala.",
                           "Unit \"" + placed.name + "\" could not be placed; it was put under the head."});
            }
          }
        }
        section_above = placed.id;
        break;
      }
      case UnitKind::Staff:
        if (needs_parent) {
          if (section_above != kNoId) placed.parent = section_above;
          else if (division_above != kNoId) placed.parent = division_above;
          else {
            placed.parent = head;
            report.note({"Jabatan \"" + placed.name + "\" tidak memiliki atasan yang jelas; diletakkan di bawah kepala.",
                         "Position \"" + placed.name + "\" has no clear superior; it was put under the head."});
          }
        }
        break;
    }
  }
  set_sasaran_levels(document);
}

}  // namespace pokin::import
