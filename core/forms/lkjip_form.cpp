#include "core/forms/lkjip_form.h"

#include "core/text/bilingual.h"

namespace pokin {

// Placeholder until the form's builder is merged.
Form lkjip_form(const Document&, const FormRequest&) {
  throw UserError("Formulir ini belum tersedia.", "This form is not available yet.");
}

}  // namespace pokin
