#pragma once
// Perjanjian Kinerja (PermenPAN-RB 53/2014) of one unit for one year: the agreement page (title, the statement
// naming pihak pertama, the unit's holder, and pihak kedua, the holder of the unit above, then both signatures)
// and the lampiran (Sasaran | Indikator Kinerja | Target of the year, indicators numbered within their sasaran;
// the program / kegiatan and anggaran table where the document holds them; both signatures again).
#include <vector>

#include "core/forms/form.h"
#include "core/forms/form_request.h"
#include "core/model/document.h"

namespace pokin {

// The PK of `unit` for `year` (request gives paper, place and date).
Form pk_form(const Document& document, Id unit, int year, const FormRequest& request);

// request.unit set: that unit's PK; empty: one PK per unit that owns sasaran, in the order of the unit tree
// (eselon II, then III, then IV).
std::vector<Form> pk_forms(const Document& document, const FormRequest& request);

}  // namespace pokin
