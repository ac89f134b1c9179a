#pragma once
// The lampiran of the IKU decree: title lines (LAMPIRAN, KEPUTUSAN ... NOMOR ..., INDIKATOR KINERJA UTAMA, the
// instansi and period), the table No | Sasaran Strategis | Indikator Kinerja | Penjelasan/Formulasi | Satuan |
// Sumber Data | Penanggung Jawab (then the yearly targets when request.targets), and the signature of the head
// of agency. Per unit (request.unit: that unit's sasaran of its own level) or the whole document (the Sasaran
// Strategis).
#include "core/forms/form.h"
#include "core/forms/form_request.h"
#include "core/model/document.h"

namespace pokin {

Form iku_form(const Document& document, const FormRequest& request);

}  // namespace pokin
