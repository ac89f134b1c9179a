#pragma once
// The export dialog's options for an official form (core/forms): which form, for which unit (all: one
// Perjanjian Kinerja per unit), the year, the IKU's yearly targets, where the forms are signed, the paper and
// orientation, and for CSV the separator. Government forms go on F4 unless the planner picks another paper.
#include "core/export/export_document.h"
#include "core/model/document.h"

namespace pokin::ui {

// Edits `form` (kept by the dialog while the planner switches between figure and form) and the request's format
// (XLSX, DOCX, PDF or CSV) and CSV style.
void form_export_options_view(FormRequest& form, ExportRequest& request, const Document& document);

// Units a form can be made for: those that own sasaran, head of agency first, then by eselon and order.
std::vector<Id> units_with_sasaran(const Document& document);

}  // namespace pokin::ui
