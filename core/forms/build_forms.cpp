#include "core/forms/build_forms.h"

#include "core/forms/iku_form.h"
#include "core/forms/lkjip_form.h"
#include "core/forms/matrix_form.h"
#include "core/forms/penjenjangan_form.h"
#include "core/forms/pk_form.h"
#include "core/forms/renstra_form.h"
#include "core/forms/unit_selection.h"
#include "core/text/bilingual.h"

namespace pokin {

std::vector<Form> build_forms(const Document& document, const FormRequest& request) {
  if (request.year != 0 && !document.info.in_period(request.year))
    throw UserError("Tahun " + std::to_string(request.year) + " di luar periode Renstra " +
                        std::to_string(document.info.period_start) + "-" + std::to_string(document.info.period_end) + ".",
                    "Year " + std::to_string(request.year) + " is outside the Renstra period " +
                        std::to_string(document.info.period_start) + "-" + std::to_string(document.info.period_end) + ".");
  // The penjenjangan table refuses any unit (penjenjangan_form.h) with its own message.
  if (!request.unit.empty() && request.kind != FormKind::Penjenjangan) resolve_unit(document, request.unit);  // an unknown unit is named before any work
  switch (request.kind) {
    case FormKind::Matrix: return {matrix_form(document, request)};
    case FormKind::Iku: return {iku_form(document, request)};
    case FormKind::Pk: return pk_forms(document, request);
    case FormKind::Renstra: return {renstra_form(document, request)};
    case FormKind::Lkjip: return {lkjip_form(document, request)};
    case FormKind::Penjenjangan: return {penjenjangan_form(document, request)};
  }
  return {};
}

}  // namespace pokin
