#include "core/commands/new_document.h"

#include "core/commands/commands.h"

namespace pokin::commands {

Document new_document(const NewDocumentOptions& options) {
  if (options.instansi.empty())
    throw UserError("Nama instansi harus diisi.", "The name of the agency (instansi) is required.");
  if (options.head_unit.empty())
    throw UserError("Nama unit kepala instansi harus diisi.", "The name of the head of agency's unit is required.");
  Document document;
  DocumentInfo info = document.info;
  info.instansi = options.instansi;
  info.pemda = options.pemda;
  info.period_start = options.period_start;
  info.period_end = options.period_end;
  apply_forward(document, set_info(document, info).changes);
  Unit head;
  head.kind = UnitKind::Head;
  head.name = options.head_unit;
  apply_forward(document, add_unit(document, head).changes);
  return document;
}

}  // namespace pokin::commands
