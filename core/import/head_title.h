#pragma once
// The title of an agency's head, from the agency's name: a Kecamatan is led by a Camat, an RSUD by a Direktur, a
// Kementerian by a Menteri. An import that found no head in its source makes one up ("Kepala Dinas"); for an agency
// that is no Dinas that name would be wrong on every box and form.
#include <string>
#include <string_view>

#include "core/import/import_report.h"
#include "core/model/document.h"

namespace pokin::import {

// "Camat", "Direktur", "Inspektur", "Menteri", "Kepala Badan", "Sekretaris Daerah", ...; empty for a Dinas or an
// agency whose kind is not known (the made-up "Kepala Dinas" then stays).
std::string head_title_of(std::string_view instansi);

// Whether `text` names a "Kepala Dinas" (any letter case): then a head of that name was read, not made up.
bool names_kepala_dinas(std::string_view text);

// Renames a made-up head "Kepala Dinas" (a unit without parent of that name, when the source never names one:
// `source_names_head` false) after document.info.instansi, and says so in the report.
void name_head_after_instansi(Document& document, bool source_names_head, ImportReport& report);

}  // namespace pokin::import
