#include "core/import/document_builder.h"

#include "core/import/text_cleaning.h"

namespace pokin::import {

Id DocumentBuilder::add_unit(Unit unit) {
  unit.id = document_.allocate_id();
  unit.order = next_order_++;
  Id id = unit.id;
  document_.units.emplace(id, std::move(unit));
  return id;
}

Id DocumentBuilder::add_sasaran(Sasaran sasaran) {
  sasaran.id = document_.allocate_id();
  sasaran.order = next_order_++;
  Id id = sasaran.id;
  document_.sasaran.emplace(id, std::move(sasaran));
  return id;
}

Id DocumentBuilder::add_indikator(Indikator indikator) {
  indikator.id = document_.allocate_id();
  indikator.order = next_order_++;
  Id id = indikator.id;
  document_.indikator.emplace(id, std::move(indikator));
  return id;
}

void set_formula(Indikator& indikator, std::string_view raw) {
  std::string original = trim(raw);
  indikator.formula = clean_text(original);
  indikator.formula_original = has_markup(original) ? original : std::string();
}

std::map<Id, UnitContent> content_per_unit(const Document& document) {
  std::map<Id, UnitContent> content;
  for (const auto& [id, sasaran] : document.sasaran) ++content[sasaran.unit].sasaran;
  for (const auto& [id, indikator] : document.indikator)
    if (const Sasaran* owner = document.find_sasaran(indikator.sasaran)) ++content[owner->unit].indikator;
  return content;
}

}  // namespace pokin::import
