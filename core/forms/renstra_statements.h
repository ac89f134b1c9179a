#pragma once
// Which statements a Renstra T-C.27 shows, in the order its rows run, and in which of the form's columns each one
// is written. The form has no column linking a row to its parent: the order says it (a Sasaran under the Tujuan
// above it, a Program under the Sasaran above it), so the order here is the tree's, depth first.
#include <vector>

#include "core/forms/form_request.h"
#include "core/model/document.h"
#include "core/model/tree_index.h"

namespace pokin {

// The T-C.27 column a statement is written in: the Tujuan column, the Sasaran column (a Sasaran Strategis), or the
// Kode and "Program dan Kegiatan" columns (a sasaran carried out through a program, kegiatan or sub kegiatan, or a
// lower sasaran without nomenclature, written by its statement).
enum class RenstraColumn { Tujuan, Sasaran, Program };

RenstraColumn renstra_column(const Sasaran& sasaran);

struct RenstraStatement {
  Id sasaran = kNoId;
  int depth = 0;         // steps below the statement that opens its group of rows (0 at the top)
  bool context = false;  // shown only to frame the rows below it (outside the unit or branch asked for): no values
};

// The statements of `document` the request keeps, depth first in sibling order. `request.levels` keeps the
// sasaran above that level (a Tujuan always); `request.unit` the sasaran of that unit and the units below it;
// `request.branch` that sasaran and those below it. A kept statement brings the statements above it as context,
// so a Kegiatan still stands under its Program, Sasaran and Tujuan. Unlinked lower statements (no parent yet)
// come first, before any Tujuan, so that no Tujuan or Sasaran seems to hold them; statements that no walk from
// the top reaches (a damaged document's parent cycle) come last, so none is dropped.
// `index` is built from `document`. Throws UserError (resolve_unit) for a unit that is not there, and for a branch that is not a sasaran of the
// document.
std::vector<RenstraStatement> renstra_statements(const Document& document, const TreeIndex& index,
                                                const FormRequest& request);

}  // namespace pokin
