#pragma once
// The lampiran of the IKU decree, as Pemda IKU decrees print it:
//  - title lines: LAMPIRAN KEPUTUSAN KEPALA <INSTANSI> / NOMOR : <nomor_sk> / TANGGAL : <tanggal> (a dotted gap
//    for what is not known yet), then INDIKATOR KINERJA UTAMA, the unit (for a unit other than the head), the
//    instansi and pemda, TAHUN <period>;
//  - the table No | Sasaran Strategis | Indikator Kinerja | Penjelasan / Formulasi | Satuan | Sumber Data |
//    Penanggung Jawab, No numbering the sasaran, No and sasaran merged over their indikator rows; with
//    request.targets a Target column per year (every year of the period, or request.year) after Satuan, under one
//    "Target" header;
//  - the signature of the head of agency (form_signature.h), place and date from the request.
// Without request.unit: the Sasaran Strategis (level 0, no Tujuan) of the document. With it: the sasaran that unit
// owns (a Bidang's IKU of its Sasaran Program), the sasaran column named after their level (DocumentInfo::levels),
// signed by the unit's holder. request.levels and request.branch narrow the rows. Throws UserError for an unknown
// unit, a unit that owns no sasaran (or only Tujuan), and a document with no Sasaran Strategis in the selection.
#include "core/forms/form.h"
#include "core/forms/form_request.h"
#include "core/model/document.h"

namespace pokin {

Form iku_form(const Document& document, const FormRequest& request);

}  // namespace pokin
