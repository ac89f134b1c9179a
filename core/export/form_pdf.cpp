#include "core/export/form_pdf.h"

#include "core/text/bilingual.h"

namespace pokin {

// Placeholder until the PDF form writer is merged.
int write_forms_pdf(const std::filesystem::path&, const std::vector<Form>&) {
  throw UserError("Ekspor formulir ke PDF belum tersedia.", "Exporting forms to PDF is not available yet.");
}

}  // namespace pokin
