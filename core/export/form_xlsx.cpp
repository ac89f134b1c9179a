#include "core/export/form_xlsx.h"

#include "core/text/bilingual.h"

namespace pokin {

// Placeholder until the XLSX form writer is merged.
void write_forms_xlsx(const std::filesystem::path&, const std::vector<Form>&) {
  throw UserError("Ekspor formulir ke XLSX belum tersedia.", "Exporting forms to XLSX is not available yet.");
}

}  // namespace pokin
