#pragma once
// A new, empty pohon kinerja: the one recipe behind File > New in the app and `pokin new`, so both give the same
// document from the same choices.
#include <string>

#include "core/model/document.h"
#include "core/text/bilingual.h"

namespace pokin::commands {

struct NewDocumentOptions {
  std::string instansi;                    // required: "Dinas Penanaman Modal dan PTSP"
  std::string pemda;                       // may stay empty
  int period_start = 0;                    // the Renstra period, 1 to 10 years
  int period_end = 0;
  std::string head_unit = "Kepala Dinas";  // the unit of the head of agency, root of the unit tree
};

// The document: the metadata with the default level names and one head unit (UnitKind::Head, id 1).
// Throws UserError (Indonesian and English) when the instansi or the head unit's name is empty or the period is
// not a valid Renstra period.
Document new_document(const NewDocumentOptions& options);

}  // namespace pokin::commands
