#pragma once
// A form (core/forms/form.h) as a section of a Word document (docx_document.h): on the form's paper and
// orientation, its title lines, paragraphs, real Word tables (header rows repeated on every page, fixed column
// widths, merged cells) and signature blocks, so one DocxDocument can carry figures and forms.
#include "core/export/docx_document.h"
#include "core/forms/form.h"

namespace pokin {

DocxSection form_section(const Form& form);

}  // namespace pokin
