#include "core/forms/pk_form.h"

#include "core/text/bilingual.h"

namespace pokin {

// Placeholders until the PK builder is merged.
Form pk_form(const Document&, Id, int, const FormRequest&) {
  throw UserError("Formulir ini belum tersedia.", "This form is not available yet.");
}

std::vector<Form> pk_forms(const Document&, const FormRequest&) {
  throw UserError("Formulir ini belum tersedia.", "This form is not available yet.");
}

}  // namespace pokin
