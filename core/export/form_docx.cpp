#include "core/export/form_docx.h"

#include "core/text/bilingual.h"

namespace pokin {

// Placeholder until the DOCX form writer is merged.
DocxSection form_section(const Form&) {
  throw UserError("Ekspor formulir ke DOCX belum tersedia.", "Exporting forms to DOCX is not available yet.");
}

}  // namespace pokin
