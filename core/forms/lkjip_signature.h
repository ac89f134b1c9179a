#pragma once
// Who signs an LKjIP pengukuran kinerja table: the head of agency (DocumentInfo::penandatangan) for the whole
// document or the head's own unit, the unit's holder (Unit::holder_name, holder_nip, jabatan) for any other unit.
// A missing name stays empty: the block keeps its room to be signed and named by hand.
#include "core/forms/form.h"
#include "core/forms/form_request.h"
#include "core/model/document.h"

namespace pokin {

// `unit`: the unit of the table (kNoId for the whole document). Place and date from request (place empty: a
// dotted gap to fill by hand; date empty: today, "2 Desember 2026").
FormSignature lkjip_signature(const Document& document, Id unit, const FormRequest& request);

}  // namespace pokin
