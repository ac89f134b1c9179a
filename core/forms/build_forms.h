#pragma once
// The forms a FormRequest asks for: one form, or for the Perjanjian Kinerja of a whole document one per unit.
// Throws UserError for what the planner can fix (an unknown unit, a year outside the period, a PK of a unit that
// owns no sasaran), naming it.
#include <vector>

#include "core/forms/form.h"
#include "core/forms/form_request.h"
#include "core/model/document.h"

namespace pokin {

std::vector<Form> build_forms(const Document& document, const FormRequest& request);

}  // namespace pokin
