#pragma once
// Forms (core/forms/form.h) as an XLSX workbook (libxlsxwriter), one sheet per form, ready to print: title lines
// merged across the table, the header rows with their merged cells (repeated on every printed page, frozen on
// screen), the column-number row, numbers and percents as numbers with display formats (thousands separators
// and decimal mark as the reader's Excel shows them; capaian filled with its band colour), text targets as text,
// row heights fitted to the wrapped text, signature blocks under the table, the form's paper (F4 is Excel's
// "Folio") and orientation, fitted to the page width.
#include <filesystem>
#include <vector>

#include "core/forms/form.h"

namespace pokin {

// Throws UserError when the workbook cannot be written; `path` then stays as it was (output_file.h).
void write_forms_xlsx(const std::filesystem::path& path, const std::vector<Form>& forms);

}  // namespace pokin
