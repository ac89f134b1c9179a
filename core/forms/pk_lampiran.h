#pragma once
// The tables of a Perjanjian Kinerja's lampiran.
//
// Sasaran table: No | Sasaran <level name> | Indikator Kinerja | Target <year>, under it the row of column numbers
// (1) .. (4) as the regulation's form has it. The sasaran's No and statement are merged over its indicator rows; a
// sasaran without indicators has one row with empty indicator cells. When a sasaran has more than one indicator, the
// indicators are numbered within their sasaran ("1.1", "1.2", "2.1") in a narrow column of their own under the
// "Indikator Kinerja" header (which then spans two columns), so the name stays exactly as the planner typed it; when
// every sasaran has one indicator (the common PK of a Kepala Dinas) the number would only repeat the sasaran's, and
// the table keeps its four columns.
//
// Target cells: the target of the year as value_cell reads it (a number stays a number), with the indicator's satuan
// where the value does not carry it: satuan "%" makes a bare number a percent ("75" -> 75%), "Rp ..." goes before the
// number ("Rp 850 miliar"), any other satuan after it ("2,8 Indeks"; the cell stays a Number whose text carries the
// satuan). Text targets ("BB", "≥ 80%", "5.200 izin") are printed as written. An indicator with no target for the year
// gets an empty cell: the agreement is still printed, with the blank left for the planner to fill in before it is
// signed (a "-" would read as "no target agreed").
//
// Anggaran table (only when the unit's sasaran carry a program / kegiatan / sub kegiatan or a pagu for the year):
// No | Program (or Kegiatan, Sub Kegiatan, or "Program / Kegiatan / Sub Kegiatan" when mixed) | Anggaran (Rp) |
// Keterangan (the nomenclature's kode), then a Jumlah row summing the pagu that are numbers.
#include <vector>

#include "core/forms/form.h"
#include "core/forms/form_request.h"
#include "core/model/tree_index.h"

namespace pokin {

// Which of a unit's sasaran the PK lists, in the unit's order, within request.levels and request.branch.
struct PkContent {
  std::vector<Id> sasaran;   // with a statement or indicators (a Tujuan is not agreed in a PK)
  std::vector<Id> anggaran;  // with a nomenclature or a pagu for the year
};

PkContent pk_content(const Document& document, const TreeIndex& index, Id unit, int year, const FormRequest& request);

// The target cell of `indikator` for `year` (rules above).
FormCell pk_target_cell(const Indikator& indikator, int year);

FormTable pk_sasaran_table(const Document& document, const TreeIndex& index, const std::vector<Id>& sasaran, int year);

// `anggaran` must not be empty.
FormTable pk_anggaran_table(const Document& document, const std::vector<Id>& anggaran, int year);

}  // namespace pokin
