#pragma once
// The signature blocks of the forms: who signs (the head of agency, or a unit's holder), under which role line,
// and the place-and-date line above it.
#include "core/forms/form.h"
#include "core/forms/form_request.h"
#include "core/model/document.h"

namespace pokin {

// "Paringin, 2 Januari 2024" from request.place and request.date; an empty place leaves a dotted gap to fill in
// by hand, an empty date is today's.
std::string signature_place_date(const FormRequest& request);

// The head of agency: DocumentInfo::penandatangan (the head unit's holder where it is empty), under the role
// "KEPALA <INSTANSI>," (official_text.h). The penandatangan's jabatan is the role when it is one, and the rank
// line when it is a pangkat ("Pembina Utama Muda", as decrees print it under the name). A missing name is a dotted
// gap.
FormSignature head_of_agency_signature(const Document& document, const FormRequest& request);

// The holder of `unit` under its jabatan ("KEPALA BIDANG PELAYANAN PERIZINAN,"); for the head of agency's unit
// (a Head without a parent) head_of_agency_signature.
FormSignature unit_holder_signature(const Document& document, Id unit, const FormRequest& request);

// The head of agency's unit: the first unit of kind Head without a parent (kNoId when there is none).
Id head_unit(const Document& document);

}  // namespace pokin
