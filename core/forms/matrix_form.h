#pragma once
// The cascading matrix as a form: the columns of the matrix export (matrix_columns.h) under two header rows where
// years group ("Target" over 2021 ... 2026), one row per indikator in tree order, a sasaran's own cells merged over
// its indikator rows, targets, realisasi and pagu typed (value_cell: "1.000" a number, "≥ 80%" text), capaian as
// percent cells filled with their band. Title lines: MATRIKS CASCADING / POHON KINERJA, the unit (with
// request.unit), instansi, pemda, the period (or TAHUN <year>).
//
// request.year keeps that year's columns only; request.levels, request.branch and request.unit (the unit's
// sasaran and those of every unit under it: its part of the cascade) narrow the rows (form_scope.h, which throws
// UserError for what the planner can fix).
#include "core/forms/form.h"
#include "core/forms/form_request.h"
#include "core/model/document.h"

namespace pokin {

Form matrix_form(const Document& document, const FormRequest& request);

}  // namespace pokin
