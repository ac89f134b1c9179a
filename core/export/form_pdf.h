#pragma once
// Forms (core/forms/form.h) as one PDF (cairo), each form starting on a new page of its paper: title lines,
// paragraphs, tables whose rows break between pages with the header rows repeated, signature blocks kept whole
// on one page, a page number in the footer.
#include <filesystem>
#include <vector>

#include "core/forms/form.h"

namespace pokin {

// Returns the number of pages written. Throws UserError when the file cannot be written (`path` then stays as it
// was).
int write_forms_pdf(const std::filesystem::path& path, const std::vector<Form>& forms);

}  // namespace pokin
