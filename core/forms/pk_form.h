#pragma once
// Perjanjian Kinerja (PermenPAN-RB 53/2014) of one unit for one year, as the regulation's template lays it out:
//
// - The agreement page: the title ("PERJANJIAN KINERJA TAHUN 2024", the instansi and pemda in capitals), the statement
//   naming pihak pertama (the unit's holder) and pihak kedua (the holder of the unit above, or the regional head for
//   the head of agency; pk_parties.h), the two promises (pk_statement.h), then the signatures: PIHAK KEDUA on the left,
//   PIHAK PERTAMA on the right under "<place>, <date>" (request.place, or a dotted gap; request.date, or today).
// - A page break, then the lampiran: the title with the unit's name above the agency's, the sasaran table and, where
//   the unit's sasaran carry a program / kegiatan / sub kegiatan or a pagu for the year, the anggaran table
//   (pk_lampiran.h), then both signatures again, each under its jabatan.
//
// A name or NIP the document does not hold prints a dotted gap to write in by hand (never an empty line, never a
// made-up name). A year without targets still gives the agreement, with empty Target cells to fill in before signing.
// Paper and orientation are the request's. The form is named "PK <unit name> <year>".
#include <vector>

#include "core/forms/form.h"
#include "core/forms/form_request.h"
#include "core/model/document.h"

namespace pokin {

// The PK of `unit` for `year` (0: as pk_forms picks it); request gives paper, place, date, levels and branch.
// Throws UserError when the unit is not in the document or owns no sasaran (within the levels and branch asked for).
Form pk_form(const Document& document, Id unit, int year, const FormRequest& request);

// request.unit set (resolve_unit): that unit's PK. Empty: one PK per unit that owns sasaran, from the top of the unit
// tree down, level by level in sibling order (the head of agency, then eselon III, then IV, then staff units that own
// sasaran). The year is request.year, or for 0 this year when it lies in the Renstra period, else the period's first
// year. Throws UserError for an unknown unit or branch, a chosen unit that owns no sasaran, and a document where no
// unit does.
std::vector<Form> pk_forms(const Document& document, const FormRequest& request);

}  // namespace pokin
