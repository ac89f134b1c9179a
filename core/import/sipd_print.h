#pragma once
// Reading the print of a SIPD budget form (RKA / RKPA / DPA "Rincian Belanja SKPD", Permendagri 90/2019
// nomenclature) as text from a PDF: its head is a run of "Label : value" fields, several on one line:
//   Program : 4.01.05 PROGRAM ... Sasaran Program : Capaian Program : Indikator Target <indicator> 100 %
//   Kegiatan : 4.01.05.1.01 <name> Organisasi : <kode> <name> Unit : <kode> <name> Alokasi Tahun 2021 : Rp. ...
//   Sub Kegiatan : 4.01.05.1.01.01 <name> ... Keluaran Sub Kegiatan : Indikator Target <indicator> 10 Perda ...
// The fields are cut where the next known label and its colon stand. Program, kegiatan and sub kegiatan become
// statements at their level with their kode, held by the Unit (else the Organisasi); the indicator and target of
// "Capaian Program" and "Keluaran Sub Kegiatan" (the year of "Tahun Anggaran"), the Rp of "Alokasi Tahun YYYY" the
// kegiatan's pagu. The rows of the "Indikator & Tolok Ukur Kinerja" and belanja tables are named in the report, not
// read. Linear in the length of the text.
#include <string_view>
#include <vector>

#include "core/import/import_report.h"
#include "core/model/document.h"

namespace pokin::import {

// Whether `lines` hold such a print: "Program :" and "Kegiatan :" fields, each followed by a nomenclature kode.
bool looks_like_sipd_print(const std::vector<std::string_view>& lines);

// Reads `lines` into `document`. Returns the number of statements and indicators read; 0 leaves document and
// report untouched.
int import_sipd_print(const std::vector<std::string_view>& lines, Document& document, ImportReport& report);

}  // namespace pokin::import
