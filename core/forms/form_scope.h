#pragma once
// What a FormRequest narrows a form to, worked out once for every builder: the unit (request.unit, resolved),
// the sasaran in tree order after the unit, level and branch filters, and the years whose columns the form
// shows (request.year, or every year of the period).
//
// Tree order is the order of the pohon kinerja (core/layout/view_tree.h): a sasaran before the sasaran that support
// it, siblings by their unit's place in the organisation, then their order, then id. Filters only remove rows,
// so what remains keeps that order.
#include <vector>

#include "core/forms/form_request.h"
#include "core/model/document.h"
#include "core/model/tree_index.h"

namespace pokin {

// Which sasaran of request.unit a form takes.
enum class UnitReach {
  Own,             // only those the unit owns (its IKU, its PK)
  WithUnitsBelow,  // also those of every unit under it (its part of the cascade)
};

struct FormScope {
  Id unit = kNoId;           // the resolved request.unit; kNoId: the whole document
  std::vector<Id> sasaran;   // in tree order; Tujuan included (a builder that does not want them skips them)
  std::vector<int> years;    // request.year, or every year of the period (at most kMaxPeriodYears)
};

// Throws UserError when request.unit names no unit (or several), when that unit owns no sasaran (with
// UnitReach::WithUnitsBelow: neither it nor any unit under it), when the level and branch filters leave none of
// that unit's sasaran, and when request.branch is neither a sasaran nor a unit. Without a unit an empty result
// is no error (an empty document has an empty matrix); the builder decides.
FormScope form_scope(const Document& document, const FormRequest& request, UnitReach reach);

// Every sasaran in tree order; with `branch` (a sasaran or a unit id) only that sasaran and everything below it,
// or the sasaran of that unit and of every unit below it. Throws UserError when `branch` names nothing.
std::vector<Id> sasaran_in_tree_order(const Document& document, const TreeIndex& index, Id branch = kNoId);

// The years of the period in order (at most kMaxPeriodYears); with `year` (not 0) only that year.
std::vector<int> form_years(const DocumentInfo& info, int year = 0);

}  // namespace pokin
