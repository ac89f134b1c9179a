#pragma once
// Appends units, sasaran and indikator to a Document under fresh ids, keeping document order in `order`.
// Importers build their plain Document with it; the result is merged into the user's document in one step.
#include <map>
#include <string>
#include <string_view>

#include "core/model/document.h"

namespace pokin::import {

class DocumentBuilder {
 public:
  explicit DocumentBuilder(Document& document) : document_(document) {}

  Id add_unit(Unit unit);
  Id add_sasaran(Sasaran sasaran);
  Id add_indikator(Indikator indikator);

  Document& document() { return document_; }

 private:
  Document& document_;
  int next_order_ = 0;
};

// Fills `indikator.formula` from raw cell text, keeping the raw text in formula_original when it had markup.
void set_formula(Indikator& indikator, std::string_view raw);

// The numbers of sasaran and indikator each unit owns, in one pass over `document`.
struct UnitContent {
  int sasaran = 0;
  int indikator = 0;
};
std::map<Id, UnitContent> content_per_unit(const Document& document);

}  // namespace pokin::import
