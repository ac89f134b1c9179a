#pragma once
// The cascading matrix (core/export/cascade_table.h's columns) as a form: one row per indikator in tree order,
// a sasaran's cells merged over its indikator rows, numbers (targets, realisasi, pagu) as numbers.
#include "core/forms/form.h"
#include "core/forms/form_request.h"
#include "core/model/document.h"

namespace pokin {

Form matrix_form(const Document& document, const FormRequest& request);

}  // namespace pokin
