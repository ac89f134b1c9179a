#include "core/import/document_builder.h"

#include "core/import/text_cleaning.h"

namespace pokin::import {

namespace {

template <class Entity>
Id add_in_order(Document& document, std::map<Id, Entity>& into, Entity entity, int& next_order) {
  entity.id = document.allocate_id();
  entity.order = next_order++;
  Id id = entity.id;
  into.emplace(id, std::move(entity));
  return id;
}

}  // namespace

Id DocumentBuilder::add_unit(Unit unit) { return add_in_order(document_, document_.units, std::move(unit), next_order_); }
Id DocumentBuilder::add_sasaran(Sasaran sasaran) {
  return add_in_order(document_, document_.sasaran, std::move(sasaran), next_order_);
}
Id DocumentBuilder::add_indikator(Indikator indikator) {
  return add_in_order(document_, document_.indikator, std::move(indikator), next_order_);
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
