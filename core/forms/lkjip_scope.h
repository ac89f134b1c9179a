#pragma once
// What an LKjIP pengukuran kinerja table measures: the sasaran a FormRequest narrows the document to, in tree order
// (a sasaran before the sasaran that support it, siblings in document order, as on the canvas).
//  - request.branch: that sasaran (or unit) and everything below it;
//  - request.unit: only that unit's own sasaran (its LKj; a unit's sub-units report in their own tables);
//  - request.levels: only sasaran of the first N levels (1 = Sasaran Strategis).
// Tujuan are left out: the table measures sasaran, and a Tujuan's branch still brings the sasaran below it.
// Throws UserError when the branch or unit names nothing, or when nothing is left to measure (saying which
// narrowing emptied the table).
#include <vector>

#include "core/forms/form_request.h"
#include "core/model/document.h"

namespace pokin {

struct LkjipScope {
  Id unit = kNoId;          // request.unit resolved; kNoId for the whole document
  std::vector<Id> sasaran;  // the rows' sasaran, in table order
};

LkjipScope lkjip_scope(const Document& document, const FormRequest& request);

}  // namespace pokin
