#pragma once
// TABEL PENJENJANGAN KINERJA: the table an evaluator asks a Pemda for (PermenPAN-RB 89/2021 calls the cascade of
// sasaran, indicators and targets from the organisation down to the individual "penjenjangan kinerja"), built from
// the figures of core/checks/opd_cascade.h.
//
// On a Pemda document (core/model/pemda_structure.h): a first table of the Pemda's own sasaran RPJMD (how many,
// their indicators, how many an OPD supports and the share), then one row per OPD in OpdIndex order and for each
// OPD level (the document's levels from 1, the OPD's Sasaran Strategis, down to the deepest level holding sasaran)
// the number of sasaran, of indicators, how many are cascaded further (supported by a sasaran of a lower level)
// and that share; the deepest level has nothing below it and shows sasaran and indicators only. A JUMLAH row adds
// the OPD up (its share is the total cascaded over the total sasaran, not a mean of shares).
//
// On an OPD's own document the same table has one row, the document's instansi, with its levels from 0 and no
// RPJMD table: the planner of one OPD sees what Bappeda will see of it.
//
// request.levels keeps that many levels (counted from the first shown); request.unit and request.branch do not
// apply (the table is about every OPD) and are refused with a UserError, as is a document without sasaran.
#include "core/forms/form.h"
#include "core/forms/form_request.h"
#include "core/model/document.h"

namespace pokin {

Form penjenjangan_form(const Document& document, const FormRequest& request);

}  // namespace pokin
