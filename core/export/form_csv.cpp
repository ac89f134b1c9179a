#include "core/export/form_csv.h"

#include "core/text/bilingual.h"

namespace pokin {

// Placeholder until the CSV form writer is merged.
std::string forms_to_csv(const std::vector<Form>&, const CsvStyle&) {
  throw UserError("Ekspor formulir ke CSV belum tersedia.", "Exporting forms to CSV is not available yet.");
}

}  // namespace pokin
