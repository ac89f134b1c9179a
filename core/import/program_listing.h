#pragma once
// Reading the program chapter of a Renstra written as a list (Bab V of the Permendagri 54/2010 Renstra SKPD,
// "Rencana Program dan Kegiatan, Indikator Kinerja, Kelompok Sasaran dan Pendanaan Indikatif", as text from a PDF):
//
//   1. Pelayanan                                  <- a numbered program, its name wrapped over several lines
//   Administrasi Perkantoran
//   Indikator Hasil (Outcome) :                   <- the program's outcome indicators, one per line; a line that
//   Tertib ketatausahaan, ... pengadaan dan           starts in lower case goes on with the one above
//   kepegawaian
//   Kegiatan:
//   a) Peningkatan dan pengelolaan ...            <- a lettered kegiatan
//   Indikator Keluaran (Output): Jumlah ...       <- its output indicator
//   Kelompok sasaran: SDM aparatur ...            <- its target group: not a sasaran statement, not stored
//
// The rows go through TableTreeBuilder (programs at level 1, kegiatan at level 2 under the program above; the
// sasaran a program serves is not in such a chapter). The prose above the first program is the title; the unit is
// the one its sentence names ("Program dan Kegiatan Dinas ... Kabupaten X yang direncanakan ..."). What is not
// stored is named in the report: the target groups (counted), an output indicator that comes after a kegiatan's
// target group without a kegiatan of its own (its kegiatan was lost), any line of no known shape. Linear.
#include <string_view>
#include <vector>

#include "core/import/import_report.h"
#include "core/model/document.h"

namespace pokin::import {

// Whether `lines` hold such a list: an outcome or output indicator label ("Indikator Hasil (Outcome) :",
// "Indikator Keluaran (Output):") and a "Kegiatan:" label or a lettered kegiatan under a numbered program.
bool looks_like_program_listing(const std::vector<std::string_view>& lines);

// Reads `lines` into `document`. Returns the number of statements and indicators read; 0 leaves document and
// report untouched.
int import_program_listing(const std::vector<std::string_view>& lines, Document& document, ImportReport& report);

}  // namespace pokin::import
