#pragma once
// The LKjIP pengukuran kinerja table for one year: per sasaran and indicator the target, realisasi and capaian
// (with its band) of the year, the realisasi and capaian of the years before it in the period, and the budget
// (pagu, realisasi anggaran, its percent) where the document holds them.
#include "core/forms/form.h"
#include "core/forms/form_request.h"
#include "core/model/document.h"

namespace pokin {

Form lkjip_form(const Document& document, const FormRequest& request);

}  // namespace pokin
