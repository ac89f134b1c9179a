#pragma once
// Renstra Perangkat Daerah T-C.27 "Rencana Program, Kegiatan, dan Pendanaan" (Permendagri 86/2017): Tujuan,
// Sasaran, Indikator, Kode, Program / Kegiatan / Sub Kegiatan, data capaian awal, Target and Rp for each year,
// kondisi kinerja akhir periode (target and Rp), unit kerja penanggung jawab, lokasi; the form's two header rows
// and its row of column numbers; Tujuan and Sasaran cells merged over the rows below them. What the importer
// reads from a T-C.27 this form writes back the same (tested as a round trip).
#include "core/forms/form.h"
#include "core/forms/form_request.h"
#include "core/model/document.h"

namespace pokin {

Form renstra_form(const Document& document, const FormRequest& request);

}  // namespace pokin
